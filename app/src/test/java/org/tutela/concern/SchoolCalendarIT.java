package org.tutela.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;

/** The school's closures, kept by the office, and the school time the concern timers and sanctions count in. */
@TutelaTest
@Import(TestSchools.class)
class SchoolCalendarIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    SchoolCalendar calendar;

    @Test
    void theOfficeAddsHalfTermAndTheSchoolsHoursLeaveItOut() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var office = given.staff(school, Role.SCHOOL_ADMINISTRATOR);
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var page = "/schools/" + school.id() + "/calendar";

        mvc.perform(post(page).with(csrf()).with(given.as(office)).param("name", "Autumn half-term")
                .param("firstDay", "2026-10-26").param("lastDay", "2026-10-30"));
        var overlap = mvc.perform(post(page).with(csrf()).with(given.as(office)).param("name", "INSET day")
                .param("firstDay", "2026-10-30")).andReturn();
        var backwards = mvc.perform(post(page).with(csrf()).with(given.as(office)).param("name", "Spring half-term")
                .param("firstDay", "2027-02-19").param("lastDay", "2027-02-15")).andReturn();
        var byTeacher = mvc.perform(get(page).with(given.as(teacher))).andReturn().getResponse().getStatus();
        var shown = mvc.perform(get(page).with(given.as(office))).andReturn().getResponse().getContentAsString();
        var friday = ZonedDateTime.parse("2026-10-23T17:55:00+01:00[Europe/London]").toInstant();

        assertThat(calendar.of(school.id())).singleElement()
                .satisfies(closure -> assertThat(closure.days()).isEqualTo(5));
        assertThat(overlap.getFlashMap().get("problem")).asString().contains("overlap");
        assertThat(backwards.getFlashMap().get("problem")).asString().contains("comes before the first");
        assertThat(backwards.getFlashMap().get("draft")).isNotNull();
        assertThat(byTeacher).isEqualTo(403);
        assertThat(shown).contains("Autumn half-term").contains("Monday 26 October 2026");
        assertThat(calendar.hoursOf(school.id(), SchoolHours.ENGLAND_DEFAULT).after(friday,
                java.time.Duration.ofMinutes(15)))
                .isEqualTo(ZonedDateTime.parse("2026-11-02T08:10:00Z[Europe/London]").toInstant());

        mvc.perform(post(page + "/2026-10-26/remove").with(csrf()).with(given.as(office)));

        assertThat(calendar.of(school.id())).isEmpty();
        assertThat(calendar.hoursOf(school.id(), SchoolHours.ENGLAND_DEFAULT).schoolDay(LocalDate.parse("2026-10-26")))
                .isTrue();
    }
}
