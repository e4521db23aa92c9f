package org.tutela.filtering;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RpzZoneTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING)
            .add("bad.learning.example", Categories.IWF)
            .add("friends.example", Categories.SOCIAL_NETWORKING)
            .add("quiz.learning.example", Categories.GAMES)
            .build();

    final GroupPolicy ks2 = new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6",
            Set.of("gambling", "social-networking", "games"), false, List.of("learning.example"),
            List.of("distraction.example"), true, SafeSearch.YouTube.STRICT);
    final GroupPolicy eyfs = new GroupPolicy(GroupId.EYFS, "Early years", Set.of("gambling"), true,
            List.of("phonics.example"), List.of(), true, SafeSearch.YouTube.STRICT);
    final TemporaryAllow lesson = new TemporaryAllow(GroupId.UPPER_KS2, "friends.example", "Ms Turner",
            "privacy lesson", NOW, NOW.plus(1, ChronoUnit.HOURS));

    List<String> zone(GroupId group, Instant at) throws Exception {
        var policy = FilterPolicy.compile(3, lists, List.of(ks2, eyfs), List.of(lesson), GroupId.EYFS);
        var out = new StringWriter();
        RpzZone.write(policy, group, "rpz.tutela", at, out);
        return out.toString().lines().toList();
    }

    @Test
    void blockedCategoriesAndTheDenyListAnswerNxdomainForTheNameAndEverythingBelowIt() throws Exception {
        assertThat(zone(GroupId.UPPER_KS2, NOW)).contains("casino.example CNAME .", "*.casino.example CNAME .",
                "distraction.example CNAME .", "*.distraction.example CNAME .");
    }

    @Test
    void anIllegalNameStaysBlockedUnderAnAllowedParentWhileOtherCategoriesThereAreAllowed() throws Exception {
        var zone = zone(GroupId.UPPER_KS2, NOW);

        assertThat(zone).contains("learning.example CNAME rpz-passthru.", "*.learning.example CNAME rpz-passthru.",
                "bad.learning.example CNAME .", "*.bad.learning.example CNAME .");
        assertThat(zone).noneMatch(line -> line.startsWith("quiz.learning.example"));
    }

    @Test
    void aTemporaryAllowPassesThroughOnlyWhileItIsInForce() throws Exception {
        assertThat(zone(GroupId.UPPER_KS2, NOW.plusSeconds(60))).contains("friends.example CNAME rpz-passthru.");
        assertThat(zone(GroupId.UPPER_KS2, NOW.plus(2, ChronoUnit.HOURS))).contains("friends.example CNAME .");
    }

    @Test
    void safeSearchIsACnameToTheSafeHost() throws Exception {
        assertThat(zone(GroupId.UPPER_KS2, NOW)).contains("www.google.com CNAME forcesafesearch.google.com.",
                "www.youtube.com CNAME restrict.youtube.com.");
    }

    @Test
    void anAllowListOnlyGroupBlocksEverythingButItsApprovedSites() throws Exception {
        var zone = zone(GroupId.EYFS, NOW);

        assertThat(zone).contains("* CNAME .", "phonics.example CNAME rpz-passthru.", "bad.learning.example CNAME .");
        assertThat(zone).noneMatch(line -> line.contains("google"));
    }

    @Test
    void theZoneCarriesItsOriginAndThePolicyVersionAsSerial() throws Exception {
        assertThat(zone(GroupId.UPPER_KS2, NOW)).contains("$ORIGIN rpz.tutela.", "$TTL 60",
                "@ SOA localhost. hostmaster.localhost. 3 3600 600 86400 60", "@ NS localhost.");
    }
}
