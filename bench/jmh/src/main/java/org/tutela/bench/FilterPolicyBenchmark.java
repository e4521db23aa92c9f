package org.tutela.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tutela.filtering.BlockListFiles;
import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;
import org.tutela.filtering.Category;
import org.tutela.filtering.Decision;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.GroupPolicy;
import org.tutela.filtering.SafeSearch;

/**
 * Decisions of a policy compiled from the synthetic lists ({@code bench/generate-lists.sh}): a listed host asked
 * again and again (hot in the CPU caches), listed hosts taken at random from all million (cold), unlisted hosts, and
 * full URLs from the generated request stream. One group blocks every category the lists carry, as the
 * Squid-vs-squidGuard run does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FilterPolicyBenchmark {

    static final GroupId EVERYONE = new GroupId("everyone");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final int MASK = (1 << 16) - 1;

    /** The generated list directory (squidGuard's layout). */
    @Param("bench/out/lists")
    public String lists;

    /**
     * How the names are kept: {@code table}, every name (the Squid helper, the app); {@code digests}, a 64-bit digest
     * of each (the DNS resolver; see {@code DomainDigests}).
     */
    @Param({"table", "digests"})
    public String names;

    /** The generated request stream, one URL a line. */
    @Param("bench/out/requests.txt")
    public String requests;

    private FilterPolicy policy;
    private byte[] hotHost;
    private byte[][] listedHosts;
    private byte[][] unlistedHosts;
    private String[] urls;
    private String unlistedUrl;
    private int next;

    @Setup(Level.Trial)
    public void compile() throws IOException {
        policy = compilePolicy(Path.of(lists), names.equals("digests"));
        var listed = new ArrayList<byte[]>();
        try (var directories = Files.list(Path.of(lists))) {
            for (var directory : directories.sorted().toList()) {
                for (var line : Files.readAllLines(directory.resolve("domains"), StandardCharsets.US_ASCII)) {
                    listed.add(line.getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        var random = new SplittableRandom(2026);
        listedHosts = new byte[MASK + 1][];
        unlistedHosts = new byte[MASK + 1][];
        for (int i = 0; i <= MASK; i++) {
            listedHosts[i] = listed.get(random.nextInt(listed.size()));
            unlistedHosts[i] = ("library-" + Integer.toString(random.nextInt(1 << 24), 36) + ".example")
                    .getBytes(StandardCharsets.US_ASCII);
        }
        hotHost = listed.get(listed.size() / 2);
        try (var lines = Files.lines(Path.of(requests))) {
            urls = lines.limit(MASK + 1).toArray(String[]::new);
        }
        unlistedUrl = "http://www.library-0a1b2c.example/articles/24067?ref=home";
        requireBlocked(policy.decide(EVERYONE, hotHost, 0, hotHost.length, NOW));
        if (policy.decide(EVERYONE, unlistedHosts[0], 0, unlistedHosts[0].length, NOW).blocked()) {
            throw new IllegalStateException("an unlisted host is blocked: the lists are not the generated ones");
        }
    }

    @Benchmark
    public Decision decideHotListedHost() {
        return policy.decide(EVERYONE, hotHost, 0, hotHost.length, NOW);
    }

    @Benchmark
    public Decision decideColdListedHost() {
        var host = listedHosts[next++ & MASK];
        return policy.decide(EVERYONE, host, 0, host.length, NOW);
    }

    @Benchmark
    public Decision decideUnlistedHost() {
        var host = unlistedHosts[next++ & MASK];
        return policy.decide(EVERYONE, host, 0, host.length, NOW);
    }

    /** The generated stream's mix: half listed (names, URL entries, expressions), half not. */
    @Benchmark
    public Decision decideUrlFromStream() {
        return policy.decideUrl(EVERYONE, urls[next++ & MASK], NOW);
    }

    /** The most work a URL costs: listed nowhere, so every blocked category's expressions are tried. */
    @Benchmark
    public Decision decideUrlUnlisted() {
        return policy.decideUrl(EVERYONE, unlistedUrl, NOW);
    }

    /** Loading the million names, 100k URL entries and the expressions, building the tables, compiling a version. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public FilterPolicy compileMillionDomainPolicy() throws IOException {
        return compilePolicy(Path.of(lists), names.equals("digests"));
    }

    static FilterPolicy compilePolicy(Path directory, boolean digests) throws IOException {
        return compilePolicy(directory, digests, 1, Set.of());
    }

    /** Version {@code version} of the policy, with the categories {@code allowed} left unblocked. */
    static FilterPolicy compilePolicy(Path directory, boolean digests, long version, Set<String> allowed)
            throws IOException {
        var mapping = new HashMap<>(BlockListFiles.UT1);
        mapping.put("iwf", Categories.IWF);
        mapping.put("terrorism", Categories.TERRORISM);
        var builder = BlockLists.builder(Categories.standard());
        if (digests) {
            builder.namesAsDigests();
        }
        new BlockListFiles(builder).squidGuardDirectory(directory, mapping);
        var blockLists = builder.build();
        if (blockLists.size() < 900_000) {
            throw new IllegalStateException(directory + " holds " + blockLists.size()
                    + " names; generate the lists first: bench/generate-lists.sh");
        }
        Set<String> blocked = mapping.values().stream().filter(category -> !category.illegal())
                .map(Category::id).filter(id -> !allowed.contains(id)).collect(Collectors.toSet());
        var group = new GroupPolicy(EVERYONE, "Everyone", blocked, false, List.of(), List.of(), false,
                SafeSearch.YouTube.STRICT);
        return FilterPolicy.compile(version, blockLists, List.of(group), List.of(), EVERYONE);
    }

    private static void requireBlocked(Decision decision) {
        if (!decision.blocked()) {
            throw new IllegalStateException("a listed host is not blocked: " + decision);
        }
    }
}
