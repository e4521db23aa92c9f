package org.tutela.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.register.training.Standing.Status;
import org.tutela.register.training.TrainingDashboard;
import org.tutela.register.training.TrainingRecords;
import org.tutela.register.training.TrainingTopic;
import org.tutela.school.Person;
import org.tutela.school.Role;

/** Staff training by topic (TRN-02, -03, -04, -06, -07) and the training dashboard. */
@TutelaTest
@Import(TestSchools.class)
class TrainingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    TrainingRecords records;
    @Autowired
    TrainingDashboard dashboard;
    @Autowired
    TrainingCompliance compliance;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = SchoolDay.today(Clock.systemUTC());

    @Test
    void staffWithoutAPreventRecordAreListedAsNonCompliant() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, "Dana", "Lead", Role.DSL);
        var trained = given.staff(school, "Tariq", "Trained", Role.CLASS_STAFF);
        var untrained = given.staff(school, "Una", "Untrained", Role.CLASS_STAFF);

        var saved = mvc.perform(post("/schools/" + school.id() + "/training/sessions").with(csrf()).with(given.as(dsl))
                .param("topic", "PREVENT").param("completedOn", today.minusDays(3).toString())
                .param("provider", "Home Office e-learning")
                .param("attendees", dsl.id().toString(), trained.id().toString())).andReturn();
        var page = mvc.perform(get("/schools/" + school.id() + "/training").with(given.as(dsl))).andReturn()
                .getResponse().getContentAsString();

        assertThat(saved.getResponse().getRedirectedUrl()).endsWith("/training");
        var withoutPrevent = dashboard.of(school.id()).withoutPrevent().stream().map(row -> row.person().id()).toList();
        assertThat(withoutPrevent).containsExactly(untrained.id());
        assertThat(section(page, "without-prevent-list")).contains("Una Untrained").doesNotContain("Tariq Trained")
                .doesNotContain("Dana Lead");
        assertThat(page).contains("Not compliant");
        assertThat(compliance.gaps(school.id()).withoutPrevent()).isEqualTo(1);
        assertThat(compliance.gaps(school.id()).staff()).isEqualTo(3);
    }

    @Test
    void aStaffMeetingIsRecordedOnceForEveryoneWhoAttendedAndEachPersonsRecordIsAudited() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var attendees = List.of(given.staff(school, Role.CLASS_STAFF), given.staff(school, Role.CLASS_STAFF),
                given.staff(school, Role.OFFICE_STAFF));

        var request = post("/schools/" + school.id() + "/training/sessions").with(csrf()).with(given.as(head))
                .param("topic", "ONLINE_SAFETY_BRIEFING").param("completedOn", today.toString())
                .param("provider", "In house (DSL)");
        attendees.forEach(person -> request.param("attendees", person.id().toString()));
        mvc.perform(request).andReturn();

        assertThat(jdbc.sql("select count(*) from training_session where school_id = ?").param(school.id().value())
                .query(Integer.class).single()).isEqualTo(1);
        for (var person : attendees) {
            assertThat(dashboard.of(school.id(), person.id()).orElseThrow()
                    .standing(TrainingTopic.ONLINE_SAFETY_BRIEFING).status()).isEqualTo(Status.COMPLIANT);
            assertThat(jdbc.sql("""
                    select count(*) from audit_event where action = 'TRAINING_RECORDED' and record_id = ?""")
                    .param(person.id().toString()).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void annualSafeguardingShowsDueSoonBeforeItFallsDueAndOverdueAfter() {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        var dueSoon = given.staff(school, Role.CLASS_STAFF);
        var overdue = given.staff(school, Role.CLASS_STAFF);
        records.recordSession(school.id(), TrainingTopic.SAFEGUARDING, today.minusYears(1).plusDays(10), "LA",
                null, List.of(dueSoon.id()), dsl.id());
        records.recordSession(school.id(), TrainingTopic.SAFEGUARDING, today.minusYears(1).minusDays(1), "LA",
                null, List.of(overdue.id()), dsl.id());

        var now = dashboard.of(school.id());

        assertThat(standing(now, dueSoon, TrainingTopic.SAFEGUARDING).status()).isEqualTo(Status.DUE_SOON);
        assertThat(standing(now, dueSoon, TrainingTopic.SAFEGUARDING).dueOn()).isEqualTo(today.plusDays(10));
        assertThat(standing(now, overdue, TrainingTopic.SAFEGUARDING).status()).isEqualTo(Status.OVERDUE);
        assertThat(standing(now, dsl, TrainingTopic.SAFEGUARDING).status()).isEqualTo(Status.MISSING);
        assertThat(compliance.gaps(school.id()).overdue()).isEqualTo(1);
    }

    @Test
    void filteringAndMonitoringTrainingIsRequiredOfTechnicalStaffOnly() {
        var school = given.aSchoolOf(given.aTrust());
        var technician = given.staff(school, Role.TECHNICAL_STAFF);
        var teacher = given.staff(school, Role.CLASS_STAFF);

        var now = dashboard.of(school.id());

        assertThat(standing(now, technician, TrainingTopic.FILTERING_AND_MONITORING).status())
                .isEqualTo(Status.MISSING);
        assertThat(standing(now, teacher, TrainingTopic.FILTERING_AND_MONITORING).status())
                .isEqualTo(Status.NOT_REQUIRED);
    }

    @Test
    void aSchoolThatSetsPreventNotToLapseSeesOldPreventTrainingAsCompliant() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        records.recordSession(school.id(), TrainingTopic.PREVENT, today.minusYears(5), "Home Office", null,
                List.of(dsl.id()), dsl.id());
        assertThat(standing(dashboard.of(school.id()), dsl, TrainingTopic.PREVENT).status())
                .isEqualTo(Status.OVERDUE);

        var set = mvc.perform(post("/schools/" + school.id() + "/training/renewals").with(csrf()).with(given.as(dsl))
                .param("topic", "PREVENT").param("months", "")).andReturn();

        assertThat(set.getFlashMap().get("problem")).isNull();
        assertThat(set.getFlashMap().get("success")).isEqualTo("Prevent duty no longer lapses");

        assertThat(standing(dashboard.of(school.id()), dsl, TrainingTopic.PREVENT).status())
                .isEqualTo(Status.COMPLIANT);
    }

    @Test
    void trainingWithoutAProviderIsRefusedOnTheFormWithEverythingTypedKept() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        var teacher = given.staff(school, Role.CLASS_STAFF);

        var refused = mvc.perform(post("/schools/" + school.id() + "/training/sessions").with(csrf())
                .with(given.as(dsl)).param("topic", "SAFEGUARDING").param("completedOn", "2026-09-04")
                .param("provider", " ").param("notes", "Level 1 refresher")
                .param("attendees", teacher.id().toString())).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        var html = refused.getResponse().getContentAsString();
        assertThat(html).contains("There is a problem").contains("Say who provided the training")
                .contains("Level 1 refresher").contains("value=\"2026-09-04\"");
        assertThat(html).containsPattern("value=\"" + teacher.id() + "\"\\s+checked");
        assertThat(records.of(school.id(), teacher.id())).isEmpty();
    }

    @Test
    void theDemoSchoolListsItsReceptionistWithoutPreventAndItsDeputiesWithGuidanceUnread() {
        var brigids = new org.tutela.school.SchoolId(jdbc.sql("select id from school where name = ?")
                .param("St Brigid's CE Primary School").query(java.util.UUID.class).single());

        var now = dashboard.of(brigids);

        assertThat(now.withoutPrevent()).extracting(row -> row.person().fullName()).containsExactly("Pat Oduya");
        assertThat(now.withGuidanceUnread()).extracting(row -> row.person().fullName())
                .containsExactlyInAnyOrder("Priya Nair", "Tom Bell");
    }

    static org.tutela.register.training.Standing standing(TrainingDashboard.Dashboard dashboard, Person person,
            TrainingTopic topic) {
        return dashboard.rows().stream().filter(row -> row.person().id().equals(person.id())).findFirst()
                .orElseThrow().standing(topic);
    }

    static String section(String html, String id) {
        var start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isPositive();
        return html.substring(start, html.indexOf("</ul>", start));
    }
}
