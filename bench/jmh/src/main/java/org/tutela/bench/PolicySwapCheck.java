package org.tutela.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.FilterPolicy;

/**
 * The million-name policy swapped while it is being asked: new versions are compiled from the synthetic lists
 * ({@code bench/generate-lists.sh}) and put in force one after another, while another thread decides the hosts of the
 * request stream through the same {@link FilterEngine} without a pause, checking every decision against what the
 * version it names says of that host. Odd versions block every category the lists carry; even versions leave
 * gambling and games unblocked, so those hosts change verdict at every swap. Prints each version's compile time
 * (reading the lists included), the decisions checked under each version and the wrong ones, and exits with 1 if
 * any was wrong. Run from the repository root:
 * {@code java -Xmx2g -cp bench/jmh/target/benchmarks.jar org.tutela.bench.PolicySwapCheck [VERSIONS] [digests|table]}
 * (10 and digests by default).
 */
public final class PolicySwapCheck {

    private static final Set<String> ALLOWED_IN_EVEN_VERSIONS = Set.of("gambling", "games");
    private static final int HOSTS = 200_000;

    private PolicySwapCheck() {
    }

    public static void main(String[] args) throws Exception {
        int versions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        boolean digests = args.length < 2 || args[1].equals("digests");
        var lists = Path.of("bench/out/lists");
        var hosts = hosts(Path.of("bench/out/requests.txt"));

        var odd = FilterPolicyBenchmark.compilePolicy(lists, digests, 1, Set.of());
        var even = FilterPolicyBenchmark.compilePolicy(lists, digests, 2, ALLOWED_IN_EVEN_VERSIONS);
        var inOdd = new byte[hosts.length];
        var inEven = new byte[hosts.length];
        int differ = 0;
        for (int i = 0; i < hosts.length; i++) {
            inOdd[i] = (byte) odd.decide(FilterPolicyBenchmark.EVERYONE, hosts[i], 0, hosts[i].length,
                    FilterPolicyBenchmark.NOW).verdict().ordinal();
            inEven[i] = (byte) even.decide(FilterPolicyBenchmark.EVERYONE, hosts[i], 0, hosts[i].length,
                    FilterPolicyBenchmark.NOW).verdict().ordinal();
            differ += inOdd[i] != inEven[i] ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%,d hosts of the request stream, %,d of them decided otherwise by odd and even "
                + "versions; names kept as %s%n", hosts.length, differ, digests ? "digests" : "a table");

        var engine = new FilterEngine(odd, Clock.fixed(FilterPolicyBenchmark.NOW, ZoneOffset.UTC));
        var byVersion = new AtomicLongArray(versions + 3);
        var wrong = new AtomicLongArray(1);
        var examples = new ArrayList<String>();
        var asking = new AtomicBoolean(true);
        var decider = new Thread(() -> {
            while (asking.get()) {
                for (int i = 0; i < hosts.length; i++) {
                    var decision = engine.decide(FilterPolicyBenchmark.EVERYONE, hosts[i], 0, hosts[i].length);
                    long version = decision.policyVersion();
                    byVersion.incrementAndGet((int) Math.min(version, versions + 2));
                    byte expected = version % 2 == 1 ? inOdd[i] : inEven[i];
                    if (decision.verdict().ordinal() != expected) {
                        wrong.incrementAndGet(0);
                        if (examples.size() < 5) {
                            examples.add(new String(hosts[i], StandardCharsets.US_ASCII) + " under version "
                                    + version + ": " + decision);
                        }
                    }
                }
            }
        }, "decider");
        decider.start();

        var compileMillis = new ArrayList<Double>();
        for (long version = 2; version <= versions + 1; version++) {
            long start = System.nanoTime();
            FilterPolicy next = FilterPolicyBenchmark.compilePolicy(lists, digests, version,
                    version % 2 == 0 ? ALLOWED_IN_EVEN_VERSIONS : Set.of());
            double millis = (System.nanoTime() - start) / 1e6;
            compileMillis.add(millis);
            engine.activate(next);
            System.out.printf(Locale.ROOT, "version %d compiled in %.0f ms and put in force%n", version, millis);
        }
        Thread.sleep(200);
        asking.set(false);
        decider.join();

        long total = 0;
        var under = new StringBuilder();
        for (int v = 1; v <= versions + 1; v++) {
            total += byVersion.get(v);
            under.append(String.format(Locale.ROOT, "%s v%d %,d", v == 1 ? "" : ",", v, byVersion.get(v)));
        }
        var sorted = compileMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "compile ms (reading the lists included): min %.0f, median %.0f, max %.0f%n",
                sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
        System.out.printf(Locale.ROOT, "decisions checked: %,d; under%s%n", total, under);
        System.out.printf(Locale.ROOT, "wrong decisions: %d%n", wrong.get(0));
        examples.forEach(example -> System.out.println("  " + example));
        if (wrong.get(0) > 0) {
            System.exit(1);
        }
    }

    /** The first {@link #HOSTS} hosts of the stream's URLs, lower case. */
    private static byte[][] hosts(Path requests) throws Exception {
        List<byte[]> hosts = new ArrayList<>();
        try (var lines = Files.lines(requests, StandardCharsets.US_ASCII)) {
            for (var line : (Iterable<String>) lines.limit(HOSTS)::iterator) {
                int from = line.indexOf("://");
                from = from < 0 ? 0 : from + 3;
                int to = from;
                while (to < line.length() && "/:?#".indexOf(line.charAt(to)) < 0) {
                    to++;
                }
                hosts.add(line.substring(from, to).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return hosts.toArray(byte[][]::new);
    }
}
