package org.tutela.filtering.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.filtering.BlockListFiles;
import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;
import org.tutela.filtering.Category;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.GroupPolicy;
import org.tutela.filtering.Rule;
import org.tutela.filtering.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticListsTest {

    static final Instant LESSON = Instant.parse("2026-11-25T10:00:00Z");
    static final SyntheticLists.Sizes SMALL = new SyntheticLists.Sizes(10_000, 1_000, 2_000, 7);

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameListsAndAnotherSeedDoesNot() throws IOException {
        var first = SyntheticLists.write(dir.resolve("first"), SMALL);
        var again = SyntheticLists.write(dir.resolve("again"), SMALL);
        var other = SyntheticLists.write(dir.resolve("other"), new SyntheticLists.Sizes(10_000, 1_000, 2_000, 8));

        assertThat(first.requests()).hasSameBinaryContentAs(again.requests());
        assertThat(first.lists().resolve("adult/domains"))
                .hasSameBinaryContentAs(again.lists().resolve("adult/domains"));
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
    void everyListedRequestIsBlockedUnderItsCategoryAndEveryUnlistedOneAllowed() throws IOException {
        var written = SyntheticLists.write(dir, SMALL);
        var builder = BlockLists.builder(Categories.standard());
        new BlockListFiles(builder).squidGuardDirectory(written.lists(), SyntheticLists.MAPPING);
        var policy = FilterPolicy.compile(1, builder.build(), List.of(blockingEveryListedCategory()), List.of(),
                GroupId.UPPER_KS2);

        var requests = Files.readAllLines(written.requests());
        var expected = Files.readAllLines(written.expected());
        int listed = 0;
        for (int i = 0; i < requests.size(); i++) {
            var decision = policy.decideUrl(GroupId.UPPER_KS2, requests.get(i), LESSON);
            var line = "line " + (i + 1) + ": " + requests.get(i);
            if (expected.get(i).equals("-")) {
                assertThat(decision.rule()).as(line).isEqualTo(Rule.DEFAULT_ALLOW);
            } else {
                listed++;
                assertThat(decision.verdict()).as(line).isEqualTo(Verdict.BLOCK);
                assertThat(decision.category().id()).as(line).isEqualTo(expected.get(i));
                assertThat(decision.rule()).as(line)
                        .isEqualTo(decision.category().illegal() ? Rule.ILLEGAL_LIST : Rule.BLOCKED_CATEGORY);
            }
        }
        assertThat(listed).isGreaterThan(900);
    }

    /** Every harmful category, and the managed ones the generated lists use. */
    static GroupPolicy blockingEveryListedCategory() {
        var blocked = SyntheticLists.MAPPING.values().stream().filter(category -> !category.illegal())
                .map(Category::id).collect(Collectors.toSet());
        Categories.standard().all().stream().filter(category -> category.kind() == Category.Kind.HARMFUL)
                .forEach(category -> blocked.add(category.id()));
        return new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6", blocked, false, List.of(), List.of(), false, null);
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
