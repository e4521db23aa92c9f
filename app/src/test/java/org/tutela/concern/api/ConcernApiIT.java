package org.tutela.concern.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.Intake;
import org.tutela.concern.Involved;
import org.tutela.identity.TestSchools;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.YearGroup;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The concern API, called as an API client calls it: with a personal access token and JSON. */
@TutelaTest
@Import(TestSchools.class)
class ConcernApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    ConcernDesk desk;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    String concerns(School at) {
        return "/api/v1/schools/" + at.id().value() + "/concerns";
    }

    @Test
    void aTokenRecordsAConcernAndReadsItsRequiredActions() throws Exception {
        var at = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(at, Role.DSL);
        var learner = given.learner(at, LocalDate.now().minusYears(12), YearGroup.YEAR_6);
        var token = given.tokenFor(dsl);

        var created = mvc.perform(post(concerns(at)).with(token.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kinds": ["SEXTING"], "involved": [{"person": "%s", "involvement": "VICTIM"}],
                                 "location": "OFF_SITE", "device": "PERSONAL", "platform": "Snapchat",
                                 "description": "A photo is being passed round Year 6.", "source": "PEER_REPORT"}"""
                                .formatted(learner.id().value())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(concerns(at) + "/")))
                .andExpect(jsonPath("$.reference").isNotEmpty())
                .andExpect(jsonPath("$.recordClass").value("R1"))
                .andExpect(jsonPath("$.actions[*].code").value(hasItem("DSL")))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        mvc.perform(get(concerns(at) + "/" + id + "/actions").with(token.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").isNotEmpty())
                .andExpect(jsonPath("$[0].because[0].ruleId").isNotEmpty())
                .andExpect(jsonPath("$[0].status").isNotEmpty());
        mvc.perform(get(concerns(at) + "/" + id).with(token.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.description").value("A photo is being passed round Year 6."));
        assertThat(auditOf(id, "RECORD_VIEWED")).contains(dsl.id().value());
    }

    @Test
    void aConcernWithoutADescriptionIsRefusedWithTheReason() throws Exception {
        var at = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(at, Role.CLASS_STAFF);

        mvc.perform(post(concerns(at)).with(given.tokenFor(teacher).bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kinds": ["BULLYING"], "involved": [{"kind": "LEARNER", "description": "a Year 5 boy"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Say what happened, in your own words"));
    }

    @Test
    void anUnknownConcernAtThisSchoolIsNotFound() throws Exception {
        var at = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(at, Role.DSL);

        mvc.perform(get(concerns(at) + "/" + UUID.randomUUID()).with(given.tokenFor(dsl).bearer()))
                .andExpect(status().isNotFound());
    }

    @Nested
    class Tokens {

        @Test
        void noTokenARevokedTokenOrAnExpiredTokenGets401InJson() throws Exception {
            var at = given.aSchoolOf(given.aTrust());
            var dsl = given.staff(at, Role.DSL);
            var revoked = given.tokenFor(dsl);
            var expired = given.tokenFor(dsl, Instant.now().minusSeconds(60));
            mvc.perform(get(concerns(at) + "/" + UUID.randomUUID()).with(revoked.bearer()))
                    .andExpect(status().isNotFound());

            mvc.perform(post("/account/tokens/" + revoked.id() + "/revoke").with(given.as(dsl)).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            for (var request : List.of(get(concerns(at) + "/" + UUID.randomUUID()),
                    get(concerns(at) + "/" + UUID.randomUUID()).with(revoked.bearer()),
                    get(concerns(at) + "/" + UUID.randomUUID()).with(expired.bearer()),
                    get(concerns(at) + "/" + UUID.randomUUID()).header("Authorization", "Bearer tut_madeup"))) {
                mvc.perform(request)
                        .andExpect(status().isUnauthorized())
                        .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                        .andExpect(jsonPath("$.status").value(401));
            }
        }

        @Test
        void aDeactivatedPersonsTokenStopsWorking() throws Exception {
            var at = given.aSchoolOf(given.aTrust());
            var dsl = given.staff(at, Role.DSL);
            var token = given.tokenFor(dsl);

            people.deactivate(dsl.id());

            mvc.perform(get(concerns(at) + "/" + UUID.randomUUID()).with(token.bearer()))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void aTokenCannotOpenAnHtmlPage() throws Exception {
            var at = given.aSchoolOf(given.aTrust());
            var dsl = given.staff(at, Role.DSL);
            var token = given.tokenFor(dsl);
            var id = aSextingCaseAt(at);

            for (var page : List.of("/", "/account", "/schools/" + at.id().value() + "/concerns/" + id)) {
                mvc.perform(get(page).with(token.bearer()))
                        .andExpect(status().is3xxRedirection())
                        .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/sign-in")));
            }
        }

        @Test
        void aSignedInSessionDoesNotOpenTheApi() throws Exception {
            var at = given.aSchoolOf(given.aTrust());
            var dsl = given.staff(at, Role.DSL);

            var status = mvc.perform(get(concerns(at) + "/" + aSextingCaseAt(at)).with(given.as(dsl)))
                    .andReturn().getResponse().getStatus();

            assertThat(status).isIn(401, 403);
        }
    }

    @Nested
    class NeedToKnow {

        @Test
        void aClassTeachersTokenIsRefusedAnR1CaseAndTheRefusalIsAudited() throws Exception {
            var at = given.aSchoolOf(given.aTrust());
            var teacher = given.staff(at, Role.CLASS_STAFF);
            var id = aSextingCaseAt(at);

            mvc.perform(get(concerns(at) + "/" + id).with(given.tokenFor(teacher).bearer()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").isNotEmpty())
                    .andExpect(jsonPath("$.details").doesNotExist());

            assertThat(auditOf(id.toString(), "RECORD_VIEW_REFUSED")).containsExactly(teacher.id().value());
        }

        @Test
        void theHeadteacherReadsTheOversightSummaryOnlyAndNotTheActions() throws Exception {
            var at = given.aSchoolOf(given.aTrust());
            var head = given.staff(at, Role.HEADTEACHER);
            var token = given.tokenFor(head);
            var id = aSextingCaseAt(at);

            mvc.perform(get(concerns(at) + "/" + id).with(token.bearer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.summaryOnly").value(true))
                    .andExpect(jsonPath("$.details").value(nullValue()))
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString("passed round"))));
            mvc.perform(get(concerns(at) + "/" + id + "/actions").with(token.bearer()))
                    .andExpect(status().isForbidden());
        }

        @Test
        void theSubjectOfAnAllegationIsRefusedWhateverRolesTheyHold() throws Exception {
            var at = given.aSchoolOf(given.aTrust());
            var dsl = given.staff(at, Role.DSL, Role.HEADTEACHER);
            var reporter = given.staff(at, Role.CLASS_STAFF);
            var intake = new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.STAFF_ALLEGATION),
                    List.of(new Involved(dsl.id(), Party.Kind.STAFF, Party.Involvement.ALLEGED_PERPETRATOR, null, null)),
                    LocalDate.now(), Intake.Location.ONLINE_ONLY, Intake.Device.PERSONAL, "WhatsApp",
                    "Messages to a learner late at night.", null, false, null, false, Intake.Source.STAFF_OBSERVATION);
            var id = desk.report(new ConcernDesk.Reporter(reporter.id(), reporter.fullName(),
                    Intake.ReporterKind.STAFF), at.id(), intake).id().value();
            var token = given.tokenFor(dsl);

            mvc.perform(get(concerns(at) + "/" + id).with(token.bearer())).andExpect(status().isForbidden());
            mvc.perform(get(concerns(at) + "/" + id + "/actions").with(token.bearer())).andExpect(status().isForbidden());
            mvc.perform(put(concerns(at) + "/" + id + "/facts").with(token.bearer())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kinds\": [\"OTHER\"], \"riskAreas\": [\"CONDUCT\"], \"facts\": []}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void completingAnActionBeforeThePoliceAreConsultedIsRefusedWithTheReason() throws Exception {
        var at = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(at, Role.DSL);
        var token = given.tokenFor(dsl);
        var created = mvc.perform(post(concerns(at)).with(token.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kinds": ["SEXUAL_VIOLENCE_OR_HARASSMENT"],
                                 "involved": [{"kind": "LEARNER", "involvement": "VICTIM", "description": "a Year 6 girl"}],
                                 "description": "Messages of a sexual kind from an older pupil."}"""))
                .andExpect(status().isCreated()).andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        var facts = mvc.perform(put(concerns(at) + "/" + id + "/facts").with(token.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kinds": ["SEXUAL_VIOLENCE_OR_HARASSMENT"], "riskAreas": ["CONTACT", "CONDUCT"],
                                 "facts": ["CRIME_RECORDED"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("POLICE_BEFORE_OTHER_STEPS")))
                .andReturn();
        List<String> codes = JsonPath.read(facts.getResponse().getContentAsString(), "$[*].code");
        var waiting = codes.stream().filter(List.of("PARENTS", "SANCTIONS", "OTHER_SETTING_DSL")::contains)
                .findFirst().orElseThrow();

        mvc.perform(post(concerns(at) + "/" + id + "/actions/" + waiting + "/completion").with(token.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"DONE\", \"decision\": true, \"note\": \"Parents told by phone\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("Police consultation required first")));

        mvc.perform(post(concerns(at) + "/" + id + "/actions/POLICE_BEFORE_OTHER_STEPS/completion")
                        .with(token.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"DONE\", \"note\": \"PC 123 advised on 101\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'POLICE_BEFORE_OTHER_STEPS')].status").value(hasItem("DONE")));
    }

    UUID aSextingCaseAt(School at) {
        var teacher = given.staff(at, Role.CLASS_STAFF);
        Person learner = given.learner(at, LocalDate.now().minusYears(12), YearGroup.YEAR_6);
        var intake = new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.SEXTING),
                List.of(new Involved(learner.id(), Party.Kind.LEARNER, Party.Involvement.VICTIM, null,
                        learner.dateOfBirth())),
                LocalDate.now(), Intake.Location.OFF_SITE, Intake.Device.PERSONAL, "Snapchat",
                "A photo is being passed round Year 6.", null, false, null, false, Intake.Source.PEER_REPORT);
        return desk.report(new ConcernDesk.Reporter(teacher.id(), teacher.fullName(), Intake.ReporterKind.STAFF),
                at.id(), intake).id().value();
    }

    List<UUID> auditOf(String concern, String action) {
        return jdbc.sql("select actor_person from audit_event where record_id = ? and action = ? order by id")
                .params(concern, action).query(UUID.class).list();
    }
}
