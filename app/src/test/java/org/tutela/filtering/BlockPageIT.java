package org.tutela.filtering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tutela.TestDatabase;
import org.tutela.TutelaTest;
import org.tutela.audit.AuditEntry;
import org.tutela.audit.AuditQuery;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.TestSchools;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TutelaTest
@Import(TestSchools.class)
class BlockPageIT {

    static int addresses;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    FilterPolicies policies;
    @Autowired
    BlockPageRequests requests;
    @Autowired
    People people;
    @Autowired
    AuditTrail audit;

    School school;
    Person onlineSafetyLead;
    Person dsl;
    String address;

    @BeforeEach
    void aSchoolWithThePolicyInForce() {
        school = given.aSchoolOf(given.aTrust());
        onlineSafetyLead = given.staff(school, Role.ONLINE_SAFETY_LEAD);
        dsl = given.staff(school, Role.DSL);
        var head = given.staff(school, Role.HEADTEACHER);
        policies.propose(people.viewer(onlineSafetyLead.id()).orElseThrow(), school.id(), RecommendedPolicy.groups(),
                "starting policy", "assessed");
        policies.approve(people.viewer(head.id()).orElseThrow(), school.id(), 1, "agreed");
        address = "198.19.0." + (++addresses);
    }

    MockHttpServletRequestBuilder send(String kind, String message) {
        return post("/blocked/" + kind).with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("url", "http://maths-odds.example/play?level=3").param("category", "gambling")
                .param("group", "ks2-upper").param("v", "1").param("school", school.id().value().toString())
                .param("message", message);
    }

