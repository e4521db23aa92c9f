package org.tutela.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.stereotype.Component;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonDetails;
import org.tutela.school.PersonKind;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Trust;

/** Makes fresh trusts, schools and staff with accounts for one test, apart from the demo trust. */
@Component
public class TestSchools {

    public static final String PASSWORD = "correct horse battery staple";

    @Autowired
    Schools schools;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    SecretBox secrets;
    @Autowired
    TotpCodes codes;
    @Autowired
    PersonalAccessTokens tokens;

    public Trust aTrust() {
        return schools.openTrust("Test trust " + UUID.randomUUID());
    }

    public School aSchoolOf(Trust trust) {
        return schools.openSchool(trust.id(), "Test school " + UUID.randomUUID(), null, "Kent");
    }

    /** A member of staff who can sign in with {@link #PASSWORD}, with no authenticator enrolled. */
    public Person staff(School school, Role... roles) {
        return staff(school, "Test", "Staff", roles);
    }

    /** A member of staff with a name, who can sign in with {@link #PASSWORD}, with no authenticator enrolled. */
    public Person staff(School school, String givenName, String familyName, Role... roles) {
        var email = "staff-" + UUID.randomUUID() + "@test.example";
        var person = people.add(school.id(), null, PersonKind.STAFF,
                PersonDetails.ofStaff(givenName, familyName, email, "Tester"));
        people.setRolesAt(person.id(), school.id(), List.of(roles));
        accounts.open(person.id(), email, PASSWORD);
        return person;
    }

    /** A learner (who cannot sign in) born on a date, in a year group. */
    public Person learner(School school, java.time.LocalDate born, org.tutela.school.YearGroup year) {
        return learner(school, "Test", "Learner", born, year);
    }

    /** A learner with a name (who cannot sign in) born on a date, in a year group. */
    public Person learner(School school, String givenName, String familyName, java.time.LocalDate born,
            org.tutela.school.YearGroup year) {
        return people.add(school.id(), null, PersonKind.LEARNER,
                org.tutela.school.PersonDetails.ofLearner(givenName, familyName, born, year));
    }

    /** A member of staff with an authenticator enrolled; returns its Base32 secret through {@link Enrolled}. */
    public Enrolled enrolledStaff(School school, Role... roles) {
        return enrolledStaff(school, "Test", "Staff", roles);
    }

    /** A member of staff with a name and an authenticator enrolled. */
    public Enrolled enrolledStaff(School school, String givenName, String familyName, Role... roles) {
        var person = staff(school, givenName, familyName, roles);
        var secret = codes.newSecret();
        accounts.enrolMultiFactor(person.id(), secrets.seal(secret));
        return new Enrolled(person, secret);
    }

    /** Trust staff holding one trust role, who can sign in with {@link #PASSWORD}. */
    public Person trustStaff(Trust trust, Role role) {
        var email = "trust-" + UUID.randomUUID() + "@test.example";
        var person = people.add(null, trust.id(), PersonKind.TRUST_STAFF,
                PersonDetails.ofStaff("Trust", "Staff", email, "Trust officer"));
        people.assign(person.id(), org.tutela.school.RoleAssignment.acrossTrust(role, trust.id()));
        accounts.open(person.id(), email, PASSWORD);
        return person;
    }

    /**
     * Signs a MockMvc request in as this person, past both factors, without the sign-in pages: for tests of what
     * a signed-in person may do. The person needs an account (every person made here has one).
     */
    public RequestPostProcessor as(Person person) {
        var account = accounts.byEmail(person.email()).orElseThrow();
        var user = new SignedInUser(account.id(), person.id().value(),
                person.school() == null ? null : person.school().value(), person.email(), person.fullName(), null,
                false, false);
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                        new SimpleGrantedAuthority(SignedInUser.PASSWORD_VERIFIED),
                        new SimpleGrantedAuthority(SignedInUser.SIGNED_IN))));
    }

    /**
     * A code for this account that has not been used yet. Codes are single-use, so when tests sign the same account
     * in twice within a time step this takes the next step (within the allowed drift), waiting if it must. It never
     * takes the previous step: that one stops being accepted when the current step ends, which may be at once.
     */
    public String unusedCode(String email, String secret) {
        while (true) {
            var account = accounts.byEmail(email).orElseThrow();
            var current = java.time.Instant.now().getEpochSecond() / 30;
            var step = account.lastTotpStep() == null ? current : Math.max(current, account.lastTotpStep() + 1);
            if (step <= current + 1) {
                return codes.codeAt(secret, java.time.Instant.ofEpochSecond(step * 30));
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public String codeNow(String secret) {
        return codes.codeAt(secret, java.time.Instant.now());
    }

    public String codeIn(String secret, long seconds) {
        return codes.codeAt(secret, java.time.Instant.now().plusSeconds(seconds));
    }

    public record Enrolled(Person person, String secret) {
    }

    /** A personal access token for the API. */
    public record Token(UUID id, String secret) {

        /** The request's {@code Authorization: Bearer} header, as an API client sends it. */
        public RequestPostProcessor bearer() {
            return request -> {
                request.addHeader("Authorization", "Bearer " + secret);
                return request;
            };
        }
    }

    /**
     * A token as if the person had created one on their account page, valid for 30 days. It skips that page's
     * check that roles needing two-step verification have set it up, which {@code AccessTokensIT} tests.
     */
    public Token tokenFor(Person person) {
        return tokenFor(person, java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
    }

    public Token tokenFor(Person person, java.time.Instant expiresAt) {
        var account = accounts.byEmail(person.email()).orElseThrow();
        var issued = tokens.issue(account.id(), "test token", expiresAt);
        return new Token(issued.id(), issued.secret());
    }
}
