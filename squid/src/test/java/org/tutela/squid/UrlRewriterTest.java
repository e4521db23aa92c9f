package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.squid.Conversation.answer;
import static org.tutela.squid.Conversation.answers;
import static org.tutela.squid.Conversation.rewriter;
import static org.tutela.squid.TestSchool.LEARNER;
import static org.tutela.squid.TestSchool.STAFF_LAPTOP;
import static org.tutela.squid.TestSchool.STAFF_USER;
import static org.tutela.squid.TestSchool.VISITOR;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UrlRewriterTest {

    /** A request line as Squid 5 sends it with its default url_rewrite_extras. */
    static String request(int channel, String url, String client, String user, String method) {
        return channel + " " + url + " " + client + "/- " + user + " " + method + " myip=10.0.0.1 myport=3128";
    }

    @Test
    void everyAnswerCarriesTheChannelIdOfItsRequest() {
        var answers = answers(rewriter(),
                request(7, "http://casino.example/", LEARNER, "-", "GET"),
                request(0, "http://allowed.example/", LEARNER, "-", "GET"),
                request(13, "http://games.example/", LEARNER, "-", "GET"));

        assertThat(answers).hasSize(3);
        assertThat(answers.get(0)).startsWith("7 OK ");
        assertThat(answers.get(1)).isEqualTo("0 ERR");
        assertThat(answers.get(2)).startsWith("13 OK ");
    }

    @Test
    void aLearnerIsRedirectedFromAGamblingSiteToTheBlockPageThatSaysWhy() {
        var answer = answer(rewriter(), request(3, "http://www.casino.example/spin?bet=10&odds=\"long\"", LEARNER, "-",
                "GET"));

        assertThat(answer).isEqualTo("3 OK status=302 url=\"http://block.tutela.local/blocked"
                + "?url=http%3A%2F%2Fwww.casino.example%2Fspin%3Fbet%3D10%26odds%3D%22long%22"
                + "&category=gambling&group=ks2-upper&rule=blocked-category&v=1\""
                + " log=\"gambling,ks2-upper,blocked-category,v1\"");
    }

    @Test
    void aBlockPageWithAQueryOfItsOwnKeepsIt() {
        var answer = answer(rewriter("--block-page", "https://tutela.school.example/blocked?school=hawthorn"),
                request(0, "http://games.example/", LEARNER, "-", "GET"));

        assertThat(answer).contains("url=\"https://tutela.school.example/blocked?school=hawthorn&url=http%3A%2F%2F"
                + "games.example%2F&category=games&");
    }

    @Test
    void aLearnersGoogleSearchIsRewrittenToGooglesSafeSearchHost() {
        var answer = answer(rewriter(), request(1, "http://www.google.com/search?q=x", LEARNER, "-", "GET"));

        assertThat(answer).isEqualTo("1 OK rewrite-url=\"http://forcesafesearch.google.com/search?q=x\""
                + " log=\"-,ks2-upper,safe-search,v1\"");
    }

    @Test
    void staffAreLeftAloneOnSitesLearnersMayNotVisit() {
        assertThat(answer(rewriter(), request(2, "http://games.example/", STAFF_LAPTOP, "-", "GET")))
                .isEqualTo("2 ERR");
        assertThat(answer(rewriter(), request(2, "http://www.google.com/search?q=x", STAFF_LAPTOP, "-", "GET")))
                .isEqualTo("2 ERR");
    }

    @Test
    void theUserNameDecidesTheGroupBeforeTheAddress() {
        var onALearnersMachine = request(4, "http://games.example/", LEARNER, STAFF_USER, "GET");

        assertThat(answer(rewriter(), onALearnersMachine)).isEqualTo("4 ERR");
    }

    @Test
    void aClientNoNetworkKnowsIsAGuest() {
        assertThat(answer(rewriter(), request(5, "http://friends.example/", VISITOR, "-", "GET")))
                .contains("group=guests");
    }

    @Test
    void illegalContentIsBlockedEvenForStaff() {
        assertThat(answer(rewriter(), request(6, "http://abuse-content.example/x", STAFF_LAPTOP, STAFF_USER, "GET")))
                .contains("category=iwf&group=staff&rule=illegal-list");
    }

    @Nested
    class Tunnels {

        @Test
        void aBlockedTunnelIsSentToTheBlockServerInsteadOfTheSite() {
            var answer = answer(rewriter(), request(8, "casino.example:443", LEARNER, "-", "CONNECT"));

            assertThat(answer).isEqualTo(
                    "8 OK rewrite-url=\"block.tutela.local:443\" log=\"gambling,ks2-upper,blocked-category,v1\"");
        }

        @Test
        void anAllowedTunnelIsLeftAlone() {
            assertThat(answer(rewriter(), request(9, "casino.example:443", STAFF_LAPTOP, "-", "CONNECT")))
                    .isEqualTo("9 ERR");
        }

        @Test
        void aSearchEnginesTunnelGoesToItsSafeSearchHostAsADnsCnameWouldSendIt() {
            var answer = answer(rewriter(), request(10, "www.google.com:443", LEARNER, "-", "CONNECT"));

            assertThat(answer).startsWith("10 OK rewrite-url=\"forcesafesearch.google.com:443\"");
        }

        @Test
        void theBlockServersTunnelCanBeNamed() {
            var answer = answer(rewriter("--block-tunnel", "blocked.tutela.local:8443"),
                    request(11, "games.example:443", LEARNER, "-", "CONNECT"));

            assertThat(answer).startsWith("11 OK rewrite-url=\"blocked.tutela.local:8443\"");
        }

        @Test
        void blockedTunnelsCanBeAnsweredWithARedirectInstead() {
            var answer = answer(rewriter("--block-tunnel", "redirect"),
                    request(12, "games.example:443", LEARNER, "-", "CONNECT"));

            assertThat(answer).startsWith("12 OK status=302 url=\"http://block.tutela.local/blocked"
                    + "?url=games.example%3A443&category=games&");
        }
    }

    @Nested
    class Formats {

        @Test
        void withoutConcurrencySquidSendsNoChannelIdAndGetsNone() {
            var answers = answers(rewriter("--no-concurrency"),
                    "http://games.example/ " + LEARNER + "/- - GET myip=10.0.0.1 myport=3128",
                    "http://allowed.example/ " + LEARNER + "/- - GET myip=10.0.0.1 myport=3128");

            assertThat(answers.get(0)).startsWith("OK status=302 url=");
            assertThat(answers.get(1)).isEqualTo("ERR");
        }

        @Test
        void theExtrasCanBeConfiguredToMatchSquidConf() {
            var helper = rewriter("--format", "%un %>rm %>a");

            assertThat(answer(helper, "0 games.example:443 - CONNECT " + LEARNER))
                    .startsWith("0 OK rewrite-url=\"block.tutela.local:443\"");
            assertThat(answer(helper, "1 http://games.example/ " + STAFF_USER + " GET " + LEARNER))
                    .isEqualTo("1 ERR");
        }

        @Test
        void aRequestWithoutExtrasIsDecidedForTheFallbackGroup() {
            assertThat(answer(rewriter(), "0 http://friends.example/")).contains("group=guests");
        }
    }

    @Test
    void anExceptionForOneLearnerOpensASiteForThemAloneAndNeverAnIllegalOne() {
        var policy = org.tutela.filtering.FilterPolicy.compile(2, TestSchool.LISTS, TestSchool.groups(false),
                java.util.List.of(), org.tutela.filtering.GroupId.GUESTS, TestSchool.networks(), java.util.List.of(
                        new org.tutela.filtering.LearnerException("j.okafor", null,
                                org.tutela.filtering.LearnerException.Kind.ALLOW, "games.example", null),
                        new org.tutela.filtering.LearnerException("j.okafor", null,
                                org.tutela.filtering.LearnerException.Kind.ALLOW, "abuse-content.example", null)));
        var helper = rewriter(new org.tutela.filtering.FilterEngine(policy, java.time.Clock.systemUTC()));

        var answers = answers(helper,
                request(1, "http://games.example/", LEARNER, "j.okafor", "GET"),
                request(2, "http://games.example/", LEARNER, "-", "GET"),
                request(3, "http://abuse-content.example/", LEARNER, "j.okafor", "GET"));

        assertThat(answers.get(0)).isEqualTo("1 ERR");
        assertThat(answers.get(1)).startsWith("2 OK status=302");
        assertThat(answers.get(2)).startsWith("3 OK status=302").contains("illegal-list");
    }
}
