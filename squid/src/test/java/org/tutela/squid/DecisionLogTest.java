package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.squid.Conversation.answers;
import static org.tutela.squid.TestSchool.LEARNER;
import static org.tutela.squid.TestSchool.STAFF_LAPTOP;
import static org.tutela.squid.TestSchool.STAFF_USER;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tutela.filtering.Categories;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.Rule;
import org.tutela.filtering.Verdict;
import org.tutela.filtering.log.DecisionEvent;
import org.tutela.filtering.log.DecisionEvent.Enforcement;
import org.tutela.filtering.log.DecisionLog;

/** Each request the helper answers is recorded once, with what Squid told it and what the policy decided. */
class DecisionLogTest {

    static final UUID HAWTHORN = UUID.fromString("6f1c2a9e-8d4b-4c1e-9a7f-3b2d1e0c9f8a");
    static final Instant LESSON = Instant.parse("2026-11-25T10:15:00Z");

    final List<DecisionEvent> recorded = new ArrayList<>();
    final DecisionLog capturing = recorded::add;

    SquidHelper rewriter() {
        var options = HelperOptions.parse("--mode", "rewrite", "--block-page", TestSchool.BLOCK_PAGE);
        return SquidHelperMain.helper(options, new EnforcedPolicy(TestSchool.engine(), HAWTHORN), capturing,
                Clock.fixed(LESSON, ZoneOffset.UTC));
    }

    @Test
    void aBlockedRequestIsRecordedWithClientGroupUrlRuleCategoryAndVersion() {
        answers(rewriter(), "0 http://games.example/play?level=2 " + LEARNER + "/- - GET myip=10.0.0.1 myport=3128");

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.occurredAt()).isEqualTo(LESSON);
            assertThat(event.schoolId()).isEqualTo(HAWTHORN);
            assertThat(event.enforcement()).isEqualTo(Enforcement.SQUID);
            assertThat(event.clientAddress().getHostAddress()).isEqualTo(LEARNER);
            assertThat(event.userName()).isNull();
            assertThat(event.group()).isEqualTo(GroupId.UPPER_KS2);
            assertThat(event.host()).isEqualTo("games.example");
            assertThat(event.url()).isEqualTo("http://games.example/play?level=2");
            assertThat(event.searchTerms()).isNull();
            assertThat(event.queryType()).isNull();
            assertThat(event.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(event.rule()).isEqualTo(Rule.BLOCKED_CATEGORY.code());
            assertThat(event.category()).isEqualTo(Categories.GAMES);
            assertThat(event.policyVersion()).isEqualTo(1);
        });
    }

    @Test
    void anAllowedRequestIsRecordedWithTheUserSquidKnows() {
        answers(rewriter(), "0 http://games.example/ " + STAFF_LAPTOP + "/- " + STAFF_USER + " GET");

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.userName()).isEqualTo(STAFF_USER);
            assertThat(event.group()).isEqualTo(GroupId.STAFF);
            assertThat(event.verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(event.rule()).isEqualTo(Rule.DEFAULT_ALLOW.code());
        });
    }

    @Test
    void aSearchSentToSafeSearchIsRecordedWithItsSearchTerms() {
        answers(rewriter(), "0 http://www.google.com/search?q=how+to+win+at+poker&hl=en " + LEARNER + "/- - GET");

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.host()).isEqualTo("www.google.com");
            assertThat(event.url()).isEqualTo("http://www.google.com/search?q=how+to+win+at+poker&hl=en");
            assertThat(event.searchTerms()).isEqualTo("how to win at poker");
            assertThat(event.verdict()).isEqualTo(Verdict.SAFE_SEARCH);
            assertThat(event.rule()).isEqualTo(Rule.SAFE_SEARCH.code());
        });
    }

    @Test
    void aTunnelIsRecordedByItsHostWithNoUrl() {
        answers(rewriter(), "0 casino.example:443 " + LEARNER + "/- - CONNECT");

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.host()).isEqualTo("casino.example");
            assertThat(event.url()).isNull();
            assertThat(event.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(event.category()).isEqualTo(Categories.GAMBLING);
        });
    }

    @Test
    void aRequestAnsweredBrokenHelperIsNotADecisionAndIsNotRecorded() {
        answers(rewriter(), "0 not-a-url " + LEARNER + "/- - GET", "1 http://games.example/ 10.10.3.8/- - GET");

        assertThat(recorded).extracting(event -> event.clientAddress().getHostAddress()).containsExactly("10.10.3.8");
    }

    @Test
    void aClientAddressThatIsNotAnIpLiteralIsLoggedAsUnknownNotLookedUp() {
        assertThat(RequestFilter.address("-")).isNull();
        assertThat(RequestFilter.address("cafe")).isNull();
        assertThat(RequestFilter.address("school.example")).isNull();
        assertThat(RequestFilter.address("2001:db8::7")).isNotNull();
    }
}
