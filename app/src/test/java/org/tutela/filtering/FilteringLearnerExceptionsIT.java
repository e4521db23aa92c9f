package org.tutela.filtering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tutela.TestDatabase;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.Viewer;

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

/** FILT-17: an exception for one learner is part of the policy, proposed and approved like any other change. */
@TutelaTest
@Import(TestSchools.class)
class FilteringLearnerExceptionsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    FilterPolicies policies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.tutela.school.People people;

    School school;
    Person onlineSafetyLead;
    Person deputyHead;
    String base;

    @BeforeEach
    void aSchoolWithThePolicyInForce() {
        school = given.aSchoolOf(given.aTrust());
        onlineSafetyLead = given.staff(school, Role.ONLINE_SAFETY_LEAD);
        deputyHead = given.staff(school, Role.LEADERSHIP);
        var head = given.staff(school, Role.HEADTEACHER);
        policies.propose(viewer(head), school.id(), RecommendedPolicy.groups(), "Starting policy", "Assessed");
        policies.approve(viewer(deputyHead), school.id(), 1, "Agreed");
        base = "/schools/" + school.id() + "/filtering";
    }

    Viewer viewer(Person person) {
        return people.viewer(person.id()).orElseThrow();
    }

    MockHttpServletRequestBuilder anAllowForAsha(String rationale) {
        return post(base + "/exceptions").with(csrf()).with(given.as(onlineSafetyLead))
                .param("learner", "Asha Patel, 5 Oak").param("user", "apatel").param("kind", "ALLOW")
                .param("domain", "symbols.example").param("rationale", rationale)
                .param("reviewBy", LocalDate.now().plusMonths(6).toString())
                .param("reason", "Asha communicates with symbols").param("riskNote", "A symbol site with no chat");
    }

    @Test
    void anExceptionWithoutARationaleIsRefusedAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(anAllowForAsha(" "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the rationale")))
                .andExpect(content().string(containsString("Asha Patel, 5 Oak")));
        assertThat(policies.openProposal(school.id())).isEmpty();
    }

    @Test
    void anExceptionIsInForceOnlyOnceSomeoneElseApprovesItAndReachesTheFilterWithoutTheRationale() throws Exception {
        mvc.perform(anAllowForAsha("Her EHCP names the symbol set she uses to communicate"))
                .andExpect(redirectedUrl(base + "/versions/2"));
        assertThat(policies.inForce(school.id()).orElseThrow().exceptions()).isEmpty();
        mvc.perform(get(base + "/versions/2").with(given.as(deputyHead)))
                .andExpect(content().string(containsString("New exception: Asha Patel, 5 Oak (user apatel) allows "
                        + "symbols.example")));

        mvc.perform(post(base + "/versions/2/approve").with(csrf()).with(given.as(deputyHead)));

        assertThat(policies.inForce(school.id()).orElseThrow().exceptions())
                .extracting(IndividualException::learner).containsExactly("Asha Patel, 5 Oak");
        Path bundle = TestDatabase.bundleDirectory().resolve(school.id() + ".json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(bundle)
                && Files.readString(bundle).contains("apatel"));
        assertThat(Files.readString(bundle)).doesNotContain("EHCP").doesNotContain("Asha");
        var lists = BlockLists.builder(Categories.standard()).add("symbols.example", Categories.CHAT).build();
        var engine = new FilterEngine(PolicyBundles.load(bundle, spec -> lists), Clock.systemUTC());
        assertThat(engine.decideFor("10.1.1.1", "apatel", "symbols.example").blocked()).isFalse();
        assertThat(engine.decideFor("10.1.1.2", "bjones", "symbols.example").blocked()).isTrue();
    }

    @Test
    void theFilteringPageShowsEachExceptionAndHighlightsThoseWhoseReviewIsDue() throws Exception {
        mvc.perform(anAllowForAsha("Her EHCP names the symbol set she uses to communicate"));
        mvc.perform(post(base + "/versions/2/approve").with(csrf()).with(given.as(deputyHead)));
        mvc.perform(get(base).with(given.as(deputyHead)))
                .andExpect(content().string(containsString("Her EHCP names the symbol set")))
                .andExpect(content().string(not(containsString("Review due"))));
        mvc.perform(get("/").with(given.as(onlineSafetyLead)))
                .andExpect(content().string(containsString("No filtering exceptions for individual learners are due")));

        jdbc.sql("""
                update filter_policy_version
                set learner_exceptions = jsonb_set(learner_exceptions, '{0,reviewBy}', to_jsonb(?::text))
                where school_id = ? and version = 2""")
                .params(LocalDate.now().minusDays(1).toString(), school.id().value()).update();

        mvc.perform(get(base).with(given.as(deputyHead)))
                .andExpect(content().string(containsString("1 review due")))
                .andExpect(content().string(containsString("Review due")));
        mvc.perform(get("/").with(given.as(onlineSafetyLead)))
                .andExpect(content().string(containsString("1 exception for a learner has reached the review date")));
    }

    @Test
    void anExceptionIsEndedByAnApprovedVersionWithoutIt() throws Exception {
        mvc.perform(anAllowForAsha("Her EHCP names the symbol set she uses to communicate"));
        mvc.perform(post(base + "/versions/2/approve").with(csrf()).with(given.as(deputyHead)));
        var exception = policies.inForce(school.id()).orElseThrow().exceptions().get(0);

        mvc.perform(post(base + "/exceptions/" + exception.id() + "/end").with(csrf()).with(given.as(onlineSafetyLead))
                        .param("reason", "Asha has moved to the communication app").param("riskNote", "None"))
                .andExpect(redirectedUrl(base + "/versions/3"));
        mvc.perform(post(base + "/versions/3/approve").with(csrf()).with(given.as(deputyHead)));

        assertThat(policies.inForce(school.id()).orElseThrow().exceptions()).isEmpty();
    }

    @Test
    void aChangeToTheGroupsKeepsTheExceptionsInForce() throws Exception {
        mvc.perform(anAllowForAsha("Her EHCP names the symbol set she uses to communicate"));
        mvc.perform(post(base + "/versions/2/approve").with(csrf()).with(given.as(deputyHead)));

        policies.propose(viewer(onlineSafetyLead), school.id(), RecommendedPolicy.groups(), "Tidy", "None");

        assertThat(policies.openProposal(school.id()).orElseThrow().exceptions()).hasSize(1);
    }

    @Test
    void anExceptionMovingALearnerToAGroupThePolicyDoesNotHaveIsRefused() throws Exception {
        mvc.perform(post(base + "/exceptions").with(csrf()).with(given.as(onlineSafetyLead))
                        .param("learner", "Ben Jones").param("user", "bjones").param("kind", "GROUP")
                        .param("group", "sixth-form").param("rationale", "Working at a higher level")
                        .param("reviewBy", LocalDate.now().plusMonths(3).toString())
                        .param("reason", "Extension work").param("riskNote", "Checked"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("sixth-form")));
    }
}
