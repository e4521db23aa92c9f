package org.tutela.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.procedure.ActionCode;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.YearGroup;

/** PROC-GEN-01: the school edits a kind's procedure step by step; the national steps stay, the school's own apply. */
@TutelaTest
@Import(TestSchools.class)
class ProcedureTemplateIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    Concerns concerns;
    @Autowired
    JdbcClient jdbc;

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
        learner = given.learner(school, LocalDate.now().minusYears(14), YearGroup.YEAR_9);
    }

    String sextingTemplate() throws Exception {
        return mvc.perform(get("/schools/" + school.id() + "/procedures/SEXTING").with(given.as(dsl))).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theNationalStepsOfTheSextingProcedureCannotBeRemovedAndSayWhy() throws Exception {
        aSchoolWithItsSafeguardingTeam();

        var page = sextingTemplate();
        var removal = mvc.perform(post("/schools/" + school.id() + "/procedures/SEXTING/steps/PROC-SX/remove")
                .with(csrf()).with(given.as(dsl)).param("reason", "We do not want it")).andReturn();

        assertThat(page).contains("SECURE_DEVICE").contains("PROC-SX (england)")
                .containsPattern("<button type=\"button\"[^>]*disabled[^>]*title=\"Mandatory in the procedure: it cannot be taken away\"")
                .contains("Mandatory: cannot be taken away");
        assertThat(removal.getFlashMap().get("problem")).asString()
                .contains("Only a step the school added can be taken away");
        assertThat(sextingTemplate()).contains("SECURE_DEVICE");
    }

    @Test
    void aStepTheSchoolAddsAppliesToNewCasesWithItsRolesAndEvidenceAndCanBeTakenAwayAgain() throws Exception {
        aSchoolWithItsSafeguardingTeam();
        var base = "/schools/" + school.id() + "/procedures/SEXTING/steps";

        var noReason = mvc.perform(post(base).with(csrf()).with(given.as(dsl)).param("code", "OSL")
                .param("stepKind", "MANDATORY").param("evidence", "Date the OSL was told")).andReturn();
        mvc.perform(post(base).with(csrf()).with(given.as(dsl)).param("code", "OSL").param("stepKind", "MANDATORY")
                .param("urgency", "PROMPT").param("text", "Tell the online safety lead")
                .param("roles", "DSL").param("evidence", "Date the OSL was told\n")
                .param("reason", "Our policy §4.2 has the OSL told of every sexting case")).andReturn();
        var page = sextingTemplate();
        var concern = reported();
        var at = "/schools/" + school.id() + "/concerns/" + concern.id() + "/actions/OSL";
        var byDeputy = mvc.perform(post(at).with(csrf()).with(given.as(deputy)).param("outcome", "done")).andReturn();
        var withoutEvidence = mvc.perform(post(at).with(csrf()).with(given.as(dsl)).param("outcome", "done"))
                .andReturn();
        mvc.perform(post(at).with(csrf()).with(given.as(dsl)).param("outcome", "done")
                .param("evidence.Date the OSL was told", "25 November")).andReturn();
        mvc.perform(post(base + "/S-SEXTING-1/remove").with(csrf()).with(given.as(dsl))
                .param("reason", "The OSL now reads the weekly digest instead")).andReturn();

        assertThat(noReason.getFlashMap().get("problem")).asString().contains("Say why");
        assertThat(page).contains("S-SEXTING-1").contains("Completed by: DSL").contains("Records: Date the OSL was told")
                .contains("id=\"remove-reason-");
        assertThat(byDeputy.getFlashMap().get("problem")).asString()
                .contains("completed by: Designated safeguarding lead");
        assertThat(withoutEvidence.getFlashMap().get("problem")).asString().contains("fill in: Date the OSL was told");
        assertThat(concerns.find(concern.id()).orElseThrow().actions()).filteredOn(a -> a.code() == ActionCode.OSL)
                .singleElement().satisfies(action -> {
                    assertThat(action.outstanding()).isFalse();
                    assertThat(action.details()).isEqualTo("Date the OSL was told: 25 November");
                });
        assertThat(sextingTemplate()).doesNotContain("S-SEXTING-1");
        assertThat(reported().actions()).noneMatch(a -> a.code() == ActionCode.OSL);
    }

    Concern reported() throws Exception {
        mvc.perform(post("/schools/" + school.id() + "/concerns").with(csrf()).with(given.as(teacher))
                .param("kinds", "SEXTING").param("person", learner.id().value().toString())
                .param("involvement", "VICTIM").param("partyKind", "UNKNOWN").param("partyDescription", "")
                .param("description", "An image is being shared in the year group chat.")
                .param("happenedOn", LocalDate.now().toString()).param("location", "OFF_SITE")
                .param("device", "PERSONAL").param("immediateRisk", "no").param("source", "PEER_REPORT")).andReturn();
        var id = jdbc.sql("select id from concern where school_id = ? order by reported_at desc limit 1")
                .param(school.id().value()).query(UUID.class).single();
        return concerns.find(new ConcernId(id)).orElseThrow();
    }
}
