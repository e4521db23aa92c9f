package org.tutela.filtering.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.filtering.BlockListFiles;
import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticListsTest {

    static final SyntheticLists.Sizes SMALL = new SyntheticLists.Sizes(10_000, 1_000, 2_000, 7);

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameListsAndAnotherSeedDoesNot() throws IOException {
        var first = SyntheticLists.write(dir.resolve("first"), SMALL);
        var again = SyntheticLists.write(dir.resolve("again"), SMALL);
        var other = SyntheticLists.write(dir.resolve("other"), new SyntheticLists.Sizes(10_000, 1_000, 2_000, 8));

        assertThat(first.requests()).hasSameBinaryContentAs(again.requests());
        assertThat(first.lists().resolve("adult/domains")).hasSameBinaryContentAs(again.lists().resolve("adult/domains"));
        assertThat(Files.readString(first.requests())).isNotEqualTo(Files.readString(other.requests()));
    }

    @Test
    void everyGeneratedNameLoadsUnderItsListsCategory() throws IOException {
        var written = SyntheticLists.write(dir, SMALL);
        var builder = BlockLists.builder(Categories.standard());

        var report = new BlockListFiles(builder).squidGuardDirectory(written.lists(), SyntheticLists.MAPPING).report();
        var lists = builder.build();

        assertThat(report.skippedLines()).isZero();
        assertThat(report.unmappedLists()).isEmpty();
        assertThat(report.namesLoaded()).isEqualTo(10_000);
        assertThat(lists.size()).isEqualTo(10_000);
        var iwf = Files.readAllLines(written.lists().resolve("iwf/domains"));
        assertThat(iwf).isNotEmpty().allSatisfy(name -> {
            assertThat(name).endsWith(".invalid");
            assertThat(lists.categoriesOf(name)).containsExactly(Categories.IWF);
        });
        assertThat(lists.categoriesOf(Files.readAllLines(written.lists().resolve("gambling/domains")).get(0)))
                .containsExactly(Categories.GAMBLING);
    }

    @Test
    void aboutHalfTheRequestsAreForListedEntries() throws IOException {
        var written = SyntheticLists.write(dir, SMALL);

        var expected = Files.readAllLines(written.expected());
        long listed = expected.stream().filter(category -> !category.equals("-")).count();

        assertThat(Files.readAllLines(written.requests())).hasSize(2_000);
        assertThat(listed).isBetween(900L, 1_100L);
    }
}
