package org.tutela.filtering;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.People;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** FILT-13: test sites of each blocked category are tried for each group, and one that gets through is a breach. */
@TutelaTest
@Import(TestSchools.class)
@RecordApplicationEvents
class FilteringChecksIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    FilterPolicies policies;
    @Autowired
    EffectivenessChecks checks;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING).add("bets.example", Categories.GAMBLING)
            .add("tunnel.example", Categories.PROXY_VPN)
            .build();

    School school;
    Viewer osl;
    Viewer head;

    @BeforeEach
    void aSchool() {
        school = given.aSchoolOf(given.aTrust());
        osl = people.viewer(given.staff(school, Role.ONLINE_SAFETY_LEAD).id()).orElseThrow();
        head = people.viewer(given.staff(school, Role.HEADTEACHER).id()).orElseThrow();
    }

    void inForce(List<PolicyBundle.Group> groups) {
        var proposed = policies.propose(osl, school.id(), groups, "Policy", "Assessed");
        policies.approve(head, school.id(), proposed.version(), "Agreed");
    }

    /** The recommended policy, with a gambling site on the Years 5 and 6 allow list by mistake. */
    static List<PolicyBundle.Group> withCasinoAllowedForYears5And6() {
        return RecommendedPolicy.groups().stream().map(group -> !group.id().equals("ks2-upper") ? group
                : new PolicyBundle.Group(group.id(), group.label(), group.block(), group.allowListOnly(),
                        List.of("casino.example"), group.deny(), group.safeSearch(), group.youTube())).toList();
    }

    long filteringBreachConcerns() {
        return jdbc.sql("select count(*) from concern where school_id = ? and reporter_name = 'Tutela filtering checks'")
                .param(school.id().value()).query(Long.class).single();
    }

    @Test
    void aCorrectPolicyPassesEveryCheckAndRaisesNoBreach() {
        inForce(RecommendedPolicy.groups());

        var results = checks.check(school.id(), lists);

        assertThat(results).isNotEmpty().allMatch(CheckResult::passed);
        assertThat(results).extracting(CheckResult::group, CheckResult::testName)
                .contains(org.assertj.core.groups.Tuple.tuple("ks2-upper", "casino.example"),
                        org.assertj.core.groups.Tuple.tuple("ks2-upper", "tunnel.example"));
        assertThat(events.stream(FilteringCheckFailed.class)).isEmpty();
    }

    @Test
    void aGamblingSiteReachableByYears5And6IsReportedAndOpensOneFilteringBreach() {
        inForce(withCasinoAllowedForYears5And6());

        var results = checks.check(school.id(), lists);

        assertThat(results).filteredOn(result -> !result.passed())
                .extracting(CheckResult::group, CheckResult::category, CheckResult::testName, CheckResult::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ks2-upper", "gambling", "casino.example",
                        "allow-list"));
        assertThat(events.stream(FilteringCheckFailed.class)).containsExactly(new FilteringCheckFailed(school.id(),
                "ks2-upper", "gambling", "casino.example", "filter engine, policy v1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> filteringBreachConcerns() == 1);

        checks.check(school.id(), lists);

        assertThat(events.stream(FilteringCheckFailed.class)).hasSize(1);
    }

    @Test
    void thePageShowsTheLastRunForEachGroupAndCategory() throws Exception {
        inForce(withCasinoAllowedForYears5And6());
        checks.check(school.id(), lists);
        var technician = given.staff(school, Role.TECHNICAL_STAFF);

        mvc.perform(get("/schools/" + school.id() + "/filtering/checks").with(given.as(technician)))
                .andExpect(content().string(containsString("Reachable")))
                .andExpect(content().string(containsString("casino.example: allow-list")))
                .andExpect(content().string(containsString("Blocked (2 tried)")));
    }

    @Test
    void aResolverThatLetsAGamblingSiteThroughIsABreachAtThatEnforcementPoint() throws Exception {
        inForce(RecommendedPolicy.groups());
        try (var resolver = new FakeTutelaResolver(java.util.Set.of("bets.example", "tunnel.example"))) {
            checks.chooseDnsResolver(osl, school.id(), resolver.address());

            var results = checks.check(school.id(), lists);

            var throughDns = results.stream().filter(result -> result.enforcementPoint().startsWith("DNS")).toList();
            // This server asks from 127.0.0.1, which no network places in a group: the guests, the fallback.
            assertThat(throughDns).extracting(CheckResult::group).containsOnly("guests");
            assertThat(throughDns).filteredOn(result -> !result.passed())
                    .extracting(CheckResult::category, CheckResult::testName, CheckResult::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("gambling", "casino.example", "answered"));
            assertThat(results).filteredOn(result -> result.enforcementPoint().equals("filter engine"))
                    .allMatch(CheckResult::passed);
            assertThat(events.stream(FilteringCheckFailed.class)).containsExactly(new FilteringCheckFailed(
                    school.id(), "guests", "gambling", "casino.example",
                    "DNS resolver " + resolver.address() + ", policy v1"));
        }
    }

    @Test
    void aSquidProxyThatLetsAGamblingSiteThroughIsABreachAtThatEnforcementPoint() throws Exception {
        inForce(RecommendedPolicy.groups());
        try (var proxy = new FakeSquidProxy(java.util.Set.of("bets.example"), java.util.Set.of("tunnel.example"),
                "http://localhost/blocked")) {
            checks.chooseProxy(osl, school.id(), proxy.address());

            var results = checks.check(school.id(), lists);

            var throughProxy = results.stream().filter(result -> result.enforcementPoint().startsWith("Squid"))
                    .toList();
            assertThat(throughProxy).extracting(CheckResult::group).containsOnly("guests");
            assertThat(throughProxy).extracting(CheckResult::testName, CheckResult::passed).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("casino.example", false),
                    org.assertj.core.groups.Tuple.tuple("bets.example", true),
                    org.assertj.core.groups.Tuple.tuple("tunnel.example", true));
            assertThat(events.stream(FilteringCheckFailed.class)).containsExactly(new FilteringCheckFailed(
                    school.id(), "guests", "gambling", "casino.example",
                    "Squid proxy " + proxy.address() + ", policy v1"));
        }
    }

    @Test
    void aRedirectToAnotherSiteIsNotTakenForTheBlockPage() throws Exception {
        inForce(RecommendedPolicy.groups());
        try (var proxy = new FakeSquidProxy(java.util.Set.of(), java.util.Set.of(), "http://localhost/blocked")) {
            var point = ProxyEnforcementPoint.at(proxy.address(), java.util.List.of("localhost"));

            assertThat(point.blocks("moved.example")).isFalse();
            assertThat(point.blocked(302, "http://localhost/blocked?url=x", null)).isTrue();
            assertThat(point.blocked(403, null, "ERR_ACCESS_DENIED 0")).isTrue();
            assertThat(point.blocked(403, null, null)).isFalse();
        }
    }

    @Test
    void aProxyAddressThatIsNotAnAddressIsRefusedAndAProxyCanBeClearedAgain() {
        assertThatThrownBy(() -> checks.chooseProxy(osl, school.id(), "squid.school.internal"))
                .isInstanceOf(PolicyChangeRefused.class).hasMessageContaining("proxy's IP address");
        checks.chooseDnsResolver(osl, school.id(), "10.20.0.53");
        checks.chooseProxy(osl, school.id(), "10.20.0.3");

        assertThat(checks.proxy(school.id())).contains("10.20.0.3");
        assertThat(checks.dnsResolver(school.id())).contains("10.20.0.53");
        checks.chooseProxy(osl, school.id(), "");
        assertThat(checks.proxy(school.id())).isEmpty();
        assertThat(checks.dnsResolver(school.id())).contains("10.20.0.53");
    }

    @Test
    void aResolverThatDoesNotAnswerIsShownButOpensNoBreach() throws Exception {
        inForce(RecommendedPolicy.groups());
        String silent;
        try (var resolver = new FakeTutelaResolver(java.util.Set.of())) {
            silent = resolver.address();
        }
        checks.chooseDnsResolver(osl, school.id(), silent);

        var results = checks.check(school.id(), lists);

        assertThat(results).filteredOn(result -> result.enforcementPoint().startsWith("DNS"))
                .extracting(CheckResult::rule).containsExactly("no-answer");
        assertThat(events.stream(FilteringCheckFailed.class)).isEmpty();
    }

    @Test
    void theSchoolChoosesItsOwnTestSitesForACategory() throws Exception {
        inForce(RecommendedPolicy.groups());
        var technician = given.staff(school, Role.TECHNICAL_STAFF);

        mvc.perform(post("/schools/" + school.id() + "/filtering/checks/names").with(csrf()).with(given.as(technician))
                        .param("category", "gambling").param("names", "bets.example\nnot a site"))
                .andExpect(flash().attribute("problem", "Not a site name: not a site"));
        mvc.perform(post("/schools/" + school.id() + "/filtering/checks/names").with(csrf()).with(given.as(technician))
                        .param("category", "gambling").param("names", "bets.example"))
                .andExpect(flash().attribute("success", "The test sites are saved"));

        var results = checks.check(school.id(), lists);

        assertThat(results).filteredOn(result -> result.category().equals("gambling"))
                .extracting(CheckResult::testName).containsOnly("bets.example");
    }
}