    @Test
    void aChildSeesWhyTheSiteIsBlockedInPlainWordsAndTwoWaysToAct() throws Exception {
        mvc.perform(get("/blocked").param("url", "http://casino.example/").param("category", "gambling")
                        .param("group", "ks2-upper").param("v", "1").param("school", school.id().value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This website is blocked")))
                .andExpect(content().string(containsString("Gambling")))
                .andExpect(content().string(containsString("You have not done anything wrong")))
                .andExpect(content().string(containsString("Tell a trusted adult")))
                .andExpect(content().string(containsString("Ask for it to be unblocked")))
                .andExpect(content().string(containsString("ceop.police.uk")));
    }

    @Test
    void withoutItsSchoolThePageStillExplainsAndSaysToTellATeacher() throws Exception {
        mvc.perform(get("/blocked").param("url", "http://casino.example/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tell a teacher")))
                .andExpect(content().string(not(containsString("Ask for it to be unblocked"))));
    }

    @Test
    void anUnblockRequestNeedsAReasonAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(send("unblock", "").param("name", "Year 5 Oak"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say why you need this website")))
                .andExpect(content().string(containsString("Year 5 Oak")));
        assertThat(requests.countOpen(school.id(), BlockPageRequest.Kind.UNBLOCK)).isZero();
    }

    @Test
    void anUnblockRequestReachesTheOnlineSafetyLeadWhoAllowsItForAGroupAndTheEnforcementPointsPickItUp()
            throws Exception {
        mvc.perform(send("unblock", "We are learning about probability in maths")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your request has been sent")));
        mvc.perform(get("/").with(given.as(onlineSafetyLead)))
                .andExpect(content().string(containsString("1 request to decide")));
        var request = requests.open(school.id(), BlockPageRequest.Kind.UNBLOCK).get(0);
        assertThat(request.host()).isEqualTo("maths-odds.example");
        var page = "/schools/" + school.id() + "/filtering/requests/" + request.id();
        mvc.perform(get(page).with(given.as(onlineSafetyLead)))
                .andExpect(content().string(containsString("We are learning about probability in maths")));

        mvc.perform(post(page + "/allow").with(csrf()).with(given.as(onlineSafetyLead)).param("group", "ks2-upper")
                        .param("hours", "2").param("reason", "Computing lesson, supervised"))
                .andExpect(flash().attribute("success", "The website is allowed for ks2-upper for 2 hours"));

        Path bundle = TestDatabase.bundleDirectory().resolve(school.id() + ".json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(bundle)
                && PolicyBundles.read(bundle).temporaryAllows().size() == 1);
        var lists = BlockLists.builder(Categories.standard()).add("maths-odds.example", Categories.GAMBLING).build();
        var engine = new FilterEngine(PolicyBundles.load(bundle, spec -> lists), Clock.systemUTC());
        assertThat(engine.decide(GroupId.UPPER_KS2, "maths-odds.example").rule()).isEqualTo(Rule.TEMPORARY_ALLOW);
        assertThat(engine.decide(GroupId.LOWER_KS2, "maths-odds.example").blocked()).isTrue();
        assertThat(requests.find(school.id(), request.id()).orElseThrow().status())
                .isEqualTo(BlockPageRequest.Status.ALLOWED);
    }

    @Test
    void keepingASiteBlockedNeedsAReason() throws Exception {
        mvc.perform(send("unblock", "I want to play"));
        var request = requests.open(school.id(), BlockPageRequest.Kind.UNBLOCK).get(0);
        var page = "/schools/" + school.id() + "/filtering/requests/" + request.id();

        mvc.perform(post(page + "/keep-blocked").with(csrf()).with(given.as(onlineSafetyLead)))
                .andExpect(flash().attribute("problem", "Say why the website stays blocked, so the person who asked knows"));
        mvc.perform(post(page + "/keep-blocked").with(csrf()).with(given.as(onlineSafetyLead))
                        .param("reason", "Not needed for learning"))
                .andExpect(flash().attribute("success", "The website stays blocked"));
        mvc.perform(post(page + "/allow").with(csrf()).with(given.as(onlineSafetyLead)).param("group", "ks2-upper")
                        .param("hours", "2").param("reason", "changed my mind"))
                .andExpect(flash().attribute("problem", "This request was already decided: Kept blocked"));
    }

    @Test
    void aChildsWorryBecomesAConcernForTheDslAndTheOnlineSafetyLeadAndReadingItIsAudited() throws Exception {
        mvc.perform(send("concern", "Someone in a game asked for my address")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you for telling us")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            mvc.perform(get("/").with(given.as(dsl))).andExpect(content().string(containsString("waiting for you")));
            mvc.perform(get("/schools/" + school.id() + "/concerns").with(given.as(onlineSafetyLead)))
                    .andExpect(content().string(containsString("Filtering breach")));
        });
        var worry = requests.open(school.id(), BlockPageRequest.Kind.CONCERN).get(0);
        var page = "/schools/" + school.id() + "/filtering/requests/" + worry.id();

        mvc.perform(get(page).with(given.as(onlineSafetyLead))).andExpect(status().isForbidden());
        mvc.perform(get("/schools/" + school.id() + "/filtering/requests").with(given.as(onlineSafetyLead)))
                .andExpect(content().string(not(containsString("Worries children sent"))));
        mvc.perform(get(page).with(given.as(dsl)))
                .andExpect(content().string(containsString("Someone in a game asked for my address")));
        mvc.perform(post(page + "/seen").with(csrf()).with(given.as(dsl)).param("note", "Spoke to the child"))
                .andExpect(flash().attribute("success", "Marked as seen"));

        assertThat(audit.search(new AuditQuery(Set.of(school.id().value()), dsl.id().value(), null, null, 0, 20)))
                .extracting(AuditEntry::action).contains("RECORD_VIEWED", "BLOCK_PAGE_CONCERN_SEEN");
    }

    @Test
    void theBlockPageSlowsDownSomeoneSendingAgainAndAgain() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(send("concern", "message " + i)).andExpect(status().isOk());
        }
        mvc.perform(send("concern", "one more")).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Wait a few minutes")));
    }

    @Test
    void aLearnerWhoseAccessIsSuspendedIsToldUntilWhenAndCanStillTellATrustedAdultButNotAskToUnblock()
            throws Exception {
        mvc.perform(get("/blocked").param("url", "http://games.example/").param("group", "ks2-upper")
                        .param("rule", "suspension").param("until", "2026-12-02T08:00:00Z").param("v", "1")
                        .param("school", school.id().value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your school internet is switched off for now")))
                .andExpect(content().string(containsString("Wednesday 2 December at 8:00am")))
                .andExpect(content().string(containsString("Tell a trusted adult")))
                .andExpect(content().string(containsString("name=\"rule\" value=\"suspension\"")))
                .andExpect(content().string(not(containsString("Ask for it to be unblocked"))))
                .andExpect(content().string(not(containsString("You have not done anything wrong"))));
    }
}
