package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.IntBinaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainDigestsTest {

    private static final IntBinaryOperator UNION = (listed, added) -> listed | added;
    private static final IntBinaryOperator REPLACE = (listed, added) -> added;

    @Test
    void aListedDomainMatchesItselfAndEverySubdomainButNotItsParentOrANameThatMerelyEndsTheSame() {
        var builder = DomainDigests.builder();
        builder.add("casino.example", 7, REPLACE);
        var digests = builder.build();

        assertThat(digests.find("casino.example")).isEqualTo(7);
        assertThat(digests.find("www.casino.example")).isEqualTo(7);
        assertThat(digests.find("a.b.c.casino.example")).isEqualTo(7);
        assertThat(digests.find("example")).isEqualTo(ListedNames.NONE);
        assertThat(digests.find("bigcasino.example")).isEqualTo(ListedNames.NONE);
        assertThat(digests.find("casino.example.org")).isEqualTo(ListedNames.NONE);
    }

    @Test
    void theMostSpecificListedNameWinsAndTheUnionTakesEveryLevel() {
        var builder = DomainDigests.builder();
        builder.add("example.org", 0b01, UNION);
        builder.add("games.example.org", 0b10, UNION);
        var digests = builder.build();
        var host = "play.games.example.org.".getBytes(StandardCharsets.US_ASCII);

        assertThat(digests.find("www.example.org")).isEqualTo(0b01);
        assertThat(digests.find(host, 0, host.length)).isEqualTo(0b10);
        assertThat(digests.union(host, 0, host.length)).isEqualTo(0b11);
        assertThat(digests.matchedName(host, 0, host.length, -1)).isEqualTo("games.example.org");
        assertThat(digests.matchedName(host, 0, host.length, 0b01)).isEqualTo("example.org");
        assertThat(digests.exact(host, 0, host.length)).isEqualTo(ListedNames.NONE);
    }

    @Test
    void addingANameTwiceMergesItsValues() {
        var builder = DomainDigests.builder();
        builder.add("both.example", 0b01, UNION);
        builder.add("both.example", 0b10, UNION);

        assertThat(builder.size()).isEqualTo(1);
        assertThat(builder.build().find("both.example")).isEqualTo(0b11);
    }

    @Test
    void moreDistinctValuesThanAByteCanIndexAreAllKept() {
        var builder = DomainDigests.builder();
        for (int i = 0; i < 1000; i++) {
            builder.add("name-" + i + ".example", i * 7, REPLACE);
        }
        builder.add("name-3.example", 5000, REPLACE);
        var digests = builder.build();

        assertThat(digests.size()).isEqualTo(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(digests.find("www.name-" + i + ".example")).isEqualTo(i == 3 ? 5000 : i * 7);
        }
    }

    @Test
    void anEmptyTableMatchesNothing() {
        assertThat(DomainDigests.empty().find("anything.example")).isEqualTo(ListedNames.NONE);
        assertThat(DomainDigests.empty().union(new byte[0], 0, 0)).isZero();
    }

    @Test
    void buildingLeavesTheBuilderEmpty() {
        var builder = DomainDigests.builder();
        builder.add("first.example", 1, REPLACE);
        var first = builder.build();
        builder.add("second.example", 2, REPLACE);
        var second = builder.build();

        assertThat(first.find("second.example")).isEqualTo(ListedNames.NONE);
        assertThat(second.find("first.example")).isEqualTo(ListedNames.NONE);
        assertThat(second.find("second.example")).isEqualTo(2);
    }

    /** The digests answer every question exactly as the table that keeps the names, here on 60,000 random names. */
    @Test
    void answersAsTheTableOfNamesDoesOnManyRandomNamesAndTheirSubdomains() {
        var random = new Random(7);
        var names = DomainTable.builder();
        var digests = DomainDigests.builder();
        names.expect(20_000, 400_000);
        digests.expect(20_000, 400_000);
        var listed = new java.util.ArrayList<String>();
        for (int i = 0; i < 60_000; i++) {
            var name = DomainTableTest.randomName(random);
            listed.add(name);
            int bit = 1 << random.nextInt(20);
            names.add(name, bit, UNION);
            digests.add(name, bit, UNION);
        }
        var table = names.build();
        var digest = digests.build();
        assertThat(digest.size()).isEqualTo(table.size());

        for (int i = 0; i < 200_000; i++) {
            // Half of them under a listed name, half random.
            var name = random.nextBoolean() ? listed.get(random.nextInt(listed.size()))
                    : DomainTableTest.randomName(random);
            // Up to seven labels (read four at once, or one after another), some with trailing dots.
            var prefix = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> "www.";
                case 2 -> "a.b.";
                default -> "x.y.z.";
            };
            var suffix = random.nextInt(10) == 0 ? (random.nextBoolean() ? "." : "..") : "";
            var host = (prefix + name + suffix).getBytes(StandardCharsets.US_ASCII);
            int anyOf = random.nextBoolean() ? -1 : 1 << random.nextInt(20);
            assertThat(digest.union(host, 0, host.length)).isEqualTo(table.union(host, 0, host.length));
            assertThat(digest.find(host, 0, host.length)).isEqualTo(table.find(host, 0, host.length));
            assertThat(digest.exact(host, 0, host.length)).isEqualTo(table.exact(host, 0, host.length));
            assertThat(digest.matchStart(host, 0, host.length, anyOf))
                    .isEqualTo(table.matchStart(host, 0, host.length, anyOf));
        }
    }

    /** Each build draws its own key, so a chance collision of digests does not come back after the next load. */
    @Test
    void eachBuildKeysItsDigestsAfresh() {
        var host = "www.example.org".getBytes(StandardCharsets.US_ASCII);
        var one = DomainDigests.builder();
        one.add("example.org", 1, REPLACE);
        var two = DomainDigests.builder();
        two.add("example.org", 1, REPLACE);

        assertThat(one.build().hashOf(host, 0, host.length)).isNotEqualTo(two.build().hashOf(host, 0, host.length));
    }

    @Test
    void aTableSizedForItsListsFindsEveryNameAndStillGrows() {
        for (int expected : new int[] {0, 1, 777, 3000}) {
            var builder = DomainDigests.builder();
            builder.expect(expected, expected * 12L);
            for (int i = 0; i < 3000; i++) {
                builder.add("name-" + i + ".example", i % 3, REPLACE);
            }
            var digests = builder.build();
            assertThat(digests.size()).isEqualTo(3000);
            for (int i = 0; i < 3000; i++) {
                assertThat(digests.find("www.name-" + i + ".example")).isEqualTo(i % 3);
                assertThat(digests.find("name-" + i + ".example.org")).isEqualTo(ListedNames.NONE);
            }
        }
    }
}
