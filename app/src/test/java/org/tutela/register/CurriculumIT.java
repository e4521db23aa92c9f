package org.tutela.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.register.curriculum.CurriculumLessons;
import org.tutela.register.curriculum.CurriculumTopic;
import org.tutela.school.Role;
import org.tutela.school.YearGroup;

/** TRN-09 and PROC-IIOC-09: lessons tagged with a topic make its coverage by year group reportable. */
@TutelaTest
@Import(TestSchools.class)
class CurriculumIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    CurriculumLessons lessons;

    final LocalDate today = SchoolDay.today(Clock.systemUTC());

    @Test
    void aLessonOnTheConsequencesOfIndecentImagesShowsWhichYearGroupsHaveAndHaveNotBeenTaughtIt() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);
        given.learner(school, today.minusYears(10), YearGroup.YEAR_5);
        given.learner(school, today.minusYears(11), YearGroup.YEAR_6);

        var recorded = mvc.perform(post("/schools/" + school.id() + "/curriculum/lessons").with(csrf())
                .with(given.as(teacher)).param("yearGroup", "YEAR_6").param("className", "6 Ash")
                .param("taughtOn", today.toString()).param("title", "Sharing pictures: what the law says")
                .param("taughtBy", "Ms Turner").param("externalContributor", "PCSO Khan")
                .param("topics", "INDECENT_IMAGES_CONSEQUENCES", "ONLINE_RELATIONSHIPS")).andReturn();
        var page = mvc.perform(get("/schools/" + school.id() + "/curriculum").with(given.as(teacher))).andReturn()
                .getResponse().getContentAsString();

        assertThat(recorded.getResponse().getRedirectedUrl()).endsWith("/curriculum");
        var row = lessons.coverage(school.id()).row(CurriculumTopic.INDECENT_IMAGES_CONSEQUENCES);
        assertThat(row.taught()).containsExactly(YearGroup.YEAR_6);
        assertThat(row.notTaught()).containsExactly(YearGroup.YEAR_5);
        var cells = page.substring(page.indexOf("id=\"coverage-INDECENT_IMAGES_CONSEQUENCES\""));
        cells = cells.substring(0, cells.indexOf("</tr>"));
        assertThat(cells).contains("Indecent images: consequences").contains("Not yet").contains("Taught ");
        assertThat(page).contains("Sharing pictures: what the law says").contains("with PCSO Khan");
    }

    @Test
    void aLessonWithoutATopicIsRefusedOnTheFormWithWhatWasTypedKept() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);

        var refused = mvc.perform(post("/schools/" + school.id() + "/curriculum/lessons").with(csrf())
                .with(given.as(teacher)).param("yearGroup", "YEAR_4").param("taughtOn", today.toString())
                .param("title", "Searching for homework").param("taughtBy", "Mr Bell")).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("Choose at least one online-safety topic")
                .contains("value=\"Searching for homework\"").containsPattern("value=\"YEAR_4\"\\s+selected");
        assertThat(lessons.coverage(school.id()).row(CurriculumTopic.SAFE_SEARCHING).taught()).isEmpty();
    }

    @Test
    void anOfficeWorkerCannotSeeTheCurriculumAndAGovernorCannotRecordALesson() throws Exception {
        var school = given.aSchoolOf(given.aTrust());

        assertThat(mvc.perform(get("/schools/" + school.id() + "/curriculum")
                .with(given.as(given.staff(school, Role.OFFICE_STAFF)))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/schools/" + school.id() + "/curriculum/lessons").with(csrf())
                .with(given.as(given.staff(school, Role.GOVERNOR)))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
