package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainTableTest {

    @Test
    void aListedDomainMatchesItselfAndEverySubdomainButNotItsParentOrANameThatMerelyEndsTheSame() {
        var table = DomainTable.builder();
        table.add("casino.example", 7);
        var built = table.build();

        assertThat(built.find("casino.example")).isEqualTo(7);
        assertThat(built.find("www.casino.example")).isEqualTo(7);
        assertThat(built.find("a.b.c.casino.example")).isEqualTo(7);
        assertThat(built.find("example")).isEqualTo(DomainTable.NONE);
        assertThat(built.find("bigcasino.example")).isEqualTo(DomainTable.NONE);
        assertThat(built.find("casino.example.org")).isEqualTo(DomainTable.NONE);
    }

    @Test
    void theMostSpecificListedNameWins() {
        var table = DomainTable.builder();
        table.add("example.org", 1);
        table.add("games.example.org", 2);
        var built = table.build();

        assertThat(built.find("www.example.org")).isEqualTo(1);
        assertThat(built.find("play.games.example.org")).isEqualTo(2);
    }

    @Test
    void aTrailingDotIsIgnoredAndByteRangesCanBeMatchedInPlace() {
        var table = DomainTable.builder();
        table.add("bet.example", 3);
        var built = table.build();
        var packet = "xxwww.bet.example.yy".getBytes(StandardCharsets.US_ASCII);

        assertThat(built.find("www.bet.example.")).isEqualTo(3);
        assertThat(built.find(packet, 2, 18)).isEqualTo(3);
    }

    @Test
    void addingANameTwiceMergesItsValues() {
        var table = DomainTable.builder();
        table.add("both.example", 0b01, (a, b) -> a | b);
        table.add("both.example", 0b10, (a, b) -> a | b);

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.build().find("both.example")).isEqualTo(0b11);
    }

    @Test
    void buildingLeavesTheBuilderEmptySoNamesAddedLaterAreNotInTheBuiltTable() {
        var table = DomainTable.builder();
        table.add("casino.example", 1);
        var built = table.build();

        table.add("later.example", 2);
        table.add("casino.example", 3);

        assertThat(built.size()).isEqualTo(1);
        assertThat(built.find("casino.example")).isEqualTo(1);
        assertThat(built.find("later.example")).isEqualTo(DomainTable.NONE);
        assertThat(table.build().find("casino.example")).isEqualTo(3);
    }

    @Test
    void aNameWithTheSameFingerprintAndHomeSlotAsAListedOneIsNotTakenForIt() {
        // A slot keeps 16 bits of a name's hash: look for two names of one length that share them and, in a table
        // of 16 slots, their home slot too, so that a lookup of the second lands on the first.
        var seen = new HashMap<Long, String>();
        String listed = null;
        String other = null;
        for (int i = 0; listed == null; i++) {
            var name = String.format("n%07d.test", i);
            long key = DomainTable.keyOf(name.getBytes(StandardCharsets.US_ASCII), 0, name.length());
            long stored = (long) DomainTable.slotOf(key, 16) << 32 | (DomainTable.fingerprintOf(key) & 0xffffL);
            var earlier = seen.putIfAbsent(stored, name);
            if (earlier != null) {
                listed = earlier;
                other = name;
            }
        }
        var builder = DomainTable.builder();
        builder.add(listed, 7);
        var table = builder.build();

        assertThat(table.find(listed)).isEqualTo(7);
        assertThat(table.find(other)).isEqualTo(DomainTable.NONE);
        assertThat(table.find("www." + other)).isEqualTo(DomainTable.NONE);
        assertThat(table.exact(other.getBytes(StandardCharsets.US_ASCII), 0, other.length()))
                .isEqualTo(DomainTable.NONE);

        // Both listed: each keeps its own value, the second in the next slot.
        var both = DomainTable.builder();
        both.add(listed, 1);
        both.add(other, 2);
        var two = both.build();
        assertThat(two.find(listed)).isEqualTo(1);
        assertThat(two.find(other)).isEqualTo(2);
    }

    @Test
    void aMergedValueThatNeedsAWiderPaletteIndexIsKeptAndOtherNamesKeepTheirs() {
        // The first name's value is the palette's first (one byte); after 300 other values, its merged value gets an
        // index that needs two bytes, so its entry moves to the end of the arena.
        var builder = DomainTable.builder();
        builder.add("first.example", 1, (old, added) -> old | added);
        for (int i = 0; i < 300; i++) {
            builder.add("name-" + i + ".example", 1000 + i);
        }
        builder.add("first.example", 1 << 20, (old, added) -> old | added);
        builder.add("name-7.example", 5, (old, added) -> old | added);
        var table = builder.build();

        assertThat(table.size()).isEqualTo(301);
        assertThat(table.find("www.first.example")).isEqualTo(1 | 1 << 20);
        assertThat(table.find("name-7.example")).isEqualTo(1007 | 5);
        for (int i = 0; i < 300; i++) {
            if (i != 7) {
                assertThat(table.find("name-" + i + ".example")).isEqualTo(1000 + i);
            }
        }
        var seen = new HashMap<String, Integer>();
        table.forEach(seen::put);
        assertThat(seen).hasSize(301).containsEntry("first.example", 1 | 1 << 20);
    }

    @Test
    void anEmptyTableMatchesNothing() {
        assertThat(DomainTable.empty().find("anything.example")).isEqualTo(DomainTable.NONE);
        assertThat(DomainTable.empty().find("")).isEqualTo(DomainTable.NONE);
    }

    @Test
    void agreesWithAPlainHashMapOnManyRandomNames() {
        var random = new Random(42);
        var expected = new HashMap<String, Integer>();
        var table = DomainTable.builder();
        for (int i = 0; i < 50_000; i++) {
            var name = randomName(random);
            expected.put(name, i);
            table.add(name, i);
        }
        var built = table.build();
        assertThat(built.size()).isEqualTo(expected.size());
        expected.forEach((name, value) -> assertThat(built.find(name)).isEqualTo(value));
        for (int i = 0; i < 50_000; i++) {
            var name = randomName(random);
            var want = expected.getOrDefault(name, DomainTable.NONE);
            // Ignore the rare random name whose parent happens to be listed.
            if (want != DomainTable.NONE || built.find(name) == DomainTable.NONE) {
                assertThat(built.find("www." + name) == DomainTable.NONE).isEqualTo(want == DomainTable.NONE);
            }
        }
    }

    static String randomName(Random random) {
        var labels = 2 + random.nextInt(3);
        var name = new StringBuilder();
        for (int l = 0; l < labels; l++) {
            if (l > 0) {
                name.append('.');
            }
            var length = 1 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                name.append((char) ('a' + random.nextInt(26)));
            }
        }
        return name.toString();
    }

    /** A table sized beforehand has no power-of-two size; names added past the estimate still grow it. */
    @Test
    void aTableSizedForItsListsFindsEveryNameAndStillGrows() {
        for (int expected : new int[] {0, 1, 777, 3000}) {
            var builder = DomainTable.builder();
            builder.expect(expected, expected * 12L);
            for (int i = 0; i < 3000; i++) {
                builder.add("name-" + i + ".example", i);
            }
            var table = builder.build();
            assertThat(table.size()).isEqualTo(3000);
            for (int i = 0; i < 3000; i++) {
                assertThat(table.find("www.name-" + i + ".example")).as("name %d, expected %d", i, expected)
                        .isEqualTo(i);
                assertThat(table.find("name-" + i + ".example.org")).isEqualTo(DomainTable.NONE);
            }
        }
    }
}
