package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.squid.Conversation.answer;
import static org.tutela.squid.Conversation.externalAcl;
import static org.tutela.squid.TestSchool.LEARNER;
import static org.tutela.squid.TestSchool.STAFF_LAPTOP;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.GroupId;

class ExternalAclTest {

    @Test
    void anAllowedRequestMatchesTheAcl() {
        assertThat(answer(externalAcl(), "0 " + LEARNER + " - GET http%3A%2F%2Fallowed.example%2F")).isEqualTo("0 OK");
    }

    @Test
    void aBlockedRequestDoesNotMatchAndSaysWhyInWordsAndForTheLog() {
        var answer = answer(externalAcl(), "3 " + LEARNER + " - GET http%3A%2F%2Fwww.casino.example%2Fspin");

        assertThat(answer).isEqualTo("3 ERR message=\"BLOCK ks2-upper: in a category blocked for this group"
                + " (Gambling, casino.example), policy v1\" log=\"gambling,ks2-upper,blocked-category,v1\"");
    }

    @Test
    void theFieldsAreUrlDecodedAndADashMeansNoUser() {
        assertThat(answer(externalAcl(), "1 " + STAFF_LAPTOP + " - GET http%3A%2F%2Fgames.example%2Fa%20b"))
                .isEqualTo("1 OK");
        assertThat(answer(externalAcl(), "2 " + LEARNER + " mrs%2Ehughes GET http%3A%2F%2Fgames.example%2F"))
                .isEqualTo("2 OK");
    }

    @Test
    void aUserNameWithASpaceArrivesEscapedAndStillDecidesTheGroup() {
        var networks = ClientNetworks.of(Map.of(), Map.of("mrs hughes", GroupId.STAFF));
        var engine = new org.tutela.filtering.FilterEngine(TestSchool.version(1, false, networks),
                java.time.Clock.systemUTC());
        var helper = SquidHelperMain.helper(HelperOptions.parse("--mode", "acl"), new EnforcedPolicy(engine));

        assertThat(answer(helper, "0 " + LEARNER + " Mrs%20Hughes GET http%3A%2F%2Fgames.example%2F"))
                .isEqualTo("0 OK");
    }

    @Test
    void aTunnelIsDecidedOnItsHost() {
        assertThat(answer(externalAcl(), "4 " + LEARNER + " - CONNECT games.example%3A443"))
                .startsWith("4 ERR message=\"BLOCK ks2-upper: in a category blocked for this group (Games");
        assertThat(answer(externalAcl(), "5 " + STAFF_LAPTOP + " - CONNECT games.example:443")).isEqualTo("5 OK");
    }

    @Test
    void safeSearchCannotBeEnforcedByAnAclSoTheSearchIsAllowed() {
        assertThat(answer(externalAcl(), "6 " + LEARNER + " - GET http%3A%2F%2Fwww.google.com%2Fsearch%3Fq%3Dx"))
                .isEqualTo("6 OK");
    }

    @Test
    void theFormatCanPutTheFieldsInAnotherOrder() {
        var helper = externalAcl("--format", "%URI %>rm %SRC");

        assertThat(answer(helper, "0 http%3A%2F%2Fgames.example%2F GET " + LEARNER)).startsWith("0 ERR");
        assertThat(answer(helper, "1 http%3A%2F%2Fgames.example%2F GET " + STAFF_LAPTOP)).isEqualTo("1 OK");
    }

    @Test
    void theDataFieldSquidAppendsIsIgnored() {
        assertThat(answer(externalAcl(), "0 " + STAFF_LAPTOP + " - GET http%3A%2F%2Fgames.example%2F -"))
                .isEqualTo("0 OK");
    }
}
