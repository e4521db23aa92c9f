package org.tutela.filtering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockListSamplesTest {

    @Test
    void theFirstThreeNamesOfEachCategoryAreKeptForEffectivenessChecks() {
        var lists = BlockLists.builder(Categories.standard())
                .add("one.casino.example", Categories.GAMBLING).add("not a name", Categories.GAMBLING)
                .add("two.casino.example", Categories.GAMBLING).add("Three.Casino.Example", Categories.GAMBLING)
                .add("four.casino.example", Categories.GAMBLING).add("tunnel.example", Categories.PROXY_VPN)
                .build();

        assertThat(lists.samplesOf(Categories.GAMBLING))
                .containsExactly("one.casino.example", "two.casino.example", "three.casino.example");
        assertThat(lists.samplesOf(Categories.PROXY_VPN)).containsExactly("tunnel.example");
        assertThat(lists.samplesOf(Categories.DATING)).isEmpty();
    }
}
