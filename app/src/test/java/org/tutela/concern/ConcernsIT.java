package org.tutela.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TestMail;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ActionKind;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.YearGroup;
import org.tutela.school.access.RecordClass;

/** A concern from the staff form to the DSL, through need-to-know, and the lawful handling of evidence. */
@TutelaTest
@Import(TestSchools.class)
class ConcernsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    Concerns concerns;
    @Autowired
    ConcernNotifications notifications;
    @Autowired
    CaseRecords records;
    @Autowired
    DslRota rota;
    @Autowired
    OffencesConsidered offences;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.tutela.school.People people;

    School school;
    Person dsl;
    Person deputy;
    Person teacher;
    Person learner;

    void aSchoolWithItsSafeguardingTeam() {
        school = given.aSchoolOf(given.aTrust());
        dsl = given.staff(school, Role.DSL);
        deputy = given.staff(school, Role.DEPUTY_DSL);
        given.staff(school, Role.HEADTEACHER);
        teacher = given.staff(school, Role.CLASS_STAFF);
        learner = given.learner(school, LocalDate.now().minusYears(12).minusMonths(3), YearGroup.YEAR_7);
    }

    Concern reported(String kind, Person about, String involvement, Person by) throws Exception {
        var result = mvc.perform(post("/schools/" + school.id() + "/concerns").with(csrf()).with(given.as(by))
                        .param("kinds", kind).param("person", about.id().value().toString())
                        .param("involvement", involvement).param("partyKind", "UNKNOWN").param("partyDescription", "")
                        .param("description", "A photo of her is being passed round the class on Snapchat.")
                        .param("happenedOn", LocalDate.now().toString()).param("location", "OFF_SITE")
                        .param("device", "PERSONAL").param("immediateRisk", "no").param("source", "PEER_REPORT"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        var reference = jdbc.sql("select id from concern where school_id = ? order by reported_at desc limit 1")
                .param(school.id().value()).query(UUID.class).single();
        return concerns.find(new ConcernId(reference)).orElseThrow();
    }

    @Test
    void aSextingConcernAboutA12YearOldReachesTheDslAndDeputiesAtOnceWithNoDetailsInTheEmail() throws Exception {
        aSchoolWithItsSafeguardingTeam();

        var concern = reported("SEXTING", learner, "VICTIM", teacher);

        assertThat(concern.recordClass()).isEqualTo(RecordClass.R1);
        assertThat(concern.actions()).anySatisfy(action -> {
            assertThat(action.code()).isEqualTo(ActionCode.SOCIAL_CARE);
            assertThat(action.kind()).isEqualTo(ActionKind.MANDATORY);
            assertThat(action.because()).anySatisfy(b -> assertThat(b.ruleId()).isEqualTo("E-07"));
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(notifications.unread(dsl.id())).extracting(n -> n.reference()).contains(concern.reference());
            assertThat(notifications.unread(deputy.id())).extracting(n -> n.reference()).contains(concern.reference());
        });
        assertThat(notifications.unread(teacher.id())).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(List.of(TestMail.server().getReceivedMessages()))
                .anySatisfy(message -> assertThat(message.getAllRecipients()[0].toString()).isEqualTo(dsl.email())));
        for (var message : TestMail.server().getReceivedMessages()) {
            var body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
            assertThat(body).doesNotContain("Snapchat").doesNotContain("photo").doesNotContain(learner.familyName() + " ");
        }
    }

    @Test
    void theLinesOneChangeWritesToTheChronologyAreReadBackInTheOrderTheyWereWritten() throws Exception {
        aSchoolWithItsSafeguardingTeam();

        var concern = reported("SEXTING", learner, "VICTIM", teacher);

        // The report writes all of these at one instant: the report, the actions it requires, the record class it
        // makes, then that the DSL was told. Read back, they keep that order.
        var lines = concerns.chronology(concern.id());
        assertThat(lines).extracting(Concerns.Entry::at).containsOnly(lines.get(0).at());
        var texts = lines.stream().map(Concerns.Entry::text).toList();
        var last = texts.size() - 1;
        assertThat(texts.get(0)).startsWith("Concern reported");
        assertThat(texts.subList(1, last - 1)).hasSize(concern.actions().size())
                .allSatisfy(text -> assertThat(text).startsWith("Action required"));
        assertThat(texts.get(last - 1)).isEqualTo("Record class R3 → R1");
        assertThat(texts.get(last)).startsWith("Done: DSL");
    }

    @Test
    void theTeacherWhoReportedItSeesItsStatusButIsRefusedTheCaseAndTheRefusalIsAudited() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("SEXTING", learner, "VICTIM", teacher);

        var mine = mvc.perform(get("/concerns/mine").with(given.as(teacher))).andReturn().getResponse();
        var opened = mvc.perform(get("/schools/" + school.id() + "/concerns/" + concern.id()).with(given.as(teacher)))
                .andReturn().getResponse();

        assertThat(mine.getContentAsString()).contains(concern.reference()).contains("Received by the safeguarding team")
                .doesNotContain("Snapchat");
        assertThat(opened.getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RECORD_VIEW_REFUSED' and record_id = ?")
                .param(concern.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void everyReadOfAChildProtectionCaseIsAudited() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("SEXTING", learner, "VICTIM", teacher);

        var opened = mvc.perform(get("/schools/" + school.id() + "/concerns/" + concern.id()).with(given.as(dsl)))
                .andReturn().getResponse();

        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString()).contains("Snapchat").contains("SOCIAL_CARE");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RECORD_VIEWED' and record_id = ? and actor_person = ?")
                .params(concern.id().toString(), dsl.id().value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAllegationAboutTheHeadteacherWhoIsAlsoTheDslGoesToTheChairOfGovernorsAndLeavesTheHeadNoTrace() throws Exception {
        school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER, Role.DSL, Role.ONLINE_SAFETY_LEAD);
        var chair = given.staff(school, Role.CHAIR_OF_GOVERNORS);
        teacher = given.staff(school, Role.CLASS_STAFF);

        var concern = reported("STAFF_ALLEGATION", head, "ALLEGED_PERPETRATOR", teacher);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notifications.unread(chair.id())).extracting(n -> n.reference()).contains(concern.reference()));
        assertThat(notifications.unread(head.id())).isEmpty();
        assertThat(mvc.perform(get("/schools/" + school.id() + "/concerns/" + concern.id()).with(given.as(head)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/schools/" + school.id() + "/concerns").with(given.as(head)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(concern.reference());
        assertThat(mvc.perform(get("/").with(given.as(head))).andReturn().getResponse().getContentAsString())
                .doesNotContain(concern.reference());
        var chairSees = mvc.perform(get("/schools/" + school.id() + "/concerns/" + concern.id()).with(given.as(chair)))
                .andReturn().getResponse();
        assertThat(chairSees.getStatus()).isEqualTo(200);
        assertThat(chairSees.getContentAsString()).contains("LADO");
    }

    @Test
    void anImageOnAnIndecentImagesCaseIsRefusedByItsContentWhateverItsNameAndNothingIsStored() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("INDECENT_IMAGES", learner, "VICTIM", teacher);
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
                0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

        var response = mvc.perform(multipart("/schools/" + school.id() + "/concerns/" + concern.id() + "/evidence")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", png)).with(csrf()).with(given.as(dsl)))
                .andReturn();

        assertThat(response.getFlashMap().get("problem")).asString().contains("image or video").contains("never stores");
        assertThat(records.evidence(concern.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EVIDENCE_REFUSED' and record_id = ?")
                .param(concern.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void deletingCopiesWithoutTheDslsConfirmationIsRefused() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("SEXTING", learner, "VICTIM", teacher);
        var path = "/schools/" + school.id() + "/concerns/" + concern.id() + "/delete-copies";

        var byDeputy = mvc.perform(post(path).with(csrf()).with(given.as(deputy)).param("noAgency", "yes")
                .param("noRisk", "yes").param("noInvestigation", "yes")).andReturn();
        var unconfirmed = mvc.perform(post(path).with(csrf()).with(given.as(dsl)).param("noAgency", "yes")).andReturn();
        var asDone = mvc.perform(post("/schools/" + school.id() + "/concerns/" + concern.id() + "/actions/DELETE_COPIES")
                .with(csrf()).with(given.as(dsl)).param("note", "deleted")).andReturn();

        assertThat(byDeputy.getFlashMap().get("problem")).asString().contains("Only the designated safeguarding lead");
        assertThat(unconfirmed.getFlashMap().get("problem")).asString().contains("all three");
        assertThat(asDone.getFlashMap().get("problem")).asString().contains("gated step");
        assertThat(concerns.find(concern.id()).orElseThrow().done(ActionCode.DELETE_COPIES)).isFalse();
    }

    @Test
    void aReferralWithoutWhatWasSharedIsRefusedAndARecordedOneCompletesItsAction() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("SEXTING", learner, "VICTIM", teacher);
        var path = "/schools/" + school.id() + "/concerns/" + concern.id() + "/referrals";

        var missing = mvc.perform(post(path).with(csrf()).with(given.as(dsl)).param("agency", "SOCIAL_CARE")
                .param("channel", "CSC_CONSULTATION")).andReturn();
        mvc.perform(post(path).with(csrf()).with(given.as(dsl)).param("agency", "SOCIAL_CARE")
                .param("channel", "CSC_CONSULTATION").param("reference", "MASH-2231")
                .param("shared", "Ages, what was shared and the school's actions so far")).andReturn();

        assertThat(missing.getFlashMap().get("problem")).asString().contains("what was shared");
        assertThat(concerns.find(concern.id()).orElseThrow().done(ActionCode.SOCIAL_CARE)).isTrue();
        assertThat(records.referrals(concern.id())).singleElement()
                .satisfies(r -> assertThat(r.reference()).isEqualTo("MASH-2231"));
    }

    @Test
    void anAnonymousReportFromTheSchoolsPageLandsInTheDslsQueue() throws Exception {
        aSchoolWithItsSafeguardingTeam();

        var sent = mvc.perform(post("/report/" + school.id()).with(csrf())
                .param("what", "Someone in my class keeps sending me mean messages at night.")
                .param("danger", "no").param("reporter", "ANONYMOUS")).andReturn().getResponse();
        var queue = mvc.perform(get("/schools/" + school.id() + "/concerns").with(given.as(dsl))).andReturn()
                .getResponse().getContentAsString();

        assertThat(sent.getStatus()).isEqualTo(200);
        var reference = jdbc.sql("select reference from concern where school_id = ?").param(school.id().value())
                .query(String.class).single();
        assertThat(sent.getContentAsString()).contains(reference).contains("CEOP");
        assertThat(queue).contains(reference);
    }

    @Test
    void aFollowUpDateRemindsTheDslAndAnOverdueMandatoryActionIsReportedToTheHeadteacher() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var head = people.holding(Role.HEADTEACHER, school.id()).get(0);
        var concern = reported("SEXTING", learner, "VICTIM", teacher);
        mvc.perform(post("/schools/" + school.id() + "/concerns/" + concern.id() + "/referrals").with(csrf())
                .with(given.as(dsl)).param("agency", "POLICE").param("channel", "PHONE_101").param("reference", "LOG 77")
                .param("shared", "What the pupil said").param("followUpOn", LocalDate.now().toString())).andReturn();
        jdbc.sql("update concern_action set due_at = now() - interval '1 hour' where concern_id = ? and code = 'SOCIAL_CARE'")
                .param(concern.id().value()).update();

        notifications.dailyReminders();

        assertThat(notifications.unread(dsl.id())).extracting(n -> n.reason()).contains("A referral's follow-up date has come");
        assertThat(notifications.unread(head.id())).extracting(n -> n.reason())
                .contains("A mandatory action on this case is overdue");
        assertThat(notifications.unread(teacher.id())).isEmpty();
    }

    @Test
    void onASupportPlansReviewDateTheDslIsRemindedOnce() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("BULLYING", learner, "VICTIM", teacher);
        var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        mvc.perform(post("/schools/" + school.id() + "/concerns/" + concern.id() + "/support-plans").with(csrf())
                .with(given.as(dsl)).param("person", "0").param("plan", "Weekly check-in with the pastoral lead")
                .param("reviewOn", today.plusDays(1).toString())).andReturn();

        notifications.dailyReminders();
        var beforeTheDate = notifications.unread(dsl.id());
        jdbc.sql("update support_plan set review_on = ? where concern_id = ?").params(today, concern.id().value())
                .update();
        notifications.dailyReminders();
        notifications.dailyReminders();

        assertThat(beforeTheDate).extracting(n -> n.reason()).doesNotContain("A support plan is due for review today");
        assertThat(notifications.unread(dsl.id())).extracting(n -> n.reason())
                .containsOnlyOnce("A support plan is due for review today");
        assertThat(notifications.unread(teacher.id())).isEmpty();
    }

    @Test
    void aPendingRemovalRequestIsRecheckedEveryNDaysAndTheCaseClosesOnlyWithTheDslsRationale() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("BULLYING", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();
        var eightDaysAgo = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London")).minusDays(8)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        for (var reference : List.of("TT-1", "TT-2")) {
            mvc.perform(post(at + "/referrals").with(csrf()).with(given.as(dsl)).param("agency", "SERVICE_PROVIDER")
                    .param("channel", "ONLINE_FORM").param("madeAt", eightDaysAgo).param("reference", reference)
                    .param("shared", "The link to the video, as text")).andReturn();
        }
        var answered = records.referrals(concern.id()).stream().filter(r -> r.reference().equals("TT-1")).findFirst()
                .orElseThrow();
        var result = mvc.perform(post(at + "/referrals/" + answered.id() + "/outcome").with(csrf()).with(given.as(dsl))
                .param("outcome", "Removed by the platform")).andReturn();

        notifications.dailyReminders();
        notifications.dailyReminders();

        assertThat(result.getFlashMap().get("success")).isEqualTo("Result recorded");
        assertThat(records.referrals(concern.id())).filteredOn(Referral::removalPending).singleElement()
                .satisfies(r -> assertThat(r.reference()).isEqualTo("TT-2"));
        assertThat(notifications.unread(dsl.id())).extracting(n -> n.reason())
                .containsOnlyOnce("A removal request is still pending after 7 days: check with the provider");
        assertThat(notifications.unread(teacher.id())).isEmpty();
        var page = mvc.perform(get(at).with(given.as(dsl))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Removal pending").contains("id=\"removalRationale\"");

        var close = post(at + "/close").with(csrf()).param("outcome", "Support in place").param("parents", "INFORMED")
                .param("override", "Remaining steps handled under the anti-bullying policy by the class team");
        var withoutRationale = mvc.perform(close.with(given.as(dsl))).andReturn();
        var rationale = "The platform refused; the police hold the report and will pursue it";
        var byDeputy = mvc.perform(post(at + "/close").with(csrf()).with(given.as(deputy)).param("outcome", "Support")
                .param("parents", "INFORMED").param("removalRationale", rationale)
                .param("override", "Remaining steps handled under the anti-bullying policy by the class team")).andReturn();
        mvc.perform(post(at + "/close").with(csrf()).with(given.as(dsl)).param("outcome", "Support in place")
                .param("parents", "INFORMED").param("removalRationale", rationale)
                .param("override", "Remaining steps handled under the anti-bullying policy by the class team")).andReturn();

        assertThat(withoutRationale.getFlashMap().get("problem")).asString()
                .contains("1 removal request is still unresolved");
        assertThat(byDeputy.getFlashMap().get("problem")).asString().contains("the DSL records why");
        assertThat(concerns.find(concern.id()).orElseThrow().status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(records.removalRationale(concern.id())).isEqualTo(rationale);
        assertThat(concerns.chronology(concern.id())).extracting(Concerns.Entry::text)
                .anyMatch(line -> line.contains("removal request(s) unresolved") && line.contains(rationale));
    }

    @Test
    void theSextingRiskAssessmentIsRefusedWithABlankFactorOnThePageAndACompleteOneCompletesItsAction()
            throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("SEXTING", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();

        var draft = mvc.perform(post(at + "/sexting-assessment").with(csrf()).with(given.as(dsl)).param("step", "save")
                .param("factor-AGES", "12 and 13")).andReturn();
        var blank = mvc.perform(post(at + "/sexting-assessment").with(csrf()).with(given.as(dsl))
                .param("step", "complete").param("factor-AGES", "12 and 13")).andReturn();
        var ticked = mvc.perform(post(at + "/actions/RISK_ASSESSMENT").with(csrf()).with(given.as(dsl))
                .param("note", "Done on paper")).andReturn();

        assertThat(draft.getFlashMap().get("success")).isEqualTo("Risk assessment saved");
        assertThat(blank.getFlashMap().get("problem")).asString().contains("Blank: ")
                .contains(SextingAssessment.Factor.CP_PROCEDURES.question())
                .doesNotContain(SextingAssessment.Factor.AGES.question());
        assertThat(ticked.getFlashMap().get("problem")).asString().contains("decision-factor assessment");
        var saved = concerns.find(concern.id()).orElseThrow();
        assertThat(saved.procedureRecords().assessment().answer(SextingAssessment.Factor.AGES)).isEqualTo("12 and 13");
        assertThat(saved.done(ActionCode.RISK_ASSESSMENT)).isFalse();

        var complete = post(at + "/sexting-assessment").with(csrf()).with(given.as(dsl)).param("step", "complete");
        for (var factor : SextingAssessment.Factor.values()) {
            complete.param("factor-" + factor.name(), factor == SextingAssessment.Factor.AGES ? "12 and 13" : "Not known");
        }
        var completed = mvc.perform(complete).andReturn();

        assertThat(completed.getFlashMap().get("success")).isEqualTo("Risk assessment completed");
        var after = concerns.find(concern.id()).orElseThrow();
        assertThat(after.done(ActionCode.RISK_ASSESSMENT)).isTrue();
        assertThat(after.procedureRecords().assessment().completedOn()).isNotNull();
        assertThat(after.procedureRecords().assessment().blank()).isEmpty();
        assertThat(concerns.chronology(concern.id())).extracting(Concerns.Entry::text)
                .contains("Risk assessment completed: every decision factor answered");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SEXTING_ASSESSMENT_COMPLETED'"
                + " and record_id = ?").param(concern.id().value().toString()).query(Integer.class).single())
                .isEqualTo(1);
        var page = mvc.perform(get(at).with(given.as(dsl))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"assessment-completed\"").contains("Not known");
    }

    @Test
    void agencyChecksSupportPlansAndSanctionsAreKeptWithTheCase() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("BULLYING", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();

        var notYet = mvc.perform(post(at + "/agency-checks/done").with(csrf()).with(given.as(dsl))).andReturn();
        mvc.perform(post(at + "/agency-checks").with(csrf()).with(given.as(dsl)).param("agency", "Children's social care")
                .param("checkedOn", LocalDate.now().toString()).param("result", "Not known to them")).andReturn();
        mvc.perform(post(at + "/agency-checks/done").with(csrf()).with(given.as(dsl))).andReturn();
        mvc.perform(post(at + "/support-plans").with(csrf()).with(given.as(dsl)).param("person", "0")
                .param("plan", "Daily check-in with her form tutor").param("reviewOn", LocalDate.now().plusWeeks(2).toString()))
                .andReturn();
        var unconfirmed = mvc.perform(post(at + "/sanctions").with(csrf()).with(given.as(dsl)).param("person", "0")
                .param("policy", "BEHAVIOUR").param("sanction", "Detention")).andReturn();

        assertThat(notYet.getFlashMap().get("problem")).asString().contains("Record at least one agency check");
        assertThat(unconfirmed.getFlashMap().get("problem")).asString().contains("will not traumatise them further");
        var records = concerns.find(concern.id()).orElseThrow().procedureRecords();
        assertThat(records.agencyChecks()).singleElement().satisfies(c -> assertThat(c.result()).isEqualTo("Not known to them"));
        assertThat(records.agencyChecksMarkedDone()).isTrue();
        assertThat(records.supportPlans().get(0).plan()).isEqualTo("Daily check-in with her form tutor");
        assertThat(records.sanctions()).isEmpty();
    }

    @Test
    void aStaffAllegationClosesOnlyWithTheOutcomeForTheMemberOfStaffAndTheWelfareDecision() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var colleague = given.staff(school, Role.CLASS_STAFF);
        var concern = reported("STAFF_ALLEGATION", colleague, "ALLEGED_PERPETRATOR", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();
        var override = "The conduct process is run by trust HR in the personnel file";

        var page = mvc.perform(get(at).with(given.as(dsl))).andReturn().getResponse().getContentAsString();
        var refused = mvc.perform(post(at + "/close").with(csrf()).with(given.as(dsl))
                .param("outcome", "Threshold not met").param("override", override)).andReturn();
        mvc.perform(post(at + "/close").with(csrf()).with(given.as(dsl)).param("outcome", "Threshold not met")
                .param("override", override).param("staffOutcome", "NONE").param("welfareOffered", "yes")
                .param("welfareDetail", "Employee assistance programme")).andReturn();

        assertThat(page).contains("id=\"staffOutcome\"").contains("id=\"welfareOffered\"")
                .doesNotContain("id=\"ceopSelfReport\"").doesNotContain("id=\"policyApplied\"");
        assertThat(refused.getFlashMap().get("problem")).asString()
                .contains("the outcome for the member of staff").contains("whether welfare support was offered");
        var closed = concerns.find(concern.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(closed.closure().byKind().staffOutcome()).isEqualTo(ClosureByKind.StaffOutcome.NONE);
        assertThat(closed.closure().byKind().welfareDetail()).isEqualTo("Employee assistance programme");
    }

    @Test
    void closingACaseEscalatedToTheTrustTellsTheTrustsSafeguardingOfficer() throws Exception {
        var trust = given.aTrust();
        school = given.aSchoolOf(trust);
        dsl = given.staff(school, Role.DSL);
        teacher = given.staff(school, Role.CLASS_STAFF);
        learner = given.learner(school, LocalDate.now().minusYears(9), YearGroup.YEAR_4);
        var officer = given.trustStaff(trust, Role.TRUST_SAFEGUARDING_OFFICER);
        var concern = reported("BULLYING", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();
        var before = mvc.perform(get(at).with(given.as(officer))).andReturn().getResponse().getStatus();

        mvc.perform(post(at + "/escalate").with(csrf()).with(given.as(dsl))).andReturn();
        var after = mvc.perform(get(at).with(given.as(officer))).andReturn().getResponse().getStatus();
        mvc.perform(post(at + "/close").with(csrf()).with(given.as(dsl)).param("outcome", "Restorative meeting held")
                .param("parents", "INFORMED").param("parentsDetail", "Both families told by phone")
                .param("override", "Remaining steps handled under the anti-bullying policy by the class team")).andReturn();

        assertThat(before).isEqualTo(403);
        assertThat(after).isEqualTo(200);
        assertThat(concerns.find(concern.id()).orElseThrow().status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(notifications.unread(officer.id())).extracting(n -> n.reason())
                .contains("A case escalated to the trust has been closed");
    }

    @Test
    void theLocalProceduresAreLinkedOnAChildProtectionCaseAndAnEscalationCitesTheThresholdDocument() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        mvc.perform(post("/schools/" + school.id() + "/contacts").with(csrf()).with(given.as(dsl))
                .param("LOCAL_PROCEDURES.url", "https://procedures.example.org/kscmp")
                .param("THRESHOLD_DOCUMENT.url", "https://procedures.example.org/thresholds.pdf")).andReturn();
        var concern = reported("SEXTING", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();

        var page = mvc.perform(get(at).with(given.as(dsl))).andReturn().getResponse().getContentAsString();
        mvc.perform(post(at + "/escalate").with(csrf()).with(given.as(dsl))
                .param("thresholdReference", "Level 3: complex needs, section 4.2")).andReturn();

        assertThat(concerns.find(concern.id()).orElseThrow().recordClass()).isEqualTo(RecordClass.R1);
        assertThat(page).contains("id=\"local-procedures\"").contains("https://procedures.example.org/kscmp")
                .contains("id=\"threshold-document\"").contains("https://procedures.example.org/thresholds.pdf")
                .contains("id=\"thresholdReference\"");
        assertThat(concerns.chronology(concern.id())).extracting(Concerns.Entry::text)
                .anyMatch(line -> line.contains("threshold reference: Level 3: complex needs, section 4.2"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ESCALATION_THRESHOLD_CITED'"
                + " and record_id = ?").param(concern.id().value().toString()).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aDeviceSearchNeedsALeaderAndConsentAndContentIsNeverDeletedOnASexualCase() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var leader = given.staff(school, Role.LEADERSHIP);
        var concern = reported("SEXTING", learner, "VICTIM", teacher);
        var path = "/schools/" + school.id() + "/concerns/" + concern.id() + "/device-searches";

        var byATeacher = mvc.perform(post(path).with(csrf()).with(given.as(dsl)).param("device", "Her iPhone")
                .param("searchedBy", teacher.id().value().toString()).param("consent", "LEARNER")
                .param("found", "The image in the camera roll")).andReturn();
        var noConsent = mvc.perform(post(path).with(csrf()).with(given.as(dsl)).param("device", "Her iPhone")
                .param("searchedBy", leader.id().value().toString()).param("consent", "NOT_NEEDED")
                .param("found", "The image in the camera roll")).andReturn();
        var deleted = mvc.perform(post(path).with(csrf()).with(given.as(dsl)).param("device", "Her iPhone")
                .param("searchedBy", leader.id().value().toString()).param("consent", "PARENT")
                .param("found", "The image in the camera roll").param("contentDeleted", "yes")).andReturn();
        var kept = mvc.perform(post(path).with(csrf()).with(given.as(dsl)).param("device", "Her iPhone")
                .param("searchedBy", leader.id().value().toString()).param("consent", "PARENT")
                .param("found", "The image in the camera roll")).andReturn();

        assertThat(byATeacher.getFlashMap().get("problem")).asString().contains("member of the leadership team");
        assertThat(noConsent.getFlashMap().get("problem")).asString().contains("requires consent");
        assertThat(deleted.getFlashMap().get("problem")).asString()
                .contains("preserve evidence – DSL decision required");
        assertThat(kept.getFlashMap().get("success")).isEqualTo("Search recorded");
        assertThat(records.deviceSearches(concern.id())).singleElement().satisfies(s -> {
            assertThat(s.searchedBy()).isEqualTo(leader.id());
            assertThat(s.consent()).isEqualTo(DeviceSearch.Consent.PARENT);
            assertThat(s.contentDeleted()).isFalse();
        });
        assertThat(concerns.chronology(concern.id())).extracting(Concerns.Entry::text)
                .anyMatch(line -> line.startsWith("Device searched: Her iPhone") && line.contains("content deleted: no"));
        var page = mvc.perform(get("/schools/" + school.id() + "/concerns/" + concern.id()).with(given.as(dsl)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"device-searches\"").contains("The image in the camera roll")
                .contains("id=\"record-search\"");
    }

    @Test
    void onACaseWithNoSexualOrCriminalElementASearchMayRecordContentDeleted() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("BULLYING", learner, "ALLEGED_PERPETRATOR", teacher);

        var result = mvc.perform(post("/schools/" + school.id() + "/concerns/" + concern.id() + "/device-searches")
                .with(csrf()).with(given.as(dsl)).param("device", "His tablet")
                .param("searchedBy", dsl.id().value().toString()).param("consent", "LEARNER")
                .param("found", "Unkind messages about a classmate").param("contentDeleted", "yes")).andReturn();

        assertThat(result.getFlashMap().get("success")).isEqualTo("Search recorded");
        assertThat(records.deviceSearches(concern.id())).singleElement()
                .satisfies(s -> assertThat(s.contentDeleted()).isTrue());
    }

    @Test
    void aSchoolsOwnRuleAppliesToNewConcernsAndARuleThatWouldReplaceAMandatoryOneIsRefused() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var rules = "/schools/" + school.id() + "/procedures";
        var head = people.holding(Role.HEADTEACHER, school.id()).get(0);

        var weakening = mvc.perform(post(rules).with(csrf()).with(given.as(dsl)).param("reason", "Fewer referrals")
                .param("yaml", """
                        version: "1"
                        rules:
                          - id: E-07
                            title: Only advise social care
                            when: {kind: SEXTING}
                            then:
                              - {code: SOCIAL_CARE, kind: ADVISORY}
                        """)).andReturn();
        mvc.perform(post(rules).with(csrf()).with(given.as(head)).param("reason", "Our policy §4.2")
                .param("yaml", """
                        version: "1"
                        rules:
                          - id: S-01
                            title: Tell the online safety lead about every sexting case
                            when: {kind: SEXTING}
                            then:
                              - {code: OSL, kind: MANDATORY, urgency: PROMPT}
                        """)).andReturn();
        var concern = reported("SEXTING", learner, "VICTIM", teacher);

        assertThat(weakening.getFlashMap().get("problem")).asString().contains("E-07").contains("never replace");
        assertThat(concern.actions()).anySatisfy(action -> {
            assertThat(action.code()).isEqualTo(ActionCode.OSL);
            assertThat(action.because()).anySatisfy(b -> assertThat(b.ruleId()).isEqualTo("S-01"));
        });
        assertThat(concern.actions()).anySatisfy(action -> {
            assertThat(action.code()).isEqualTo(ActionCode.SOCIAL_CARE);
            assertThat(action.kind()).isEqualTo(ActionKind.MANDATORY);
        });
    }

    @Test
    void aCopyIsKeptOnlyAtThePolicesWrittenRequestAndAViewingByANonDslIsFlaggedToTheHeadteacher() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var head = people.holding(Role.HEADTEACHER, school.id()).get(0);
        var concern = reported("SEXTING", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();
        mvc.perform(post(at + "/copies").with(csrf()).with(given.as(dsl)).param("location", "The boy's phone")).andReturn();
        var copy = records.copies(concern.id()).get(0).id();

        var unwritten = mvc.perform(post(at + "/copies/" + copy).with(csrf()).with(given.as(dsl))
                .param("status", "RETAINED_AT_POLICE_REQUEST").param("policeReference", "CAD 4411")
                .param("custodian", "The DSL").param("storedAt", "The school safe")).andReturn();
        var deletedUngated = mvc.perform(post(at + "/copies/" + copy).with(csrf()).with(given.as(dsl))
                .param("status", "DELETED")).andReturn();
        var noReason = mvc.perform(post(at + "/viewings").with(csrf()).with(given.as(dsl))
                .param("viewer", teacher.id().value().toString()).param("reason", "NO_OTHER_OPTION")).andReturn();
        mvc.perform(post(at + "/viewings").with(csrf()).with(given.as(dsl)).param("viewer", teacher.id().value().toString())
                .param("reason", "NO_OTHER_OPTION").param("whyNotTheDsl", "The DSL was on a school trip")).andReturn();
        mvc.perform(post(at + "/copies/" + copy).with(csrf()).with(given.as(dsl))
                .param("status", "RETAINED_AT_POLICE_REQUEST").param("policeReference", "CAD 4411")
                .param("writtenRequest", "yes").param("custodian", "The DSL").param("storedAt", "The school safe"))
                .andReturn();

        assertThat(unwritten.getFlashMap().get("problem")).asString().contains("written request");
        assertThat(deletedUngated.getFlashMap().get("problem")).asString().contains("Delete copies");
        assertThat(noReason.getFlashMap().get("problem")).asString().contains("why the DSL could not");
        assertThat(records.viewings(concern.id())).hasSize(1);
        assertThat(records.copies(concern.id())).singleElement()
                .satisfies(k -> assertThat(k.status()).isEqualTo(KnownCopy.Status.RETAINED_AT_POLICE_REQUEST));
        assertThat(notifications.unread(head.id())).extracting(n -> n.reason())
                .contains("Suspected imagery was viewed by someone who is not the DSL");
    }

    @Test
    void anUnacknowledgedConcernGoesToTheNextOnTheRotaAndThenToTheHeadteacher() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var head = people.holding(Role.HEADTEACHER, school.id()).get(0);
        var concern = reported("BULLYING", learner, "VICTIM", teacher);
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unread(dsl.id()).size() == 1);
        // Someone at immediate risk: the timer runs by the clock, so the test does not depend on the hour.
        jdbc.sql("update concern set immediate_risk = true, reported_at = now() - interval '20 minutes' where id = ?")
                .param(concern.id().value()).update();

        notifications.escalateUnacknowledged();
        var headAfterFirst = notifications.unread(head.id()).size();
        jdbc.sql("update concern set reported_at = now() - interval '40 minutes' where id = ?")
                .param(concern.id().value()).update();
        notifications.escalateUnacknowledged();
        notifications.escalateUnacknowledged();

        assertThat(notifications.unread(dsl.id())).hasSize(1);
        assertThat(notifications.unread(deputy.id())).extracting(n -> n.reason())
                .contains("Nobody has acknowledged a concern: you are next on the DSL rota");
        assertThat(headAfterFirst).isZero();
        assertThat(notifications.unread(head.id())).hasSize(1);
        assertThat(concerns.chronology(concern.id())).extracting(Concerns.Entry::text)
                .anyMatch(line -> line.contains("alerted " + deputy.fullName() + ", next on the DSL rota"))
                .anyMatch(line -> line.contains("escalated to " + head.fullName()));
    }

    @Test
    void theRotaOrderChoosesWhoIsNextAndSomeoneAwayIsNotAlerted() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var second = given.staff(school, Role.DEPUTY_DSL);
        mvc.perform(post("/schools/" + school.id() + "/rota").with(csrf()).with(given.as(dsl))
                .param("position." + second.id(), "1").param("position." + dsl.id(), "2")
                .param("position." + deputy.id(), "3")
                .param("away." + deputy.id(), LocalDate.now().plusDays(3).toString())).andReturn();
        var pastAbsence = mvc.perform(post("/schools/" + school.id() + "/rota").with(csrf()).with(given.as(dsl))
                .param("position." + dsl.id(), "1").param("away." + dsl.id(), "2001-01-01")).andReturn();
        var notOnTheRota = mvc.perform(post("/schools/" + school.id() + "/rota").with(csrf()).with(given.as(dsl))
                .param("position." + teacher.id(), "1")).andReturn();

        var concern = reported("BULLYING", learner, "VICTIM", teacher);
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unread(second.id()).size() == 1);
        jdbc.sql("update concern set immediate_risk = true, reported_at = now() - interval '20 minutes' where id = ?")
                .param(concern.id().value()).update();
        notifications.escalateUnacknowledged();

        assertThat(pastAbsence.getFlashMap().get("problem")).asString().contains("has passed");
        assertThat(notOnTheRota.getFlashMap().get("problem")).asString()
                .contains("Only the DSL and deputy DSLs");
        assertThat(rota.of(school.id())).extracting(m -> m.person().id())
                .containsExactly(second.id(), dsl.id(), deputy.id());
        assertThat(notifications.unread(deputy.id())).isEmpty();
        assertThat(notifications.unread(dsl.id())).extracting(n -> n.reason())
                .containsExactly("Nobody has acknowledged a concern: you are next on the DSL rota",
                        "A concern is waiting for you");
        assertThat(notifications.unread(second.id())).hasSize(1);
    }

    @Test
    void aBullyingCaseWithAnOffenceSuspectedMustGoToThePoliceAndOffersTheHarassmentStatutesFirst() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("BULLYING", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();
        var before = mvc.perform(get(at).with(given.as(dsl))).andReturn().getResponse().getContentAsString();
        var tooSoon = mvc.perform(post(at + "/offences").with(csrf()).with(given.as(dsl))
                .param("statutes", "PROTECTION_FROM_HARASSMENT_1997")).andReturn();

        var triaged = mvc.perform(post(at + "/facts").with(csrf()).with(given.as(dsl)).param("kinds", "BULLYING")
                .param("riskAreas", "CONDUCT")
                .param("facts", "CRIME_SUSPECTED")).andReturn();
        var page = mvc.perform(get(at).with(given.as(dsl))).andReturn().getResponse().getContentAsString();
        mvc.perform(post(at + "/offences").with(csrf()).with(given.as(dsl))
                .param("statutes", "PROTECTION_FROM_HARASSMENT_1997", "MALICIOUS_COMMUNICATIONS_1988_S1")).andReturn();

        assertThat(triaged.getFlashMap().get("problem")).isNull();
        assertThat(before).doesNotContain("Offences considered");
        assertThat(tooSoon.getFlashMap().get("problem")).asString().contains("Record first that an offence is suspected");
        assertThat(concerns.find(concern.id()).orElseThrow().actions())
                .anyMatch(a -> a.code() == ActionCode.POLICE_101 && a.kind() == ActionKind.MANDATORY);
        assertThat(page.indexOf("statute-PROTECTION_FROM_HARASSMENT_1997")).isPositive()
                .isLessThan(page.indexOf("statute-SEXUAL_OFFENCES_2003_S15"));
        assertThat(offences.of(concern.id())).containsExactlyInAnyOrder(Statute.PROTECTION_FROM_HARASSMENT_1997,
                Statute.MALICIOUS_COMMUNICATIONS_1988_S1);
        assertThat(concerns.chronology(concern.id())).extracting(Concerns.Entry::text)
                .anyMatch(line -> line.startsWith("Offences considered: Protection from Harassment Act 1997"));
    }

    @Test
    void reportingAnOffensiveMessageOpensTheFormWithThatKindChosen() throws Exception {
        aSchoolWithItsSafeguardingTeam();

        var home = mvc.perform(get("/").with(given.as(teacher))).andReturn().getResponse().getContentAsString();
        var form = mvc.perform(get("/schools/" + school.id() + "/concerns/new").param("kind", "OFFENSIVE_COMMUNICATION")
                .with(given.as(teacher))).andReturn().getResponse().getContentAsString();

        assertThat(home).contains("Report an offensive message");
        assertThat(form).containsPattern("id=\"kind-OFFENSIVE_COMMUNICATION\"[^>]*checked");
    }

    @Test
    void thePoliceStatementPackHasEverySevenHeadingWithNotKnownForWhatIsNotKnownAndItsExportIsAudited()
            throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var concern = reported("INDECENT_IMAGES", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();
        mvc.perform(post(at + "/statement").with(csrf()).with(given.as(dsl)).param("network", "Vodafone")
                .param("identifiers", "snap: @not_a_real_user")).andReturn();

        var refused = mvc.perform(post(at + "/statement/export").with(csrf()).with(given.as(dsl))
                .param("purpose", "")).andReturn();
        var pdf = mvc.perform(post(at + "/statement/export").with(csrf()).with(given.as(dsl))
                .param("purpose", "Police request").param("recipient", "PC 4411, reference CAD 77"))
                .andReturn().getResponse();

        assertThat(refused.getFlashMap().get("problem")).asString().contains("Say why");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Material witnesses").contains("Internet service provider or mobile network")
                    .contains("URL, app or website").contains("Passwords or steps to access the material")
                    .contains("Identity of the sender").contains("Identifiers of those involved")
                    .contains("Reason for any delay in reporting").contains("Vodafone").contains("@not_a_real_user")
                    .contains("Not known").contains("Exported by " + dsl.fullName());
        }
        assertThat(jdbc.sql("select detail from audit_event where action = 'POLICE_STATEMENT_EXPORTED' and record_id = ?")
                .param(concern.id().toString()).query(String.class).single()).contains("PC 4411");
    }

    @Test
    void aParentsComplaintAboutAMemberOfStaffGoesToTheHeadteacherAsAnAllegation() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var head = people.holding(Role.HEADTEACHER, school.id()).get(0);

        mvc.perform(post("/report/" + school.id()).with(csrf()).param("about", "STAFF").param("reporter", "PARENT_CARER")
                .param("what", "A teacher sent my son a friend request on his personal account.")
                .with(sent -> {
                    sent.setRemoteAddr("198.51.100.77");
                    return sent;
                })).andReturn();

        var kinds = jdbc.sql("select array_to_string(kinds, ',') || ' ' || record_class from concern where school_id = ?")
                .param(school.id().value()).query(String.class).single();
        assertThat(kinds).isEqualTo("STAFF_ALLEGATION R2");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notifications.unread(head.id())).isNotEmpty());
    }

    @Test
    void whenThePoliceSeizeAServerTheContinuityPlanBecomesATechnicalTask() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var technician = given.staff(school, Role.TECHNICAL_STAFF);
        var concern = reported("INDECENT_IMAGES", learner, "VICTIM", teacher);
        var at = "/schools/" + school.id() + "/concerns/" + concern.id();
        mvc.perform(post(at + "/devices").with(csrf()).with(given.as(dsl)).param("device", "File server FS01")
                .param("owner", "The school").param("location", "Server room, locked")).andReturn();
        var device = records.devices(concern.id()).get(0).id();

        var withoutEffect = mvc.perform(post(at + "/devices/" + device + "/transfer").with(csrf()).with(given.as(dsl))
                .param("to", "WITH_POLICE").param("receivedBy", "DC 2291").param("reference", "CAD 51")
                .param("networked", "yes")).andReturn();
        mvc.perform(post(at + "/devices/" + device + "/transfer").with(csrf()).with(given.as(dsl))
                .param("to", "WITH_POLICE").param("receivedBy", "DC 2291").param("reference", "CAD 51")
                .param("networked", "yes").param("note", "Shared drives offline until restored from backup")).andReturn();

        assertThat(withoutEffect.getFlashMap().get("problem")).asString().contains("what the seizure does");
        var now = concerns.find(concern.id()).orElseThrow();
        assertThat(now.facts()).contains(org.tutela.procedure.Fact.SERVER_SEIZED);
        assertThat(mvc.perform(get("/schools/" + school.id() + "/tasks").with(given.as(technician))).andReturn()
                .getResponse().getContentAsString()).contains("continuity plan");
    }

    @Test
    void aLearnersVulnerabilitiesShowOnTheirNextCaseForTheDslAndNeverToTheTeacher() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var first = reported("BULLYING", learner, "VICTIM", teacher);
        mvc.perform(post("/schools/" + school.id() + "/concerns/" + first.id() + "/people/" + learner.id().value()
                + "/vulnerabilities").with(csrf()).with(given.as(dsl)).param("flags", "SPECIAL_EDUCATIONAL_NEEDS")
                .param("flags", "LOOKED_AFTER")).andReturn();

        var second = reported("SEXTING", learner, "VICTIM", teacher);
        var dslSees = mvc.perform(get("/schools/" + school.id() + "/concerns/" + second.id()).with(given.as(dsl)))
                .andReturn().getResponse().getContentAsString();
        var teacherGets = mvc.perform(get("/schools/" + school.id() + "/concerns/" + second.id()).with(given.as(teacher)))
                .andReturn().getResponse();

        assertThat(dslSees).contains("Known vulnerabilities").contains("Special educational needs")
                .contains("In care or looked after");
        assertThat(teacherGets.getStatus()).isEqualTo(403);
        assertThat(teacherGets.getContentAsString()).doesNotContain("Special educational needs");
    }
}
