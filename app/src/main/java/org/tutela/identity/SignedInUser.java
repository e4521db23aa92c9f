package org.tutela.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tutela.audit.AuditActor;
import org.tutela.school.PersonId;
import org.tutela.school.SignedInPerson;

/**
 * The security principal. Authorities say only how far sign-in has got: the password, then (where required) the
 * second factor. What a person may see comes from their roles, read fresh on each request.
 */
final class SignedInUser implements UserDetails, CredentialsContainer, AuditActor, SignedInPerson {

    static final String PASSWORD_VERIFIED = "PASSWORD_VERIFIED";
    static final String SIGNED_IN = "SIGNED_IN";

    private final UUID accountId;
    private final UUID personId;
    private final UUID schoolId;
    private final String email;
    private final String displayName;
    private final boolean multiFactorRequired;
    private final boolean multiFactorEnrolled;
    private String passwordHash;

    SignedInUser(UUID accountId, UUID personId, UUID schoolId, String email, String displayName, String passwordHash,
            boolean multiFactorRequired, boolean multiFactorEnrolled) {
        this.accountId = accountId;
        this.personId = personId;
        this.schoolId = schoolId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.multiFactorRequired = multiFactorRequired;
        this.multiFactorEnrolled = multiFactorEnrolled;
    }

    /** A second factor is asked for when a role requires it, or when the person chose to enrol. */
    boolean needsSecondFactor() {
        return multiFactorRequired || multiFactorEnrolled;
    }

    boolean multiFactorEnrolled() {
        return multiFactorEnrolled;
    }

    boolean multiFactorRequired() {
        return multiFactorRequired;
    }

    UUID accountId() {
        return accountId;
    }

    String email() {
        return email;
    }

    @Override
    public UUID personId() {
        return personId;
    }

    @Override
    public PersonId person() {
        return new PersonId(personId);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public UUID schoolId() {
        return schoolId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return needsSecondFactor() ? List.of(new SimpleGrantedAuthority(PASSWORD_VERIFIED))
                : List.of(new SimpleGrantedAuthority(PASSWORD_VERIFIED), new SimpleGrantedAuthority(SIGNED_IN));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + accountId + "]";
    }
}
