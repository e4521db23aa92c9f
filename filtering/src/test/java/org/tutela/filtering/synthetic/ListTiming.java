package org.tutela.filtering.synthetic;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.tutela.filtering.BlockListFiles;
import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.GroupPolicy;
import org.tutela.filtering.LoadReport;
import org.tutela.filtering.SafeSearch;

/**
 * Times loading and deciding on lists from {@link SyntheticLists}, for a person to read while developing; no test
 * asserts on time. Prints the CPU time of the loading thread and of the whole process (which adds the garbage
 * collector and the JIT compiler), the heap the built lists occupy, and the time a decision takes. The heap figure
 * is G1's occupancy, which rounds each large array up to whole regions; a class histogram
 * ({@code jcmd PID GC.class_histogram}) gives the arrays' own size.
 *
 * <pre>ListTiming LISTS_DIRECTORY_OR_FILE [REQUESTS_FILE]</pre>
 * A directory loads as squidGuard's layout with {@link SyntheticLists#MAPPING}; a file as one plain list.
 */
public final class ListTiming {

    private static final int ROUNDS = 5;

    public static void main(String[] args) throws IOException {
        var source = Path.of(args[0]);
        for (int round = 1; round <= ROUNDS; round++) {
            long thread = threadCpu();
            long process = processCpu();
            long wall = System.nanoTime();
            var builder = BlockLists.builder(Categories.standard());
            var report = load(source, builder);
            long loadThread = threadCpu() - thread;
            long loadWall = System.nanoTime() - wall;
            var lists = builder.build();
            System.out.printf("round %d: load %d ms CPU (thread), %d ms wall; build %d ms wall; "
                            + "%d ms CPU (process, load and build); %d distinct names, %d lines, %d skipped%n",
                    round, loadThread / 1_000_000, loadWall / 1_000_000,
                    (System.nanoTime() - wall - loadWall) / 1_000_000, (processCpu() - process) / 1_000_000,
                    lists.size(), report.namesLoaded(), report.skippedLines());
        }
        System.out.printf("heap occupied by the built lists: %.1f MB%n", heldByLists(source) / 1e6);
        if (args.length > 1) {
            decisions(source, Path.of(args[1]));
        }
    }

    private static LoadReport load(Path source, BlockLists.Builder builder) throws IOException {
        var files = new BlockListFiles(builder);
        if (Files.isDirectory(source)) {
            files.squidGuardDirectory(source, SyntheticLists.MAPPING);
        } else {
            files.nameList(source, Categories.GAMBLING);
        }
        return files.report();
    }

    private static long heldByLists(Path source) throws IOException {
        long before = usedAfterGc();
        var builder = BlockLists.builder(Categories.standard());
        load(source, builder);
        var lists = builder.build();
        builder = null;
        long after = usedAfterGc();
        if (lists.size() < 0) {
            System.out.println("keeps the lists reachable until measured");
        }
        return after - before;
    }

    private static void decisions(Path source, Path requests) throws IOException {
        var builder = BlockLists.builder(Categories.standard());
        load(source, builder);
        var lists = builder.build();
        var everything = Categories.standard().all().stream()
                .filter(category -> !category.illegal())
                .map(category -> category.id())
                .filter(id -> !Set.of("search-engines", "unsafe-search").contains(id))
                .collect(java.util.stream.Collectors.toSet());
        var group = new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6", everything, false, List.of(), List.of(), true,
                SafeSearch.YouTube.STRICT);
        var policy = FilterPolicy.compile(1, lists, List.of(group), List.of(), GroupId.UPPER_KS2);
        var urls = Files.readAllLines(requests, StandardCharsets.US_ASCII);
        var hosts = urls.stream().map(ListTiming::host).map(host -> host.getBytes(StandardCharsets.US_ASCII))
                .toList();
        var now = Instant.now();
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            int blocked = 0;
            for (var host : hosts) {
                if (policy.decide(GroupId.UPPER_KS2, host, 0, host.length, now).blocked()) {
                    blocked++;
                }
            }
            long took = System.nanoTime() - start;
            System.out.printf("decide(host) round %d: %d requests, %d blocked, %.0f ns a decision%n", round,
                    hosts.size(), blocked, (double) took / hosts.size());
        }
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            int blocked = 0;
            for (var url : urls) {
                if (policy.decideUrl(GroupId.UPPER_KS2, url, now).blocked()) {
                    blocked++;
                }
            }
            long took = System.nanoTime() - start;
            System.out.printf("decideUrl round %d: %d requests, %d blocked, %.0f ns a decision%n", round,
                    urls.size(), blocked, (double) took / urls.size());
        }
    }

    /** The lower-case host of a URL or host:port, roughly; the engine's own parsing is not what is timed here. */
    private static String host(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != ':') {
            end++;
        }
        return url.substring(start, end).toLowerCase();
    }

    private static long usedAfterGc() {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
