package org.tutela.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.register.training.GuidanceLibrary;
import org.tutela.register.training.TrainingDashboard;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;

/**
 * PROC-SV-07: the headteacher, DSL and relevant staff have read the national guidance on sexual violence and
 * sexual harassment between children; given it is in the library, each has an acknowledgement status and anyone
 * missing appears on the training dashboard.
 */
@TutelaTest
@Import(TestSchools.class)
class GuidanceAcknowledgementIT {

    static final String DFE_2018 = "dfe-sexual-violence-harassment";
    static final String KCSIE_PART_5 = "kcsie-part-5";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    GuidanceLibrary library;
    @Autowired
    TrainingDashboard dashboard;
    @Autowired
    TrainingCompliance compliance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadteacherDslAndDeputyEachHaveAStatusOnBothDocumentsAndThoseUnreadAreListed() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, "Harriet", "Head", Role.HEADTEACHER);
        var dsl = given.staff(school, "Dev", "Lead", Role.DSL);
        var deputy = given.staff(school, "Dee", "Deputy", Role.DEPUTY_DSL);
        var teacher = given.staff(school, "Terry", "Teacher", Role.CLASS_STAFF);

        var now = dashboard.of(school.id());

        for (var person : List.of(head, dsl, deputy)) {
            var reading = row(now, person).guidance();
            assertThat(reading).extracting(r -> r.version().series()).containsExactlyInAnyOrder(DFE_2018, KCSIE_PART_5);
            assertThat(reading).allMatch(TrainingDashboard.Reading::missing);
        }
        assertThat(row(now, teacher).guidance()).isEmpty();
        var page = mvc.perform(get("/schools/" + school.id() + "/training").with(given.as(head))).andReturn()
                .getResponse().getContentAsString();
        assertThat(TrainingIT.section(page, "guidance-unread-list")).contains("Harriet Head", "Dev Lead", "Dee Deputy")
                .contains("Sexual violence and sexual harassment between children in schools and colleges (May 2018)")
                .doesNotContain("Terry Teacher");
    }

    @Test
    void staffAcknowledgeTheGuidanceThemselvesAndLeaveTheListWhenTheyHaveReadBoth() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, "Dev", "Lead", Role.DSL);

        acknowledgeAll(school, dsl);
        var mine = mvc.perform(get("/schools/" + school.id() + "/training/mine").with(given.as(dsl))).andReturn()
                .getResponse().getContentAsString();

        assertThat(row(dashboard.of(school.id()), dsl).unread()).isEmpty();
        assertThat(compliance.gaps(school.id()).withGuidanceUnread()).isZero();
        assertThat(mine).contains("Read on ");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'GUIDANCE_ACKNOWLEDGED' and record_id = ?")
                .param(dsl.id().toString()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aNewVersionMustBeReadAgain() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        acknowledgeAll(school, dsl);

        var added = mvc.perform(post("/schools/" + school.id() + "/guidance").with(csrf()).with(given.as(dsl))
                .param("series", KCSIE_PART_5).param("title", "Keeping children safe in education, part 5")
                .param("publisher", "Department for Education").param("version", "September 2024")
                .param("publishedIn", "2024")).andReturn();

        assertThat(added.getResponse().getRedirectedUrl()).endsWith("/guidance");
        var unread = row(dashboard.of(school.id()), dsl).unread();
        assertThat(unread).extracting(r -> r.version().version()).containsExactly("September 2024");
        var anotherSchool = given.aSchoolOf(given.aTrust());
        assertThat(library.documents(anotherSchool.id())).filteredOn(d -> d.series().equals(KCSIE_PART_5))
                .extracting(d -> d.current().version()).containsExactly("September 2020");
    }

    @Test
    void rolesTheSchoolAddsMustReadTheGuidanceToo() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var teacher = given.staff(school, Role.CLASS_STAFF);

        mvc.perform(post("/schools/" + school.id() + "/guidance/roles").with(csrf()).with(given.as(head))
                .param("series", DFE_2018).param("roles", "CLASS_STAFF")).andReturn();

        assertThat(row(dashboard.of(school.id()), teacher).unread()).extracting(r -> r.version().series())
                .containsExactly(DFE_2018);
    }

    @Test
    void guidanceWithoutAVersionIsRefusedOnTheFormWithWhatWasTypedKept() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);

        var refused = mvc.perform(post("/schools/" + school.id() + "/guidance").with(csrf()).with(given.as(dsl))
                .param("title", "Prevent duty guidance").param("publisher", "Home Office").param("version", "")
                .param("publishedIn", "2023")).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("Give the version")
                .contains("value=\"Prevent duty guidance\"").contains("value=\"Home Office\"");
    }

    void acknowledgeAll(School school, Person person) throws Exception {
        for (var document : library.documents(school.id())) {
            if (document.requiredOf(java.util.Set.of(Role.DSL))) {
                mvc.perform(post("/schools/" + school.id() + "/training/mine/acknowledgements").with(csrf())
                        .with(given.as(person)).param("guidance", document.current().id().toString())).andReturn();
            }
        }
    }

    static TrainingDashboard.StaffRow row(TrainingDashboard.Dashboard dashboard, Person person) {
        return dashboard.rows().stream().filter(row -> row.person().id().equals(person.id())).findFirst()
                .orElseThrow();
    }
}
