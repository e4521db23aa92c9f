package org.tutela.school;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import org.tutela.TutelaTest;
import org.tutela.audit.AuditEntry;
import org.tutela.audit.AuditQuery;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.identity.Accounts;
import org.tutela.identity.TestSchools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A headteacher or school administrator keeps the register of their school's staff and learners. */
@TutelaTest
@Import(TestSchools.class)
class PeopleAdministrationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;

    School school;
    Person headteacher;
    Person administrator;

    @BeforeEach
    void aFreshSchool() {
        school = given.aSchoolOf(given.aTrust());
        headteacher = given.staff(school, Role.HEADTEACHER, Role.LEADERSHIP);
        administrator = given.staff(school, Role.SCHOOL_ADMINISTRATOR);
    }

    // ---- adding people -------------------------------------------------------------------------------------------

    @Test
    void aHeadteacherAddsAMemberOfStaffWithRolesAndTheAdditionIsAudited() throws Exception {
        var email = unique("nadia.okoro");

        var result = mvc.perform(post(people()).with(csrf()).with(given.as(headteacher))
                        .param("kind", "STAFF").param("givenName", "Nadia").param("familyName", "Okoro")
                        .param("email", email).param("jobTitle", "Assistant headteacher")
                        .param("roles", "DSL").param("roles", "CLASS_STAFF"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/schools/" + school.id() + "/people/*"))
                .andExpect(flash().attribute("success", "Nadia Okoro has been added"))
                .andReturn();

        var added = people.find(idIn(result)).orElseThrow();
        assertThat(added.kind()).isEqualTo(PersonKind.STAFF);
        assertThat(added.school()).isEqualTo(school.id());
        assertThat(added.fullName()).isEqualTo("Nadia Okoro");
        assertThat(added.email()).isEqualTo(email);
        assertThat(added.jobTitle()).isEqualTo("Assistant headteacher");
        assertThat(added.active()).isTrue();
        assertThat(people.rolesOf(added.id())).containsExactlyInAnyOrder(
                RoleAssignment.atSchool(Role.CLASS_STAFF, school.id()),
                RoleAssignment.atSchool(Role.DSL, school.id()));

        var trail = trailAbout(added.id());
        assertThat(trail).extracting(AuditEntry::action).contains("PERSON_ADDED", "ROLES_CHANGED");
        assertThat(trail).filteredOn(entry -> entry.action().equals("PERSON_ADDED")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorPerson()).isEqualTo(headteacher.id().value());
                    assertThat(entry.recordId()).isEqualTo(added.id().toString());
                    assertThat(entry.outcome()).isEqualTo(Outcome.ALLOWED);
                });
        assertThat(trail).filteredOn(entry -> entry.action().equals("ROLES_CHANGED")).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("DSL", "CLASS_STAFF"));

        mvc.perform(get("/schools/" + school.id() + "/people/" + added.id()).with(given.as(headteacher)))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Designated safeguarding lead"))
                .andExpect(bodyContains("Class staff"));
    }

    @Test
    void aSchoolAdministratorAddsLearnersAndTheirKeyStageFollowsFromTheYearGroup() throws Exception {
        var year3 = addLearner("Ada", "Lovelace", "14", "3", "2018", "YEAR_3");
        var reception = addLearner("Alan", "Turing", "1", "9", "2021", "RECEPTION");

        var ada = people.find(year3).orElseThrow();
        assertThat(ada.kind()).isEqualTo(PersonKind.LEARNER);
        assertThat(ada.dateOfBirth()).isEqualTo(LocalDate.of(2018, 3, 14));
        assertThat(ada.yearGroup()).isEqualTo(YearGroup.YEAR_3);
        assertThat(ada.keyStage()).isEqualTo(KeyStage.KS2);
        assertThat(ada.email()).isNull();
        assertThat(people.rolesOf(ada.id())).isEmpty();

        var alan = people.find(reception).orElseThrow();
        assertThat(alan.dateOfBirth()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(alan.yearGroup()).isEqualTo(YearGroup.RECEPTION);
        assertThat(alan.keyStage()).isEqualTo(KeyStage.EYFS);

        assertThat(trailAbout(ada.id())).extracting(AuditEntry::action).contains("PERSON_ADDED");
        mvc.perform(get("/schools/" + school.id() + "/people/" + ada.id()).with(given.as(administrator)))
                .andExpect(status().isOk())
                .andExpect(bodyContains("14 March 2018"))
                .andExpect(bodyContains("Year 3 (Key Stage 2)"));
    }

    // ---- bad input -----------------------------------------------------------------------------------------------

    @Test
    void aLearnerWithNoFirstNameAnImpossibleDateAndNoYearGroupIsShownEveryProblemAndKeepsWhatWasTyped()
            throws Exception {
        var familyName = "Featherstonehaugh-" + suffix();

        var page = refused(post(people()).with(csrf()).with(given.as(administrator))
                .param("kind", "LEARNER").param("givenName", "  ").param("familyName", familyName)
                .param("dobDay", "31").param("dobMonth", "2").param("dobYear", "2018").param("yearGroup", ""));

        assertThat(errorSummary(page)).as("every problem, in the order of the page").containsSubsequence(
                "Enter a first name",
                "Date of birth must be a real date",
                "Select the learner's year group");
        assertThat(page).satisfies(
                field("familyName", familyName), field("dobDay", "31"), field("dobMonth", "2"),
                field("dobYear", "2018"));
        assertNothingStoredNamed(familyName);
    }

    @Test
    void aLearnerBornInTheFutureIsRefusedAndKeepsWhatWasTyped() throws Exception {
        var familyName = "Future-" + suffix();
        var nextYear = Integer.toString(LocalDate.now().getYear() + 1);

        var page = refused(post(people()).with(csrf()).with(given.as(administrator))
                .param("kind", "LEARNER").param("givenName", "Tomorrow").param("familyName", familyName)
                .param("dobDay", "5").param("dobMonth", "11").param("dobYear", nextYear).param("yearGroup", "YEAR_1"));

        assertThat(errorSummary(page)).contains("Date of birth must be in the past");
        assertThat(page).satisfies(field("givenName", "Tomorrow"), field("familyName", familyName),
                field("dobDay", "5"), field("dobMonth", "11"), field("dobYear", nextYear),
                selected("yearGroup", "YEAR_1"));
        assertNothingStoredNamed(familyName);
    }

    @Test
    void aLearnerWithNoYearGroupIsRefusedAndKeepsTheDateTyped() throws Exception {
        var familyName = "Yearless-" + suffix();

        var page = refused(post(people()).with(csrf()).with(given.as(headteacher))
                .param("kind", "LEARNER").param("givenName", "Robin").param("familyName", familyName)
                .param("dobDay", "7").param("dobMonth", "6").param("dobYear", "2019").param("yearGroup", ""));

        assertThat(errorSummary(page)).contains("Select the learner's year group");
        assertThat(page).satisfies(field("givenName", "Robin"), field("familyName", familyName),
                field("dobDay", "7"), field("dobMonth", "6"), field("dobYear", "2019"));
        assertNothingStoredNamed(familyName);
    }

    @Test
    void aMemberOfStaffWithAnInvalidEmailIsRefusedAndKeepsWhatWasTyped() throws Exception {
        var familyName = "Bademail-" + suffix();

        var page = refused(post(people()).with(csrf()).with(given.as(headteacher))
                .param("kind", "STAFF").param("givenName", "Sam").param("familyName", familyName)
                .param("email", "sam at school").param("jobTitle", "Librarian").param("roles", "OFFICE_STAFF"));

        assertThat(errorSummary(page)).contains("Enter an email address in the correct format");
        assertThat(page).satisfies(field("givenName", "Sam"), field("familyName", familyName),
                field("email", "sam at school"), field("jobTitle", "Librarian"), checked("OFFICE_STAFF"));
        assertNothingStoredNamed(familyName);
    }

    @Test
    void aMemberOfStaffWithSeveralProblemsIsShownEveryOneOfThemAtOnce() throws Exception {
        var familyName = "Several-" + suffix();

        var page = refused(post(people()).with(csrf()).with(given.as(headteacher))
                .param("kind", "STAFF").param("givenName", "").param("familyName", familyName)
                .param("email", "not-an-email").param("roles", "CLASS_STAFF"));

        assertThat(errorSummary(page)).contains("Enter a first name", "Enter an email address in the correct format");
        assertThat(page).satisfies(field("familyName", familyName), field("email", "not-an-email"),
                checked("CLASS_STAFF"));
        assertNothingStoredNamed(familyName);
    }

    @Test
    void aDuplicateEmailIsRefusedOnTheEmailFieldWhateverItsCase() throws Exception {
        var familyName = "Twin-" + suffix();
        var taken = "  " + headteacher.email().toUpperCase() + " ";

        var page = refused(post(people()).with(csrf()).with(given.as(headteacher))
                .param("kind", "STAFF").param("givenName", "Tess").param("familyName", familyName)
                .param("email", taken).param("roles", "CLASS_STAFF"));

        assertThat(errorSummary(page)).contains("Someone else already uses this email address");
        assertThat(page).containsPattern(
                "<a href=\"#email\">Someone else already uses this email address</a>");
        assertThat(page).containsPattern("govuk-form-group--error\">\\s*<label class=\"govuk-label\" for=\"email\">");
        assertThat(page).satisfies(field("givenName", "Tess"), field("familyName", familyName));
        assertNothingStoredNamed(familyName);
    }

    // ---- editing -------------------------------------------------------------------------------------------------

    @Test
    void aSchoolAdministratorCannotRaiseTheirOwnRightsNorGiveTheDslRole() throws Exception {
        var own = "/schools/" + school.id() + "/people/" + administrator.id();
        var current = people.find(administrator.id()).orElseThrow();

        var selfRaised = mvc.perform(post(own).with(csrf()).with(given.as(administrator))
                        .param("givenName", current.givenName()).param("familyName", current.familyName())
                        .param("email", current.email()).param("roles", "SCHOOL_ADMINISTRATOR").param("roles", "DSL")
                        .param("roles", "HEADTEACHER").param("version", Integer.toString(current.version())))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        assertThat(text(selfRaised)).contains("You cannot change your own roles");
        assertThat(people.rolesOf(administrator.id())).extracting(RoleAssignment::role)
                .containsExactly(Role.SCHOOL_ADMINISTRATOR);

        var colleague = people.add(school.id(), null, PersonKind.STAFF,
                PersonDetails.ofStaff("Amy", "March", unique("amy.march"), "Teacher"));
        var made = mvc.perform(post("/schools/" + school.id() + "/people/" + colleague.id()).with(csrf())
                        .with(given.as(administrator))
                        .param("givenName", "Amy").param("familyName", "March").param("email", colleague.email())
                        .param("roles", "CLASS_STAFF").param("roles", "DSL").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        assertThat(text(made)).contains("Only the headteacher can give or take away these roles");
        assertThat(people.rolesOf(colleague.id())).isEmpty();
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefusedAndDoesNotOverwriteTheFirst() throws Exception {
        var person = people.add(school.id(), null, PersonKind.STAFF,
                PersonDetails.ofStaff("Jo", "March", unique("jo.march"), "Teacher"));
        people.setRolesAt(person.id(), school.id(), List.of(Role.CLASS_STAFF));
        var version = Integer.toString(people.find(person.id()).orElseThrow().version());
        var edit = "/schools/" + school.id() + "/people/" + person.id();

        mvc.perform(post(edit).with(csrf()).with(given.as(headteacher))
                        .param("givenName", "Jo").param("familyName", "March").param("email", person.email())
                        .param("jobTitle", "Head of Year 6").param("roles", "CLASS_STAFF").param("version", version))
                .andExpect(redirectedUrl(edit))
                .andExpect(flash().attribute("success", "Changes to Jo March have been saved"));

        var second = mvc.perform(post(edit).with(csrf()).with(given.as(administrator))
                        .param("givenName", "Josephine").param("familyName", "Bhaer").param("email", person.email())
                        .param("jobTitle", "Teacher").param("roles", "CLASS_STAFF").param("roles", "OFFICE_STAFF")
                        .param("version", version))
                .andExpect(status().isConflict())
                .andReturn();

        assertThat(text(second)).contains("Jo March's record was changed by someone else while you were editing");
        // The form now holds the record as it stands, with its new version; what was typed is shown beside it.
        assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .satisfies(field("givenName", "Jo"), field("jobTitle", "Head of Year 6"),
                        field("version", Integer.toString(Integer.parseInt(version) + 1)));
        assertThat(text(second)).contains("What you entered, which has not been saved", "Josephine Bhaer");
        var stored = people.find(person.id()).orElseThrow();
        assertThat(stored.fullName()).isEqualTo("Jo March");
        assertThat(stored.jobTitle()).isEqualTo("Head of Year 6");
        assertThat(stored.version()).isEqualTo(Integer.parseInt(version) + 1);
        assertThat(people.rolesOf(person.id())).extracting(RoleAssignment::role).containsExactly(Role.CLASS_STAFF);
        assertThat(trailAbout(person.id())).extracting(AuditEntry::action)
                .containsOnlyOnce("PERSON_CHANGED");
    }

    // ---- deactivating --------------------------------------------------------------------------------------------

    @Test
    void deactivatingAPersonEndsTheirSessionsAtOnceAndStopsThemSigningIn() throws Exception {
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var session = signIn(teacher.email(), TestSchools.PASSWORD, "198.51.100.61");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        mvc.perform(post("/schools/" + school.id() + "/people/" + teacher.id() + "/deactivate")
                        .with(csrf()).with(given.as(administrator)))
                .andExpect(redirectedUrl("/schools/" + school.id() + "/people/" + teacher.id()))
                .andExpect(flash().attribute("success", "Test Staff has been deactivated and signed out"));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?deactivated"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(people.find(teacher.id()).orElseThrow().active()).isFalse();
        assertThat(trailAbout(teacher.id())).filteredOn(entry -> entry.action().equals("PERSON_DEACTIVATED"))
                .singleElement().satisfies(entry -> assertThat(entry.actorPerson())
                        .isEqualTo(administrator.id().value()));
        mvc.perform(post("/sign-in").with(csrf()).with(from("198.51.100.62"))
                        .param("email", teacher.email()).param("password", TestSchools.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() throws Exception {
        mvc.perform(post("/schools/" + school.id() + "/people/" + administrator.id() + "/deactivate")
                        .with(csrf()).with(given.as(administrator)))
                .andExpect(redirectedUrl("/schools/" + school.id() + "/people/" + administrator.id()))
                .andExpect(flash().attribute("problem", "You cannot deactivate yourself. Ask another administrator."));

        assertThat(people.find(administrator.id()).orElseThrow().active()).isTrue();
        assertThat(trailAbout(administrator.id())).extracting(AuditEntry::action).doesNotContain("PERSON_DEACTIVATED");
        mvc.perform(get("/").with(given.as(administrator))).andExpect(status().isOk());
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Test
    void readingALearnersRecordIsAuditedWithTheReaderAndTheLearner() throws Exception {
        var learner = people.add(school.id(), null, PersonKind.LEARNER,
                PersonDetails.ofLearner("Pip", "Pirrip", LocalDate.of(2017, 10, 2), YearGroup.YEAR_4));

        mvc.perform(get("/schools/" + school.id() + "/people/" + learner.id()).with(given.as(headteacher)))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Pip Pirrip"));

        var views = audit.search(new AuditQuery(Set.of(school.id().value()), null, "person",
                        learner.id().toString(), 0, 50)).stream()
                .filter(entry -> entry.action().equals("RECORD_VIEWED")).toList();
        assertThat(views).singleElement().satisfies(entry -> {
            assertThat(entry.actorPerson()).isEqualTo(headteacher.id().value());
            assertThat(entry.actorName()).isEqualTo(headteacher.fullName());
            assertThat(entry.recordId()).isEqualTo(learner.id().toString());
            assertThat(entry.school()).isEqualTo(school.id().value());
            assertThat(entry.outcome()).isEqualTo(Outcome.ALLOWED);
        });
    }

    @Test
    void aHeadteacherSeesTheStaffAndLearnerListsAndALearnersParentsAndCarers() throws Exception {
        var teacher = people.add(school.id(), null, PersonKind.STAFF,
                PersonDetails.ofStaff("Nadia", "Okoro", unique("nadia.okoro"), "Year 4 teacher"));
        var learner = people.add(school.id(), null, PersonKind.LEARNER,
                PersonDetails.ofLearner("Pip", "Pirrip", LocalDate.of(2017, 10, 2), YearGroup.YEAR_4));
        var parent = people.add(school.id(), null, PersonKind.PARENT_CARER,
                PersonDetails.ofStaff("Joe", "Gargery", null, null));
        people.linkParent(parent.id(), learner.id(), "Guardian");

        mvc.perform(get("/schools/" + school.id() + "/staff").with(given.as(headteacher)))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Okoro, Nadia"))
                .andExpect(bodyContains("Year 4 teacher"))
                .andExpect(bodyContains("3 people"));
        mvc.perform(get("/schools/" + school.id() + "/learners").with(given.as(headteacher)))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Pirrip, Pip"))
                .andExpect(bodyContains("1 people"));
        mvc.perform(get("/schools/" + school.id() + "/people/" + learner.id()).with(given.as(headteacher)))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Joe Gargery"));
        assertThat(teacher.active()).isTrue();
    }

    // ---- setting up sign-in --------------------------------------------------------------------------------------

    @Test
    void aWeakFirstPasswordIsRefusedWithEveryUnmetRuleAndAStrongOneLetsThePersonSignIn() throws Exception {
        var email = unique("kit.marlowe");
        var person = people.add(school.id(), null, PersonKind.STAFF,
                PersonDetails.ofStaff("Kit", "Marlowe", email, "Teaching assistant"));
        people.setRolesAt(person.id(), school.id(), List.of(Role.CLASS_STAFF));
        var account = "/schools/" + school.id() + "/people/" + person.id() + "/account";

        var weak = mvc.perform(post(account).with(csrf()).with(given.as(administrator)).param("password", "password1"))
                .andExpect(status().is(422))
                .andReturn();
        assertThat(errorSummary(weak.getResponse().getContentAsString(StandardCharsets.UTF_8))).contains(
                "Password must be at least 10 characters long.",
                "Password is one of the most common passwords");
        assertThat(accounts.exists(person.id())).isFalse();
        mvc.perform(post("/sign-in").with(csrf()).with(from("198.51.100.71"))
                        .param("email", email).param("password", "password1"))
                .andExpect(redirectedUrl("/sign-in?error"));

        var strong = "otter lantern quarry biscuit";
        mvc.perform(post(account).with(csrf()).with(given.as(administrator)).param("password", strong))
                .andExpect(redirectedUrl("/schools/" + school.id() + "/people/" + person.id()))
                .andExpect(flash().attribute("success", "Kit Marlowe can now sign in as " + email));
        assertThat(accounts.exists(person.id())).isTrue();

        var session = signIn(email, strong, "198.51.100.72");
        mvc.perform(get("/").session(session)).andExpect(status().isOk()).andExpect(bodyContains("Kit Marlowe"));
    }

    // ---- refusals ------------------------------------------------------------------------------------------------

    @Test
    void aClassTeacherIsRefusedTheStaffListAndTheRefusalIsAudited() throws Exception {
        var teacher = given.staff(school, Role.CLASS_STAFF);

        mvc.perform(get("/schools/" + school.id() + "/staff").with(given.as(teacher)))
                .andExpect(status().isForbidden());

        var denied = audit.search(new AuditQuery(Set.of(school.id().value()), teacher.id().value(), null, null, 0, 50))
                .stream().filter(entry -> entry.action().equals("ACCESS_DENIED")).toList();
        assertThat(denied).singleElement().satisfies(entry -> {
            assertThat(entry.actorPerson()).isEqualTo(teacher.id().value());
            assertThat(entry.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(entry.recordId()).isEqualTo("GET /schools/" + school.id() + "/staff");
        });
    }

    @Test
    void aClassTeacherCannotAddOrDeactivatePeople() throws Exception {
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var familyName = "Sneaky-" + suffix();

        mvc.perform(post(people()).with(csrf()).with(given.as(teacher))
                        .param("kind", "STAFF").param("givenName", "Not").param("familyName", familyName))
                .andExpect(status().isForbidden());
        mvc.perform(post("/schools/" + school.id() + "/people/" + administrator.id() + "/deactivate")
                        .with(csrf()).with(given.as(teacher)))
                .andExpect(status().isForbidden());

        assertNothingStoredNamed(familyName);
        assertThat(people.find(administrator.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void theHeadteacherOfAnotherSchoolCannotAddPeopleHereOrReadTheirRecords() throws Exception {
        var elsewhere = given.aSchoolOf(given.aTrust());
        var otherHead = given.staff(elsewhere, Role.HEADTEACHER);
        var familyName = "Intruder-" + suffix();

        mvc.perform(post(people()).with(csrf()).with(given.as(otherHead))
                        .param("kind", "STAFF").param("givenName", "Not").param("familyName", familyName))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schools/" + school.id() + "/people/" + administrator.id()).with(given.as(otherHead)))
                .andExpect(status().isForbidden());
        // Nor through their own school's address: a person is only found at the school they belong to.
        mvc.perform(get("/schools/" + elsewhere.id() + "/people/" + administrator.id()).with(given.as(otherHead)))
                .andExpect(status().isNotFound());

        assertNothingStoredNamed(familyName);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private String people() {
        return "/schools/" + school.id() + "/people";
    }

    private PersonId addLearner(String given, String family, String day, String month, String year, String yearGroup)
            throws Exception {
        var result = mvc.perform(post(people()).with(csrf()).with(this.given.as(administrator))
                        .param("kind", "LEARNER").param("givenName", given).param("familyName", family)
                        .param("dobDay", day).param("dobMonth", month).param("dobYear", year)
                        .param("yearGroup", yearGroup))
                .andExpect(redirectedUrlPattern("/schools/" + school.id() + "/people/*"))
                .andReturn();
        return idIn(result);
    }

    private static PersonId idIn(MvcResult redirect) {
        var url = redirect.getResponse().getRedirectedUrl();
        return PersonId.of(url.substring(url.lastIndexOf('/') + 1));
    }

    /** Posts a form that must be refused as unprocessable, and returns the page. */
    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().is(422)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the GOV.UK error summary on a page, which must have one. */
    private static String errorSummary(String page) {
        var matcher = Pattern.compile("(?s)<div class=\"govuk-error-summary\".*?</ul>").matcher(page);
        assertThat(matcher.find()).as("the page has a GOV.UK error summary").isTrue();
        return HtmlUtils.htmlUnescape(matcher.group());
    }

    /** The page has a text input of this name holding exactly this value. */
    private static java.util.function.Consumer<String> field(String name, String value) {
        return page -> assertThat(page).as("input %s keeps %s", name, value)
                .containsPattern("<input[^>]*\\bname=\"" + name + "\"[^>]*\\bvalue=\""
                        + Pattern.quote(HtmlUtils.htmlEscape(value)) + "\"");
    }

    private static java.util.function.Consumer<String> selected(String name, String value) {
        return page -> assertThat(page).as("select %s keeps %s", name, value)
                .containsPattern("(?s)<select[^>]*name=\"" + name + "\".*?<option value=\"" + value
                        + "\" selected=\"selected\"");
    }

    private static java.util.function.Consumer<String> checked(String role) {
        return page -> assertThat(page).as("role %s stays ticked", role)
                .containsPattern("<input[^>]*name=\"roles\"[^>]*value=\"" + role + "\"[^>]*checked=\"checked\"");
    }

    private static String text(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.ResultMatcher bodyContains(String text) {
        return result -> assertThat(text(result)).contains(text);
    }

    private void assertNothingStoredNamed(String familyName) {
        for (var kind : PersonKind.values()) {
            assertThat(people.ofSchool(school.id(), kind)).extracting(Person::familyName).doesNotContain(familyName);
        }
        var everyone = java.util.Arrays.stream(PersonKind.values())
                .mapToInt(kind -> people.ofSchool(school.id(), kind).size()).sum();
        assertThat(audit.search(new AuditQuery(Set.of(school.id().value()), null, "person", null, 0, 500)))
                .as("every addition audited is of someone stored")
                .filteredOn(entry -> entry.action().equals("PERSON_ADDED"))
                .hasSize(everyone);
    }

    private List<AuditEntry> trailAbout(PersonId person) {
        return audit.search(new AuditQuery(Set.of(school.id().value()), null, "person", person.toString(), 0, 100));
    }

    /** Signs in through the real password form, from an address of our own so the throttle of other tests is apart. */
    private MockHttpSession signIn(String email, String password, String address) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).with(csrf()).with(from(address))
                        .param("email", email).param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String unique(String name) {
        return name + "-" + suffix() + "@test.example";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
