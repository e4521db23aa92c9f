package org.tutela.concern;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tutela.TestDatabase;
import org.tutela.TutelaTest;
import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.FilterPolicies;
import org.tutela.filtering.InternetSuspension;
import org.tutela.filtering.InternetSuspensions;
import org.tutela.filtering.PolicyBundles;
import org.tutela.filtering.RecommendedPolicy;
import org.tutela.filtering.Rule;
import org.tutela.filtering.Verdict;
import org.tutela.identity.TestSchools;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.YearGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** PROC-BUL-07: a learner's school internet access suspended from a bullying case, ending by itself or lifted. */
@TutelaTest
@Import(TestSchools.class)
class InternetSuspensionIT {

    static final String REASON = "Sent Maya abusive messages on the class group chat after a warning";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    FilterPolicies policies;
    @Autowired
    InternetSuspensions suspensions;
    @Autowired
    Concerns concerns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.tutela.school.People people;
    @Autowired
    org.tutela.register.Devices devices;

    School school;
    Person dsl;
    Person teacher;
    Person technician;
    Person ben;
    Concern bullying;
    String casePath;

    @BeforeEach
    void aBullyingCaseAboutBenAtASchoolWithItsFilteringPolicyInForce() throws Exception {
        school = given.aSchoolOf(given.aTrust());
        dsl = given.staff(school, Role.DSL);
        teacher = given.staff(school, Role.CLASS_STAFF);
        technician = given.staff(school, Role.TECHNICAL_STAFF);
        var head = given.staff(school, Role.HEADTEACHER);
        var deputyHead = given.staff(school, Role.LEADERSHIP);
        policies.propose(people.viewer(head.id()).orElseThrow(), school.id(), RecommendedPolicy.groups(),
                "Starting policy", "Assessed");
        policies.approve(people.viewer(deputyHead.id()).orElseThrow(), school.id(), 1, "Agreed");
        ben = given.learner(school, "Ben", "Jones", LocalDate.now().minusYears(11), YearGroup.YEAR_6);
        var laptop = devices.add(school.id(), "Ben's laptop", org.tutela.register.Devices.Kind.LAPTOP, "10.20.5.31");
        devices.assign(school.id(), laptop, ben.id(), technician.id());
        mvc.perform(post("/schools/" + school.id() + "/concerns").with(csrf()).with(given.as(teacher))
                .param("kinds", "BULLYING").param("person", ben.id().value().toString())
                .param("involvement", "ALLEGED_PERPETRATOR").param("partyKind", "UNKNOWN")
                .param("partyDescription", "")
                .param("description", "Ben has been sending Maya abusive messages on the class group chat.")
                .param("happenedOn", LocalDate.now().toString()).param("location", "ON_SITE")
                .param("device", "SCHOOL").param("immediateRisk", "no").param("source", "PEER_REPORT"))
                .andExpect(status().isOk());
        var id = jdbc.sql("select id from concern where school_id = ? order by reported_at desc limit 1")
                .param(school.id().value()).query(UUID.class).single();
        bullying = concerns.find(new ConcernId(id)).orElseThrow();
        casePath = "/schools/" + school.id() + "/concerns/" + id;
    }

    MockHttpServletRequestBuilder suspendBen(String user) {
        return post(casePath + "/internet-suspension").with(csrf()).with(given.as(dsl))
                .param("person", "0").param("policy", "ANTI_BULLYING").param("user", user)
                .param("device", "10.20.5.31").param("length", "DAYS").param("schoolDays", "5")
                .param("reason", REASON);
    }

    Path bundle() {
        return TestDatabase.bundleDirectory().resolve(school.id() + ".json");
    }

    /** The bundle as an enforcement point loads it, with a clock the test sets. */
    FilterEngine engineAt(Instant[] now) throws Exception {
        var clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        var lists = BlockLists.builder(Categories.standard()).add("casino.example", Categories.GAMBLING).build();
        return new FilterEngine(PolicyBundles.load(bundle(), spec -> lists), clock);
    }

