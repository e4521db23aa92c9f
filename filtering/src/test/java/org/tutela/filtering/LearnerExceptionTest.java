package org.tutela.filtering;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerExceptionTest {

    static final Instant LESSON = Instant.parse("2026-11-25T10:00:00Z");

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("symbols.example", Categories.CHAT)
            .add("casino.example", Categories.GAMBLING)
            .add("abuse-content.example", Categories.IWF)
            .add("google.com", Categories.SEARCH_ENGINES)
            .build();

    final GroupPolicy upperKs2 = new GroupPolicy(GroupId.UPPER_KS2, "Years 5 and 6", Set.of("chat", "gambling"), false,
            List.of(), List.of(), true, SafeSearch.YouTube.STRICT);
    final GroupPolicy lowerKs2 = new GroupPolicy(GroupId.LOWER_KS2, "Years 3 and 4", Set.of("chat", "gambling",
            "search-engines"), false, List.of("swiggle.example"), List.of(), true, SafeSearch.YouTube.STRICT);
    final GroupPolicy guests = new GroupPolicy(GroupId.GUESTS, "Guests", Set.of("chat", "gambling"), false, List.of(),
            List.of(), true, SafeSearch.YouTube.STRICT);

    FilterPolicy policy(LearnerException... exceptions) {
        var clients = ClientNetworks.of(java.util.Map.of("10.0.5.0/24", GroupId.UPPER_KS2), java.util.Map.of());
        return FilterPolicy.compile(3, lists, List.of(upperKs2, lowerKs2, guests), List.of(), GroupId.GUESTS, clients,
                List.of(exceptions));
    }

    static LearnerException allowFor(String user, String domain) {
        return new LearnerException(user, null, LearnerException.Kind.ALLOW, domain, null);
    }

    @Test
    void aSymbolChatSiteAllowedForOneLearnerIsAllowedForThemAndStillBlockedForTheirClass() {
        var policy = policy(allowFor("asmith", "symbols.example"));

        var forThem = policy.decideFor("10.0.5.20", "ASmith", "www.symbols.example", LESSON);
        var forClassmate = policy.decideFor("10.0.5.21", "bjones", "www.symbols.example", LESSON);

        assertThat(forThem.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(forThem.rule()).isEqualTo(Rule.LEARNER_EXCEPTION);
        assertThat(forThem.listedName()).isEqualTo("symbols.example");
        assertThat(forThem.group()).isEqualTo(GroupId.UPPER_KS2);
        assertThat(forClassmate.rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
    }

    @Test
    void anExceptionByDeviceAppliesToThatDeviceWhoeverIsSignedIn() {
        var policy = policy(new LearnerException(null, "10.0.5.20", LearnerException.Kind.DENY, "video.example", null));

        assertThat(policy.decideFor("10.0.5.20", null, "video.example", LESSON).blocked()).isTrue();
        assertThat(policy.decideFor("10.0.5.21", null, "video.example", LESSON).blocked()).isFalse();
        assertThat(policy.decideUrlFor("10.0.5.20", "-", "http://www.video.example/watch", LESSON).rule())
                .isEqualTo(Rule.LEARNER_EXCEPTION);
    }

    @Test
    void theIllegalListsStillWinOverAnAllowForOneLearnerWhichIsReportedAsIgnored() {
        var policy = policy(allowFor("asmith", "abuse-content.example"));

        var decision = policy.decideFor("10.0.5.20", "asmith", "abuse-content.example", LESSON);

        assertThat(decision.rule()).isEqualTo(Rule.ILLEGAL_LIST);
        assertThat(policy.ignoredAllows()).containsExactly("abuse-content.example for asmith: on an illegal-content list");
    }

    @Test
    void aLearnerMovedToAnotherGroupIsFilteredAsThatGroupByUserNameAndByDevice() {
        var policy = policy(new LearnerException("cwhite", null, LearnerException.Kind.GROUP, null, GroupId.LOWER_KS2),
                new LearnerException(null, "10.0.5.99", LearnerException.Kind.GROUP, null, GroupId.LOWER_KS2));

        assertThat(policy.clients().groupOf("10.0.5.20", "cwhite")).contains(GroupId.LOWER_KS2);
        assertThat(policy.clients().groupOf("10.0.5.99", null)).contains(GroupId.LOWER_KS2);
        assertThat(policy.clients().groupOf("10.0.5.20", "bjones")).contains(GroupId.UPPER_KS2);
        assertThat(policy.decideFor("10.0.5.20", "cwhite", "google.com", LESSON).rule())
                .isEqualTo(Rule.BLOCKED_CATEGORY);
    }

    @Test
    void aLearnerMovedToAGroupThePolicyDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> policy(new LearnerException("cwhite", null, LearnerException.Kind.GROUP, null,
                GroupId.STAFF))).isInstanceOf(PolicyRefused.class).hasMessageContaining("staff");
    }

    @Test
    void theMoreSpecificSiteWinsAndADenyBeatsAnAllowForTheSameSite() {
        var policy = policy(allowFor("asmith", "example.org"),
                new LearnerException("asmith", null, LearnerException.Kind.DENY, "games.example.org", null),
                new LearnerException("asmith", null, LearnerException.Kind.DENY, "example.org", null));

        assertThat(policy.decideFor(null, "asmith", "games.example.org", LESSON).blocked()).isTrue();
        assertThat(policy.decideFor(null, "asmith", "maths.example.org", LESSON).blocked()).isTrue();
    }

    @Nested
    class AnExceptionIsRefused {

        @Test
        void withoutAUserNameOrADevice() {
            assertThatThrownBy(() -> allowFor(" ", "symbols.example")).hasMessageContaining("user name");
        }

        @Test
        void whenTheDeviceIsNotAnAddress() {
            assertThatThrownBy(() -> new LearnerException(null, "laptop-7", LearnerException.Kind.ALLOW,
                    "symbols.example", null)).hasMessageContaining("IP address");
        }

        @Test
        void whenTheSiteIsNotADomainName() {
            assertThatThrownBy(() -> allowFor("asmith", "not a site")).hasMessageContaining("not a domain name");
        }
    }

    @Test
    void theBundleCarriesExceptionsToTheEnforcementPoints() {
        var bundle = new PolicyBundle(3, null, null, null, "guests", List.of(
                new PolicyBundle.Group("guests", "Guests", List.of("chat"), false, List.of(), List.of(), true, null)),
                List.of(), null, List.of(new PolicyBundle.LearnerRule("asmith", null, "ALLOW", "symbols.example", null)));

        var policy = PolicyBundles.compile(bundle, lists);

        assertThat(policy.decideFor(null, "asmith", "symbols.example", LESSON).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.decide(GroupId.GUESTS, "symbols.example", LESSON).blocked()).isTrue();
    }
}
