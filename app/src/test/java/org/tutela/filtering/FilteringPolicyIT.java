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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TutelaTest
@Import(TestSchools.class)
class FilteringPolicyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    FilterPolicies policies;
    @Autowired
    People people;
    @Autowired
    AuditTrail audit;

    School school;
    Person onlineSafetyLead;
    Person deputyHead;
    Person headteacher;
    String base;

    @BeforeEach
    void aSchoolWithAnOnlineSafetyLeadADeputyHeadAndAHead() {
        school = given.aSchoolOf(given.aTrust());
        onlineSafetyLead = given.staff(school, Role.ONLINE_SAFETY_LEAD, Role.CLASS_STAFF);
        deputyHead = given.staff(school, Role.LEADERSHIP, Role.DEPUTY_DSL);
        headteacher = given.staff(school, Role.HEADTEACHER);
        base = "/schools/" + school.id() + "/filtering";
    }

    /** The recommended policy as the page offers it, with gambling unblocked for Years 5 and 6 if asked. */
    MockHttpServletRequestBuilder proposal(Person by, String reason, boolean gamblingForKs2Upper) {
        return proposal(by, reason, gamblingForKs2Upper, "Looked at with the DSL; low risk for this group");
    }

    MockHttpServletRequestBuilder proposal(Person by, String reason, boolean gamblingForKs2Upper, String riskNote) {
        var request = post(base + "/proposals").with(csrf()).with(given.as(by))
                .param("reason", reason).param("riskNote", riskNote);
        var groups = RecommendedPolicy.groups();
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            request.param("groups[" + i + "].id", group.id()).param("groups[" + i + "].label", group.label())
                    .param("groups[" + i + "].youTube", group.youTube())
                    .param("groups[" + i + "].allow", String.join("\n", group.allow()))
                    .param("groups[" + i + "].deny", String.join("\n", group.deny()));
            if (group.allowListOnly()) {
                request.param("groups[" + i + "].allowListOnly", "true");
            }
            if (group.safeSearch()) {
                request.param("groups[" + i + "].safeSearch", "true");
            }
            for (var category : group.block()) {
                if (!(gamblingForKs2Upper && group.id().equals("ks2-upper") && category.equals("gambling"))) {
                    request.param("groups[" + i + "].block", category);
                }
            }
        }
        return request;
    }

    void inForce(int expected) {
        assertThat(policies.inForce(school.id())).get().extracting(PolicyVersion::version).isEqualTo(expected);
    }

    @Test
    void aChangeIsProposedWithAReasonAndARiskNoteAndIsInForceOnlyOnceSomeoneElseApprovesIt() throws Exception {
        mvc.perform(proposal(onlineSafetyLead, "Starting policy", false))
                .andExpect(redirectedUrl(base + "/versions/1"));
        assertThat(policies.inForce(school.id())).isEmpty();
        assertThat(policies.openProposal(school.id())).get().extracting(PolicyVersion::status)
                .isEqualTo(PolicyStatus.PROPOSED);

        mvc.perform(post(base + "/versions/1/approve").with(csrf()).with(given.as(deputyHead)).param("note", "Agreed"))
                .andExpect(redirectedUrl(base + "/versions/1"))
                .andExpect(flash().attribute("success", "Version 1 is approved and now in force"));

        inForce(1);
        var approved = policies.version(school.id(), 1).orElseThrow();
        assertThat(approved.proposedBy()).isEqualTo(onlineSafetyLead.id());
        assertThat(approved.decidedBy()).isEqualTo(deputyHead.id());
        assertThat(approved.decisionNote()).isEqualTo("Agreed");
        assertThat(audit.search(new AuditQuery(Set.of(school.id().value()), null, "filter_policy", null, 0, 10)))
                .extracting(AuditEntry::action).contains("FILTER_CHANGE_PROPOSED", "FILTER_CHANGE_APPROVED");
    }

    @Test
    void nobodyApprovesTheirOwnChangeNotEvenTheHeadteacher() throws Exception {
        mvc.perform(proposal(headteacher, "Head proposes", false)).andExpect(redirectedUrl(base + "/versions/1"));

        mvc.perform(post(base + "/versions/1/approve").with(csrf()).with(given.as(headteacher)))
                .andExpect(flash().attribute("problem",
                        "You proposed this change, so someone else with a leadership role must approve it"));
        assertThat(policies.inForce(school.id())).isEmpty();
        mvc.perform(get(base + "/versions/1").with(given.as(headteacher)))
                .andExpect(content().string(containsString("Withdraw this proposal")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Approve and put in force"))));
    }

    @Test
    void theOnlineSafetyLeadCannotApproveAndAClassTeacherCannotEvenSeeTheFilteringPages() throws Exception {
        var teacher = given.staff(school, Role.CLASS_STAFF);
        mvc.perform(proposal(headteacher, "Head proposes", false));

        mvc.perform(post(base + "/versions/1/approve").with(csrf()).with(given.as(onlineSafetyLead)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(given.as(teacher))).andExpect(status().isForbidden());
        mvc.perform(proposal(teacher, "Let me in", true)).andExpect(status().isForbidden());
    }

    @Test
    void aChangeWithoutARiskNoteIsRefusedAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(proposal(onlineSafetyLead, "Open gambling sites for a maths project", true, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Write the risk assessment")))
                .andExpect(content().string(containsString("Open gambling sites for a maths project")));
        assertThat(policies.history(school.id())).isEmpty();
    }

    @Test
    void aBlockedCategoryThatDoesNotExistIsRefusedWithTheReason() throws Exception {
        mvc.perform(proposal(onlineSafetyLead, "Typo", false).param("groups[0].block", "gamling"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("unknown category: gamling")));
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesThePolicyInForceAsItWas() throws Exception {
        mvc.perform(proposal(onlineSafetyLead, "Starting policy", false));
        mvc.perform(post(base + "/versions/1/approve").with(csrf()).with(given.as(headteacher)));
        mvc.perform(proposal(onlineSafetyLead, "Gambling for Year 6 maths", true))
                .andExpect(redirectedUrl(base + "/versions/2"));

        mvc.perform(post(base + "/versions/2/reject").with(csrf()).with(given.as(deputyHead)).param("note", ""))
                .andExpect(flash().attribute("problem", "Say why the change is not approved"));
        mvc.perform(post(base + "/versions/2/reject").with(csrf()).with(given.as(deputyHead))
                        .param("note", "Use the simulated betting worksheet instead"))
                .andExpect(flash().attribute("success", "Version 2 has not been approved"));

        inForce(1);
        assertThat(policies.version(school.id(), 2).orElseThrow().status()).isEqualTo(PolicyStatus.REJECTED);
        mvc.perform(post(base + "/versions/2/approve").with(csrf()).with(given.as(headteacher)))
                .andExpect(flash().attribute("problem",
                        "Version 2 is not approved: only a change waiting for approval can be decided"));
    }

    @Test
    void aSecondProposalWaitsUntilTheFirstIsDecided() throws Exception {
        mvc.perform(proposal(onlineSafetyLead, "First", false));

        mvc.perform(proposal(headteacher, "Second", true))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Another change is waiting for approval")));
    }

    @Test
    void aChangeWaitingForApprovalIsOnTheApproversHomePageButNotTheProposers() throws Exception {
        mvc.perform(proposal(headteacher, "Open gambling for Year 6 maths", true));

        mvc.perform(get("/").with(given.as(deputyHead)))
                .andExpect(content().string(containsString("Version 1 is waiting for approval: Open gambling for Year 6 maths")));
        mvc.perform(get("/").with(given.as(headteacher)))
                .andExpect(content().string(containsString("No filtering changes are waiting for approval")));
    }

    @Test
    void theVersionPageSaysWhatChangesInWords() throws Exception {
        mvc.perform(proposal(onlineSafetyLead, "Starting policy", false));
        mvc.perform(post(base + "/versions/1/approve").with(csrf()).with(given.as(headteacher)));
        mvc.perform(proposal(onlineSafetyLead, "Gambling for Year 6 maths", true));

        mvc.perform(get(base + "/versions/2").with(given.as(deputyHead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What changes from version 1")))
                .andExpect(content().string(containsString("No longer blocks Gambling")))
                .andExpect(content().string(containsString("Approve and put in force")));
    }

    @Test
    void anApprovedVersionReachesTheEnforcementPointsWithoutARestart() throws Exception {
        var lists = BlockLists.builder(Categories.standard()).add("casino.example", Categories.GAMBLING).build();
        BlockListSource source = spec -> lists;
        mvc.perform(proposal(onlineSafetyLead, "Starting policy", false));
        mvc.perform(post(base + "/versions/1/approve").with(csrf()).with(given.as(headteacher)));
        Path bundle = TestDatabase.bundleDirectory().resolve(school.id() + ".json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(bundle));
        var engine = new FilterEngine(PolicyBundles.load(bundle, source), Clock.systemUTC());
        var watcher = PolicyWatcher.manual(bundle, source, engine);
        assertThat(engine.decide(GroupId.UPPER_KS2, "casino.example").blocked()).isTrue();

        mvc.perform(proposal(onlineSafetyLead, "Gambling for Year 6 maths", true));
        mvc.perform(post(base + "/versions/2/approve").with(csrf()).with(given.as(deputyHead)));

        await().atMost(Duration.ofSeconds(10)).until(watcher::check);
        assertThat(engine.policy().version()).isEqualTo(2);
        assertThat(engine.decide(GroupId.UPPER_KS2, "casino.example").blocked()).isFalse();
        assertThat(engine.decide(GroupId.LOWER_KS2, "casino.example").blocked()).isTrue();
    }
}