    @Test
    void theParentsOfThePupilsInvolvedMustBeToldInABullyingCase() {
        assertThat(bullying.actions()).anySatisfy(action -> {
            assertThat(action.code()).isEqualTo(org.tutela.procedure.ActionCode.PARENTS);
            assertThat(action.kind()).isEqualTo(org.tutela.procedure.ActionKind.MANDATORY);
        });
    }

    @Test
    void fiveSchoolDaysAreOnTheLearnersFilteringProfileAndEndByThemselves() throws Exception {
        mvc.perform(get(casePath + "/internet-suspension").with(given.as(dsl)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ben Jones (Alleged perpetrator)")));

        mvc.perform(suspendBen("bjones")).andExpect(redirectedUrl(casePath));

        var suspension = suspensions.ofCase(school.id(), bullying.id().value()).get(0);
        assertThat(suspension.learner()).isEqualTo("Ben Jones");
        assertThat(suspension.until()).isEqualTo(SchoolHours.ENGLAND_DEFAULT.afterSchoolDays(suspension.from(), 5));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(bundle())
                && Files.readString(bundle()).contains("bjones"));
        assertThat(Files.readString(bundle())).doesNotContain("Maya").doesNotContain("Ben");

        var now = new Instant[] {suspension.from().plusSeconds(60)};
        var engine = engineAt(now);
        var refused = engine.decideFor("10.99.0.1", "bjones", "www.bbc.co.uk");
        assertThat(refused.rule()).isEqualTo(Rule.SUSPENSION);
        assertThat(refused.suspendedUntil()).isEqualTo(suspension.until());
        assertThat(engine.decideFor("10.20.5.31", null, "www.bbc.co.uk").rule()).as("by the device")
                .isEqualTo(Rule.SUSPENSION);
        assertThat(engine.decideFor("10.20.5.32", "cwhite", "www.bbc.co.uk").verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(engine.decideFor("10.20.5.31", "bjones", "localhost").verdict()).as("Tutela's own pages")
                .isEqualTo(Verdict.ALLOW);
        now[0] = suspension.until();
        assertThat(engine.decideFor("10.20.5.31", "bjones", "www.bbc.co.uk").verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void theCaseShowsWhoDecidedUntilWhenAndWhyAndItsChronologyRecordsIt() throws Exception {
        mvc.perform(suspendBen("bjones"));

        mvc.perform(get(casePath).with(given.as(dsl)))
                .andExpect(content().string(containsString("School internet access")))
                .andExpect(content().string(containsString("In force")))
                .andExpect(content().string(containsString(dsl.givenName() + " " + dsl.familyName())))
                .andExpect(content().string(containsString(REASON)));
        assertThat(concerns.chronology(bullying.id())).extracting(Concerns.Entry::text)
                .anySatisfy(text -> assertThat(text).contains("School internet access suspended until")
                        .contains("(5 school days)").contains(REASON));
    }

    @Test
    void technicalStaffSeeTheLearnerAndTheEndButNeverTheCase() throws Exception {
        mvc.perform(suspendBen("bjones"));

        mvc.perform(get("/schools/" + school.id() + "/filtering").with(given.as(technician)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ben Jones")))
                .andExpect(content().string(containsString("user bjones or device 10.20.5.31")))
                .andExpect(content().string(containsString("Sanction from a case")))
                .andExpect(content().string(not(containsString("Maya"))))
                .andExpect(content().string(not(containsString(bullying.reference()))))
                .andExpect(content().string(not(containsString(bullying.id().value().toString()))));
    }

    @Test
    void aSuspensionTheFilterCouldNotRecogniseIsRefusedOnTheFormAndNothingTypedIsLost() throws Exception {
        mvc.perform(suspendBen("").param("device", "Ben's laptop"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the device as its IP address")))
                .andExpect(content().string(containsString(REASON)))
                .andExpect(content().string(containsString("Ben&#39;s laptop")));

        assertThat(suspensions.ofCase(school.id(), bullying.id().value())).isEmpty();
        assertThat(concerns.find(bullying.id()).orElseThrow().procedureRecords().sanctions()).isEmpty();
    }

    @Test
    void liftingItEarlyIsRecordedInTheCaseAndTakesItOffTheLearnersProfile() throws Exception {
        mvc.perform(suspendBen("bjones"));
        var suspension = suspensions.ofCase(school.id(), bullying.id().value()).get(0);

        mvc.perform(post(casePath + "/internet-suspensions/" + suspension.id() + "/lift").with(csrf())
                        .with(given.as(dsl)).param("reason", "Ben apologised and the group agreed a fresh start"))
                .andExpect(redirectedUrl(casePath + "#internet-suspensions"));

        InternetSuspension lifted = suspensions.ofCase(school.id(), bullying.id().value()).get(0);
        assertThat(lifted.liftedBy()).isEqualTo(dsl.id());
        assertThat(suspensions.inForce(school.id())).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.readString(bundle()).contains("bjones"));
        var engine = engineAt(new Instant[] {Instant.now()});
        assertThat(engine.decideFor("10.20.5.31", "bjones", "www.bbc.co.uk").verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(concerns.chronology(bullying.id())).extracting(Concerns.Entry::text)
                .anySatisfy(text -> assertThat(text).contains("School internet access of Ben Jones restored early")
                        .contains("Ben apologised"));
        mvc.perform(get(casePath).with(given.as(dsl)))
                .andExpect(content().string(containsString("Lifted early by " + dsl.givenName())));
    }

    @Test
    void aSchoolWithoutAFilteringPolicyInForceIsWarnedThatTheSuspensionWouldOnlyBeRecorded() throws Exception {
        var withPolicy = mvc.perform(get(casePath + "/internet-suspension").with(given.as(dsl))).andReturn()
                .getResponse().getContentAsString();
        jdbc.sql("update filter_policy_version set status = 'SUPERSEDED' where school_id = ?")
                .param(school.id().value()).update();

        var without = mvc.perform(get(casePath + "/internet-suspension").with(given.as(dsl))).andReturn()
                .getResponse().getContentAsString();

        assertThat(withPolicy).doesNotContain("id=\"not-enforced\"");
        assertThat(without).contains("id=\"not-enforced\"").contains("will only be recorded");
    }

    @Test
    void aDeviceTheRegisterDoesNotShowAsTheLearnersIsRefusedSoNobodyElseIsCutOff() throws Exception {
        var refused = mvc.perform(post(casePath + "/internet-suspension").with(csrf()).with(given.as(dsl))
                .param("person", "0").param("policy", "ANTI_BULLYING").param("user", "bjones")
                .param("device", "10.20.5.99").param("length", "DAYS").param("schoolDays", "5")
                .param("reason", REASON)).andReturn();

        assertThat(refused.getResponse().getContentAsString()).contains("The device register does not show 10.20.5.99");
        assertThat(suspensions.ofCase(school.id(), bullying.id().value())).isEmpty();
    }

    @Test
    void aSuspensionFromAChildProtectionCaseDoesNotNameTheLearnerOnTheFilteringPage() throws Exception {
        mvc.perform(post(casePath + "/facts").with(csrf()).with(given.as(dsl)).param("kinds", "BULLYING")
                .param("riskAreas", "CONDUCT").param("facts", "SIGNIFICANT_HARM"));
        mvc.perform(suspendBen("bjones"));

        var overview = mvc.perform(get("/schools/" + school.id() + "/filtering").with(given.as(technician)))
                .andReturn().getResponse().getContentAsString();

        assertThat(suspensions.inForce(school.id())).singleElement()
                .satisfies(s -> assertThat(s.restricted()).isTrue());
        assertThat(overview).contains("A learner (the case is restricted)").contains("bjones")
                .doesNotContain("Ben Jones");
    }

    @Test
    void someoneWhoMayNotWorkTheCaseCannotSuspend() throws Exception {
        mvc.perform(suspendBen("bjones").with(given.as(teacher))).andExpect(status().isForbidden());

        assertThat(suspensions.ofCase(school.id(), bullying.id().value())).isEmpty();
    }
}
