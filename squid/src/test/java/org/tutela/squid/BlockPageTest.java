package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tutela.filtering.Decision;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.Rule;
import org.tutela.filtering.Verdict;

class BlockPageTest {

    @Test
    void aSuspendedLearnerIsSentToTheBlockPageWithWhenTheirAccessComesBack() throws Exception {
        var decision = new Decision(Verdict.BLOCK, Rule.SUSPENSION, GroupId.UPPER_KS2, null, null, null, null, 4,
                Instant.parse("2026-12-02T08:00:00Z"));

        var url = BlockPage.at("https://tutela.school.example/blocked?school=hawthorn", null)
                .urlFor(RequestTarget.of("GET", "http://games.example/"), decision);

        assertThat(url).isEqualTo("https://tutela.school.example/blocked?school=hawthorn&url=http%3A%2F%2Fgames.example"
                + "%2F&group=ks2-upper&rule=suspension&v=4&until=2026-12-02T08%3A00%3A00Z");
    }
}
