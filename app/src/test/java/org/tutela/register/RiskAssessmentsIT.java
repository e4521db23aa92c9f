package org.tutela.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.register.risk.ReviewStatus;
import org.tutela.register.risk.RiskAssessmentRefused;
import org.tutela.register.risk.RiskAssessments;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;

/** The risk-assessment register (RA-01), and PROC-RAD-05: a Prevent assessment more than 12 months old is overdue. */
@TutelaTest
@Import(TestSchools.class)
class RiskAssessmentsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    RiskAssessmentReviews reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    final LocalDate today = SchoolDay.today(Clock.systemUTC());

    @Test
    void aPreventAssessmentApprovedMoreThanTwelveMonthsAgoIsShownOverdue() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var dsl = given.staff(school, "Dev", "Lead", Role.DSL);
        var prevent = aPreventAssessment(school, head, dsl);

        mvc.perform(post("/schools/" + school.id() + "/risk-assessments/" + prevent + "/approval").with(csrf())
                .with(given.as(head)).param("approvedOn", today.minusMonths(13).toString())).andReturn();
        var page = mvc.perform(get("/schools/" + school.id() + "/risk-assessments").with(given.as(head))).andReturn()
                .getResponse().getContentAsString();

        var held = assessments.of(school.id()).get(0);
        assertThat(held.status()).isEqualTo(ReviewStatus.OVERDUE);
        assertThat(held.nextReviewOn()).isEqualTo(today.minusMonths(1));
        assertThat(reviews.overdue(school.id())).extracting(RiskAssessmentReviews.Overdue::kind)
                .containsExactly("Prevent duty");
        assertThat(page).contains("govuk-tag--red\">Overdue").doesNotContain("has no Prevent-duty risk assessment");
    }

    @Test
    void aPreventAssessmentApprovedElevenAndAHalfMonthsAgoIsDueForReviewNotOverdue() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var prevent = aPreventAssessment(school, head, head);

        assessments.approve(school.id(), prevent, today.minusMonths(12).plusDays(15), null, head.id());

        assertThat(assessments.of(school.id()).get(0).status()).isEqualTo(ReviewStatus.REVIEW_DUE);
        assertThat(reviews.overdue(school.id())).isEmpty();
        assertThat(reviews.preventAssessmentApproved(school.id())).isTrue();
    }

    @Test
    void reviewingAnOverdueAssessmentSetsItsNextReviewTwelveMonthsOnAndKeepsTheEarlierApproval() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var prevent = aPreventAssessment(school, head, head);
        assessments.approve(school.id(), prevent, today.minusMonths(14), null, head.id());

        var next = assessments.approve(school.id(), prevent, today, "Reviewed with the governors", head.id());

        assertThat(next).isEqualTo(today.plusMonths(12));
        assertThat(assessments.of(school.id()).get(0).status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(reviews.overdue(school.id())).isEmpty();
    }

    @Test
    void aDraftHasNoReviewDateAndTheRegisterWarnsWhenThereIsNoPreventAssessment() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        mvc.perform(post("/schools/" + school.id() + "/risk-assessments").with(csrf()).with(given.as(head))
                .param("kind", "VIDEO_CONFERENCING").param("title", "Live lessons on Teams")
                .param("owner", head.id().toString()).param("reviewMonths", "12")
                .param("assessment", "Shared drive: Risk assessments/Teams.docx")).andReturn();

        var page = mvc.perform(get("/schools/" + school.id() + "/risk-assessments").with(given.as(head))).andReturn()
                .getResponse().getContentAsString();

        assertThat(assessments.of(school.id())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ReviewStatus.DRAFT);
            assertThat(a.nextReviewOn()).isNull();
        });
        assertThat(page).contains("has no Prevent-duty risk assessment").contains("Live lessons on Teams");
    }

    @Test
    void anAssessmentWithoutAnOwnerIsRefusedOnTheFormWithWhatWasTypedKept() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);

        var refused = mvc.perform(post("/schools/" + school.id() + "/risk-assessments").with(csrf())
                .with(given.as(dsl)).param("kind", "PREVENT").param("title", "Prevent duty 2026")
                .param("owner", "").param("reviewMonths", "12").param("assessment", "Risk is low because...")).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("Choose who owns the assessment")
                .contains("value=\"Prevent duty 2026\"").contains("Risk is low because...")
                .containsPattern("value=\"PREVENT\"\\s+selected");
        assertThat(assessments.of(school.id())).isEmpty();
    }

    @Test
    void aGovernorReadsTheRegisterButCannotChangeIt() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var governor = given.staff(school, Role.GOVERNOR);

        var read = mvc.perform(get("/schools/" + school.id() + "/risk-assessments").with(given.as(governor)))
                .andReturn();
        var add = mvc.perform(post("/schools/" + school.id() + "/risk-assessments").with(csrf())
                .with(given.as(governor)).param("kind", "PREVENT")).andReturn();

        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getResponse().getContentAsString()).doesNotContain("Add a risk assessment");
        assertThat(add.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anOlderApprovalThatWaitedBehindALaterOneIsRefusedRatherThanLandingLast() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var prevent = aPreventAssessment(school, head, head);
        assessments.approve(school.id(), prevent, today.minusDays(10), null, head.id());
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var later = threads.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("update risk_assessment set approved_on = ?, next_review_on = ? where id = ?")
                        .params(today.minusDays(1), today.plusMonths(11), prevent).update();
                locked.countDown();
                awaitQuietly(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            var older = threads.submit(() -> assessments.approve(school.id(), prevent, today.minusDays(5), null,
                    head.id()));
            Thread.sleep(300);
            release.countDown();
            later.get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> older.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(RiskAssessmentRefused.class);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(assessments.of(school.id()).get(0).approvedOn()).isEqualTo(today.minusDays(1));
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    UUID aPreventAssessment(School school, Person by, Person owner) throws Exception {
        mvc.perform(post("/schools/" + school.id() + "/risk-assessments").with(csrf()).with(given.as(by))
                .param("kind", "PREVENT").param("title", "Prevent duty risk assessment")
                .param("owner", owner.id().toString()).param("reviewMonths", "12")
                .param("assessment", "How likely learners are to be drawn into terrorism, and what reduces it."))
                .andReturn();
        return assessments.of(school.id()).get(0).id();
    }
}
