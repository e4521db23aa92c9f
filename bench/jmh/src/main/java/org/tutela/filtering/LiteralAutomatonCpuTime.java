package org.tutela.filtering;

import java.lang.management.ManagementFactory;

/**
 * {@link LiteralAutomatonBenchmark}'s three variants in interleaved rounds, timed by the thread's CPU time rather
 * than the wall clock, so that being descheduled by other work on a shared machine does not count and every variant
 * sees the same conditions. Run from the repository root:
 * {@code java -Xmx2g -cp bench/jmh/target/benchmarks.jar org.tutela.filtering.LiteralAutomatonCpuTime}.
 */
public class LiteralAutomatonCpuTime {
    public static void main(String[] args) throws Exception {
        var b = new LiteralAutomatonBenchmark();
        b.lists = "bench/out/lists";
        b.requests = "bench/out/requests.txt";
        b.load();
        var mx = ManagementFactory.getThreadMXBean();
        int calls = 1 << 18;
        String[] names = {"handWrittenAutomaton", "libraryTrie", "libraryPayloadTrie"};
        double[][] ns = new double[3][30];
        long sink = 0;
        for (int round = 0; round < 30; round++) {
            for (int v = 0; v < 3; v++) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    sink += v == 0 ? b.handWrittenAutomaton() : v == 1 ? b.libraryTrie() : b.libraryPayloadTrie();
                }
                ns[v][round] = (mx.getCurrentThreadCpuTime() - t0) / (double) calls;
            }
        }
        for (int v = 0; v < 3; v++) {
            var s = java.util.Arrays.copyOfRange(ns[v], 10, 30); // first 10 rounds are warm-up
            java.util.Arrays.sort(s);
            System.out.printf("%-22s CPU ns/call over rounds 11-30: min %.0f median %.0f max %.0f%n", names[v], s[0], s[10], s[19]);
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
