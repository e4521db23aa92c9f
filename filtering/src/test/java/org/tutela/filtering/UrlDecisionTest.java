package org.tutela.filtering;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.tutela.filtering.FilterPolicyTest.HARMFUL;
import static org.tutela.filtering.FilterPolicyTest.LESSON;

/** Decisions for full URLs, as the Squid helper asks for them. */
class UrlDecisionTest {

    static final String POKER_NIGHT = "(^|[-/_.?=&])poker-night([-/_.?=&]|$)";

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING)
            .add("abuse-content.example", Categories.IWF)
            .add("google.com", Categories.SEARCH_ENGINES)
            .add("www.google.com", Categories.SEARCH_ENGINES)
            .addUrl("video.example/games/", Categories.GAMES)
            .addUrl("http://www.images.example/gallery/abuse-0001/", Categories.IWF)
            .addUrl("forum.example/thread.php?id=9&", Categories.TERRORISM)
            .addExpression(POKER_NIGHT, Categories.GAMBLING)
            .addExpression("stand-in-illegal-words", Categories.IWF)
            .build();

    final GroupPolicy eyfs = new GroupPolicy(GroupId.EYFS, "Early years", HARMFUL, true, List.of("phonics.example"),
            List.of(), true, SafeSearch.YouTube.STRICT);
    final GroupPolicy upperKs2 = new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6", blockedForLearners(), false,
            List.of(), List.of("distraction.example"), true, SafeSearch.YouTube.STRICT);
    final GroupPolicy staff = new GroupPolicy(GroupId.STAFF, "Staff", Set.of("pornography", "malware"), false,
            List.of("images.example", "forum.example", "video.example"), List.of(), false, SafeSearch.YouTube.OFF);
    final GroupPolicy guests = new GroupPolicy(GroupId.GUESTS, "Guests", Set.of(), false, List.of(), List.of(), false,
            null);

    static Set<String> blockedForLearners() {
        var blocked = new HashSet<>(HARMFUL);
        blocked.addAll(Set.of("games", "social-networking", "proxy-vpn"));
        return blocked;
    }

    FilterPolicy policy(List<TemporaryAllow> allows) {
        return FilterPolicy.compile(3, lists, List.of(eyfs, upperKs2, staff, guests), allows, GroupId.EYFS);
    }

    final FilterPolicy policy = policy(List.of());

    Decision ks2(String url) {
        return policy.decideUrl(GroupId.UPPER_KS2, url, LESSON);
    }

    @Nested
    class UrlEntries {

        @Test
        void aUrlEntryBlocksItsPathOnItsHostAndEverySubdomain() {
            var decision = ks2("http://www.video.example/games/snake");

            assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(decision.rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            assertThat(decision.category()).isEqualTo(Categories.GAMES);
            assertThat(decision.listedName()).isEqualTo("video.example/games/");
            assertThat(ks2("https://eu.cdn.video.example/Games/Snake?level=2").blocked()).isTrue();
        }

        @Test
        void otherPathsOnTheHostAndTheHostItselfAreNotBlockedByAUrlEntry() {
            assertThat(ks2("http://video.example/news/today").verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(ks2("http://video.example/games").verdict()).as("the folder, not the listed prefix")
                    .isEqualTo(Verdict.ALLOW);
            assertThat(ks2("http://video.example").verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(ks2("http://notvideo.example/games/snake").verdict()).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void anEscapedOrDoubledSlashDoesNotHideAListedPath() {
            assertThat(ks2("http://video.example//games//snake").blocked()).isTrue();
            assertThat(ks2("http://video.example/%67ames/snake").blocked()).isTrue();
        }

        @Test
        void anEntryWithAQueryMatchesThatQueryOnly() {
            var guestsDecision = policy.decideUrl(GroupId.GUESTS, "http://forum.example/thread.php?id=9&page=2",
                    LESSON);

            assertThat(guestsDecision.rule()).isEqualTo(Rule.ILLEGAL_LIST);
            assertThat(guestsDecision.listedName()).isEqualTo("forum.example/thread.php?id=9&");
            assertThat(policy.decideUrl(GroupId.GUESTS, "http://forum.example/thread.php?id=90", LESSON).blocked())
                    .isFalse();
        }
    }

    @Nested
    class Expressions {

        @Test
        void anExpressionFoundAnywhereInTheUrlBlocksItsCategoryIgnoringCase() {
            var decision = ks2("http://news.example/tonight/POKER-NIGHT/live");

            assertThat(decision.rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            assertThat(decision.category()).isEqualTo(Categories.GAMBLING);
            assertThat(decision.listedName()).isEqualTo(POKER_NIGHT);
            assertThat(ks2("http://news.example/search?q=poker-night").blocked()).isTrue();
            assertThat(ks2("http://news.example/pokernight").blocked()).isFalse();
        }

        @Test
        void aPercentEscapeDoesNotHideAWordFromAnExpression() {
            assertThat(ks2("http://news.example/poker%2Dnight/").blocked()).isTrue();
        }

        @Test
        void aGroupThatDoesNotBlockTheCategoryIsNotBlockedByItsExpressions() {
            assertThat(policy.decideUrl(GroupId.STAFF, "http://news.example/poker-night/", LESSON).blocked()).isFalse();
        }
    }

    @Nested
    class IllegalUrls {

        @Test
        void anIllegalUrlEntryBlocksEvenStaffWhoseAllowListHasTheHost() {
            var decision = policy.decideUrl(GroupId.STAFF, "https://cdn.images.example/gallery/abuse-0001/1.jpg",
                    LESSON);

            assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(decision.rule()).isEqualTo(Rule.ILLEGAL_LIST);
            assertThat(decision.category()).isEqualTo(Categories.IWF);
            assertThat(decision.listedName()).isEqualTo("images.example/gallery/abuse-0001/");
            assertThat(policy.decideUrl(GroupId.STAFF, "https://images.example/gallery/holiday/", LESSON).rule())
                    .isEqualTo(Rule.ALLOW_LIST);
        }

        @Test
        void anIllegalExpressionBlocksAGroupThatBlocksNothing() {
            var decision = policy.decideUrl(GroupId.GUESTS, "http://anywhere.example/stand-in-illegal-words/", LESSON);

            assertThat(decision.rule()).isEqualTo(Rule.ILLEGAL_LIST);
            assertThat(decision.category()).isEqualTo(Categories.IWF);
        }

        @Test
        void aTemporaryAllowOpensTheHostButNotItsIllegalUrls() {
            var allow = new TemporaryAllow(GroupId.UPPER_KS2, "images.example", "Ms Turner", "art lesson", LESSON,
                    LESSON.plus(1, ChronoUnit.HOURS));
            var withAllow = policy(List.of(allow));

            assertThat(withAllow.decideUrl(GroupId.UPPER_KS2, "http://images.example/gallery/art/", LESSON).rule())
                    .isEqualTo(Rule.TEMPORARY_ALLOW);
            assertThat(withAllow.decideUrl(GroupId.UPPER_KS2, "http://images.example/gallery/abuse-0001/x", LESSON)
                    .rule()).isEqualTo(Rule.ILLEGAL_LIST);
        }

        @Test
        void anIllegalHostIsBlockedOnEveryPath() {
            assertThat(policy.decideUrl(GroupId.GUESTS, "http://www.abuse-content.example/any/path", LESSON).rule())
                    .isEqualTo(Rule.ILLEGAL_LIST);
        }
    }

    @Nested
    class HostRules {

        @Test
        void theGroupsOwnListsApplyToUrlsAsToHosts() {
            assertThat(ks2("http://www.distraction.example/page").rule()).isEqualTo(Rule.DENY_LIST);
            assertThat(ks2("http://www.casino.example/").rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            assertThat(policy.decideUrl(GroupId.STAFF, "http://video.example/games/snake", LESSON).rule())
                    .isEqualTo(Rule.ALLOW_LIST);
        }

        @Test
        void theYoungestReachOnlyTheirApprovedSitesByUrlToo() {
            assertThat(policy.decideUrl(GroupId.EYFS, "http://www.phonics.example/sounds/a", LESSON).verdict())
                    .isEqualTo(Verdict.ALLOW);
            assertThat(policy.decideUrl(GroupId.EYFS, "http://news.example/", LESSON).rule())
                    .isEqualTo(Rule.NOT_ON_ALLOW_LIST);
        }

        @Test
        void safeSearchIsEnforcedForASearchUrl() {
            var decision = ks2("https://www.google.com/search?q=volcanoes");

            assertThat(decision.verdict()).isEqualTo(Verdict.SAFE_SEARCH);
            assertThat(decision.safeHost()).isEqualTo("forcesafesearch.google.com");
        }
    }

    @Nested
    class OddRequests {

        @Test
        void aConnectTargetOrBareHostIsDecidedOnTheHostAloneAsDecideDoes() {
            assertThat(ks2("CONNECT www.casino.example:443").rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            // An escaped dot in the host cannot slip past the lists.
            assertThat(ks2("http://www.casino%2eexample/").rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            assertThat(ks2("http://casino%2Eexample:80/").rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            assertThat(ks2("www.casino.example:443").rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            assertThat(ks2("CONNECT video.example:443").verdict()).as("no path is seen, so no URL entry applies")
                    .isEqualTo(Verdict.ALLOW);
            assertThat(ks2("CONNECT www.google.com:443")).isEqualTo(policy.decide(GroupId.UPPER_KS2, "www.google.com",
                    LESSON));
        }

        @Test
        void portsUserInformationUpperCaseAndMissingPathsAreReadAsTheHost() {
            assertThat(ks2("HTTP://USER:PASSWORD@WWW.CASINO.EXAMPLE:8080").rule()).isEqualTo(Rule.BLOCKED_CATEGORY);
            assertThat(ks2("http://school.example@casino.example/").blocked()).isTrue();
            assertThat(ks2("http://casino.example.:80?x=1").blocked()).isTrue();
            assertThat(ks2("casino.example/roulette").blocked()).isTrue();
        }

        @Test
        void anIpv6LiteralIsDecidedAsAnUnlistedHost() {
            assertThat(ks2("http://[2001:db8::1]:8080/").verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(ks2("http://[2001:db8::1]/poker-night/").blocked()).as("expressions still apply").isTrue();
        }

        @Test
        void aUrlWithNoReadableHostIsRefusedNotWavedThrough() {
            assertThat(ks2("").rule()).isEqualTo(Rule.NOT_A_HOST_NAME);
            assertThat(ks2("http:///nothing").rule()).isEqualTo(Rule.NOT_A_HOST_NAME);
            assertThat(ks2(null).verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(policy.decideUrl(GroupId.EYFS, "http:///nothing", LESSON).blocked()).isTrue();
            assertThat(ks2("/just/a/path/poker-night").blocked()).isTrue();
        }

        @Test
        void noRequestLineMakesTheDecisionThrow() {
            var random = new Random(5);
            var pieces = List.of("http://", "CONNECT ", "[", "]", ":", "443", "@", "/", "?", "#", "%", "%2", "casino",
                    ".example", "www.", " ", "\\", "é", "games/", "poker-night", "..");
            for (int i = 0; i < 20_000; i++) {
                var url = new StringBuilder();
                for (int p = random.nextInt(8); p > 0; p--) {
                    url.append(pieces.get(random.nextInt(pieces.size())));
                }
                assertThatCode(() -> assertThat(ks2(url.toString())).isNotNull()).as(url.toString())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void theEngineDecidesUrlsUnderThePolicyInForce() {
        var engine = new FilterEngine(policy, Clock.fixed(LESSON, ZoneOffset.UTC));

        var decision = engine.decideUrl(GroupId.UPPER_KS2, "http://video.example/games/snake");

        assertThat(decision.blocked()).isTrue();
        assertThat(decision.policyVersion()).isEqualTo(3);
        assertThat(decision.explain()).isEqualTo(
                "BLOCK ks2-upper: in a category blocked for this group (Games, video.example/games/), policy v3");
    }
}
