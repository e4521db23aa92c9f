package org.tutela.filtering;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterPolicyTest {

    static final Instant LESSON = Instant.parse("2026-11-25T10:00:00Z");
    static final Set<String> HARMFUL = Set.of("discrimination", "drugs", "extremism", "gambling", "malware",
            "pornography", "piracy", "self-harm", "violence");

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING)
            .add("abuse-content.example", Categories.IWF)
            .add("unlawful-terror.example", Categories.TERRORISM)
            .add("friends.example", Categories.SOCIAL_NETWORKING)
            .add("google.com", Categories.SEARCH_ENGINES)
            .add("www.google.com", Categories.SEARCH_ENGINES)
            .add("tunnel.example", Categories.PROXY_VPN)
            .add("dns.resolver.example", Categories.DNS_OVER_HTTPS)
            .build();

    static GroupPolicy learners(GroupId id, Set<String> alsoBlocked, List<String> allow) {
        var blocked = new java.util.HashSet<>(HARMFUL);
        blocked.addAll(alsoBlocked);
        blocked.addAll(Set.of("social-networking", "proxy-vpn", "doh", "dating", "chat"));
        return new GroupPolicy(id, id.value(), blocked, false, allow, List.of(), true, SafeSearch.YouTube.STRICT);
    }

    final GroupPolicy eyfs = new GroupPolicy(GroupId.EYFS, "Early years", HARMFUL, true,
            List.of("cbeebies.example", "phonics.example"), List.of(), true, SafeSearch.YouTube.STRICT);
    final GroupPolicy lowerKs2 = learners(GroupId.LOWER_KS2, Set.of("search-engines"), List.of("swiggle.example"));
    final GroupPolicy upperKs2 = learners(GroupId.UPPER_KS2, Set.of(), List.of());
    final GroupPolicy staff = new GroupPolicy(GroupId.STAFF, "Staff", Set.of("pornography", "malware"), false,
            List.of("abuse-reporting.example"), List.of("distraction.example"), false, SafeSearch.YouTube.OFF);

    FilterPolicy policy(List<TemporaryAllow> allows) {
        return FilterPolicy.compile(7, lists, List.of(eyfs, lowerKs2, upperKs2, staff), allows, GroupId.EYFS);
    }

    FilterPolicy policy() {
        return policy(List.of());
    }

    @Test
    void aKs2DeviceIsRefusedAGamblingSiteAndAStaffDeviceIsNot() {
        var ks2 = policy().decide(GroupId.UPPER_KS2, "www.casino.example", LESSON);
        var staffDecision = policy().decide(GroupId.STAFF, "www.casino.example", LESSON);

        assertThat(ks2.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(ks2.rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
        assertThat(ks2.category()).isEqualTo(Categories.GAMBLING);
        assertThat(ks2.listedName()).isEqualTo("casino.example");
        assertThat(staffDecision.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Nested
    class IllegalLists {

        @Test
        void anIllegalListNameIsRefusedForEveryGroup() {
            for (var group : List.of(GroupId.EYFS, GroupId.LOWER_KS2, GroupId.UPPER_KS2, GroupId.STAFF)) {
                var decision = policy().decide(group, "images.abuse-content.example", LESSON);
                assertThat(decision.verdict()).as(group.value()).isEqualTo(Verdict.BLOCK);
                assertThat(decision.rule()).isEqualTo(Rule.ILLEGAL_LIST);
                assertThat(decision.category()).isEqualTo(Categories.IWF);
            }
            assertThat(policy().decide(GroupId.STAFF, "unlawful-terror.example", LESSON).category())
                    .isEqualTo(Categories.TERRORISM);
        }

        @Test
        void noAllowListCanAllowAnIllegalName() {
            var permissive = new GroupPolicy(GroupId.STAFF, "Staff", Set.of(), false,
                    List.of("abuse-content.example"), List.of(), false, null);

            assertThatThrownBy(() -> FilterPolicy.compile(8, lists, List.of(permissive), List.of(), GroupId.STAFF))
                    .isInstanceOf(PolicyRefused.class)
                    .hasMessageContaining("illegal-content list");
        }

        @Test
        void aTemporaryAllowOfAnIllegalNameIsLeftOutAndReportedWhileTheRestOfThePolicyTakesEffect() {
            var illegal = new TemporaryAllow(GroupId.STAFF, "www.abuse-content.example", "Someone", "research",
                    LESSON, LESSON.plus(1, ChronoUnit.HOURS));
            var fine = new TemporaryAllow(GroupId.UPPER_KS2, "friends.example", "Ms Turner", "lesson", LESSON,
                    LESSON.plus(1, ChronoUnit.HOURS));

            var compiled = policy(List.of(illegal, fine));

            assertThat(compiled.ignoredAllows()).singleElement().asString().contains("illegal-content list");
            assertThat(compiled.decide(GroupId.STAFF, "www.abuse-content.example", LESSON).blocked()).isTrue();
            assertThat(compiled.decide(GroupId.UPPER_KS2, "friends.example", LESSON).blocked()).isFalse();
        }

        @Test
        void aTemporaryAllowForAGroupThatIsGoneIsLeftOutAndReported() {
            var orphan = new TemporaryAllow(new GroupId("year-6-2025"), "friends.example", "Ms Turner", "old lesson",
                    LESSON, LESSON.plus(1, ChronoUnit.HOURS));

            assertThat(policy(List.of(orphan)).ignoredAllows()).singleElement().asString()
                    .contains("the group has no policy");
        }

        @Test
        void evenAGroupThatBlocksNothingBlocksTheIllegalLists() {
            var open = new GroupPolicy(GroupId.GUESTS, "Guests", Set.of(), false, List.of(), List.of(), false, null);
            var compiled = FilterPolicy.compile(1, lists, List.of(open), List.of(), GroupId.GUESTS);

            assertThat(compiled.decide(GroupId.GUESTS, "abuse-content.example", LESSON).blocked()).isTrue();
            assertThat(compiled.decide(GroupId.GUESTS, "casino.example", LESSON).blocked()).isFalse();
        }
    }

    @Nested
    class Ages {

        @Test
        void theYoungestReachOnlyTheirApprovedSites() {
            assertThat(policy().decide(GroupId.EYFS, "www.phonics.example", LESSON).verdict()).isEqualTo(Verdict.ALLOW);
            var elsewhere = policy().decide(GroupId.EYFS, "news.example", LESSON);
            assertThat(elsewhere.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(elsewhere.rule()).isEqualTo(Rule.NOT_ON_ALLOW_LIST);
            assertThat(policy().decide(GroupId.EYFS, "www.google.com", LESSON).blocked()).isTrue();
        }

        @Test
        void lowerKs2GetsTheChildSearchEngineAndOtherSearchEnginesAreBlocked() {
            assertThat(policy().decide(GroupId.LOWER_KS2, "www.swiggle.example", LESSON).verdict())
                    .isEqualTo(Verdict.ALLOW);
            var google = policy().decide(GroupId.LOWER_KS2, "www.google.com", LESSON);
            assertThat(google.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(google.category()).isEqualTo(Categories.SEARCH_ENGINES);
        }

        @Test
        void upperKs2ReachesGoogleOnlyThroughForcedSafeSearch() {
            var google = policy().decide(GroupId.UPPER_KS2, "WWW.Google.com.", LESSON);
            assertThat(google.verdict()).isEqualTo(Verdict.SAFE_SEARCH);
            assertThat(google.safeHost()).isEqualTo("forcesafesearch.google.com");
            assertThat(policy().decide(GroupId.UPPER_KS2, "www.youtube.com", LESSON).safeHost())
                    .isEqualTo("restrict.youtube.com");
            assertThat(policy().decide(GroupId.UPPER_KS2, "www.bing.com", LESSON).safeHost())
                    .isEqualTo("strict.bing.com");
            assertThat(policy().decide(GroupId.UPPER_KS2, "duckduckgo.com", LESSON).safeHost())
                    .isEqualTo("safe.duckduckgo.com");
        }

        @Test
        void safeSearchRewritesOnlyTheSearchHostItselfNotOtherServicesBelowIt() {
            assertThat(policy().decide(GroupId.UPPER_KS2, "mail.google.com", LESSON).verdict())
                    .isEqualTo(Verdict.ALLOW);
        }

        @Test
        void staffSearchWithoutRewriting() {
            assertThat(policy().decide(GroupId.STAFF, "www.google.com", LESSON).verdict()).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void learnersCannotReachSocialNetworksVpnsOrEncryptedDnsResolvers() {
            for (var host : List.of("friends.example", "www.tunnel.example", "dns.resolver.example")) {
                assertThat(policy().decide(GroupId.UPPER_KS2, host, LESSON).blocked()).as(host).isTrue();
            }
        }
    }

    @Nested
    class ListsAndAllows {

        @Test
        void theDenyListBlocksWhatNoCategoryDoes() {
            var decision = policy().decide(GroupId.STAFF, "www.distraction.example", LESSON);
            assertThat(decision.rule()).isEqualTo(Rule.DENY_LIST);
            assertThat(decision.listedName()).isEqualTo("distraction.example");
        }

        @Test
        void aTeachersTemporaryAllowOpensASiteForTheLessonOnly() {
            var allow = new TemporaryAllow(GroupId.UPPER_KS2, "friends.example", "Ms Turner",
                    "Year 6 lesson on privacy settings", LESSON, LESSON.plus(1, ChronoUnit.HOURS));
            var withAllow = policy(List.of(allow));

            var during = withAllow.decide(GroupId.UPPER_KS2, "www.friends.example", LESSON.plusSeconds(600));
            assertThat(during.verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(during.rule()).isEqualTo(Rule.TEMPORARY_ALLOW);
            assertThat(during.temporaryAllow()).isEqualTo(allow);
            assertThat(withAllow.decide(GroupId.UPPER_KS2, "friends.example", LESSON.plus(2, ChronoUnit.HOURS))
                    .blocked()).isTrue();
            assertThat(withAllow.decide(GroupId.LOWER_KS2, "friends.example", LESSON.plusSeconds(600)).blocked())
                    .as("another group").isTrue();
        }

        @Test
        void aClientInNoKnownGroupGetsTheFallbackGroup() {
            var decision = policy().decide(new GroupId("unknown"), "news.example", LESSON);
            assertThat(decision.group()).isEqualTo(GroupId.EYFS);
            assertThat(decision.blocked()).isTrue();
            assertThat(policy().decide(null, "news.example", LESSON).group()).isEqualTo(GroupId.EYFS);
        }

        @Test
        void aGroupThatBlocksAnUnknownCategoryIsRefusedWithTheReason() {
            var wrong = new GroupPolicy(GroupId.STAFF, "Staff", Set.of("gamling"), false, List.of(), List.of(), false,
                    null);
            assertThatThrownBy(() -> FilterPolicy.compile(1, lists, List.of(wrong), List.of(), GroupId.STAFF))
                    .hasMessageContaining("unknown category: gamling");
        }
    }

    @Test
    void aNameThatIsNotAHostNameIsRefusedNotWavedThrough() {
        var decision = policy().decide(GroupId.STAFF, "b\u00fccher..example", LESSON);

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(decision.rule()).isEqualTo(Rule.NOT_A_HOST_NAME);
        assertThat(policy().decide(GroupId.STAFF, "", LESSON).blocked()).isTrue();
        assertThat(Rule.BLOCKED_CATEGORY.code()).isEqualTo("blocked-category");
    }

    @Test
    void everyDecisionExplainsItself() {
        var decision = policy().decide(GroupId.UPPER_KS2, "www.casino.example", LESSON);

        assertThat(decision.policyVersion()).isEqualTo(7);
        assertThat(decision.group()).isEqualTo(GroupId.UPPER_KS2);
        assertThat(decision.explain()).isEqualTo(
                "BLOCK ks2-upper: in a category blocked for this group (Gambling, casino.example), policy v7");
    }

    @Test
    void aBlockNamesTheEntryOfTheCategoryThatBlockedNotAMoreSpecificEntryOfAnother() {
        var nested = BlockLists.builder(Categories.standard())
                .add("casino.example", Categories.GAMBLING)
                .add("live.casino.example", Categories.STREAMING)
                .build();
        var compiled = FilterPolicy.compile(1, nested, List.of(upperKs2), List.of(), GroupId.UPPER_KS2);

        var decision = compiled.decide(GroupId.UPPER_KS2, "www.live.casino.example", LESSON);

        assertThat(decision.category()).isEqualTo(Categories.GAMBLING);
        assertThat(decision.listedName()).isEqualTo("casino.example");
    }

    @Test
    void theEngineSwapsToANewerVersionAndRefusesAnOlderOne() {
        var engine = new FilterEngine(policy(), Clock.fixed(LESSON, ZoneOffset.UTC));
        var opened = new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6", Set.of(), false, List.of(), List.of(), false, null);
        var next = FilterPolicy.compile(8, lists, List.of(eyfs, opened), List.of(), GroupId.EYFS);

        assertThat(engine.decide(GroupId.UPPER_KS2, "casino.example").blocked()).isTrue();
        engine.activate(next);
        assertThat(engine.decide(GroupId.UPPER_KS2, "casino.example").blocked()).isFalse();
        assertThat(engine.decide(GroupId.UPPER_KS2, "casino.example").policyVersion()).isEqualTo(8);
        assertThatThrownBy(() -> engine.activate(policy())).isInstanceOf(PolicyRefused.class);
    }
}
