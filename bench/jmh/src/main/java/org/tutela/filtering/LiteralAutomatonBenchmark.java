package org.tutela.filtering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.ahocorasick.trie.PayloadTrie;
import org.ahocorasick.trie.Trie;
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

/**
 * The expression prefilter's literal search alone: which expressions are candidates for a URL, found with the
 * hand-written {@link LiteralAutomaton} and with the org.ahocorasick library (0.6.3), on the literal sets
 * {@link Expressions} builds from the generated lists (51 expressions) and the same URL stream as
 * {@link ExpressionMatchingBenchmark} (its text and, when it has escapes, its decoded text). Each benchmark returns
 * the candidate set's first word; the setup checks that all three give the same set for every URL.
 *
 * <p>Library variants: {@code Trie} with ignoreCase and the keyword looked up in a map to its expressions (the plain
 * API), and {@code PayloadTrie} with ignoreCase and the expressions as the keyword's payload (no lookup: the fastest
 * way the library offers). Both use the callback form of {@code parseText}, which keeps no list of emits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LiteralAutomatonBenchmark {

    private static final int MASK = (1 << 16) - 1;

    @Param("bench/out/lists")
    public String lists;

    @Param("bench/out/requests.txt")
    public String requests;

    private String[] texts;
    private String[] decoded;
    private long[] always;
    private LiteralAutomaton automaton;
    private Trie trie;
    private Map<String, int[]> expressionsOf;
    private PayloadTrie<int[]> payloadTrie;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        var mapping = new HashMap<>(BlockListFiles.UT1);
        mapping.put("iwf", Categories.IWF);
        mapping.put("terrorism", Categories.TERRORISM);
        var builder = BlockLists.builder(Categories.standard());
        new BlockListFiles(builder).squidGuardDirectory(Path.of(lists), mapping);
        var patterns = builder.build().expressionLists().patterns();
        // As Expressions.Builder does it.
        always = new long[(patterns.length + 63) >>> 6];
        var literals = new String[patterns.length][];
        var byLiteral = new TreeMap<String, ArrayList<Integer>>();
        for (int index = 0; index < patterns.length; index++) {
            var required = RequiredLiterals.of(patterns[index]);
            if (required.isEmpty() || required.contains("")) {
                always[index >>> 6] |= 1L << index;
                literals[index] = new String[0];
            } else {
                literals[index] = required.stream().sorted().toArray(String[]::new);
                for (var literal : literals[index]) {
                    byLiteral.computeIfAbsent(literal, l -> new ArrayList<>()).add(index);
                }
            }
        }
        automaton = new LiteralAutomaton(literals);
        expressionsOf = new HashMap<>();
        var trieBuilder = Trie.builder().ignoreCase();
        PayloadTrie.PayloadTrieBuilder<int[]> payloadBuilder = PayloadTrie.<int[]>builder().ignoreCase();
        for (var entry : byLiteral.entrySet()) {
            int[] indexes = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            expressionsOf.put(entry.getKey(), indexes);
            trieBuilder.addKeyword(entry.getKey());
            payloadBuilder.addKeyword(entry.getKey(), indexes);
        }
        trie = trieBuilder.build();
        payloadTrie = payloadBuilder.build();

        try (var lines = Files.lines(Path.of(requests))) {
            var urls = lines.limit(MASK + 1).map(RequestUrl::parse).toArray(RequestUrl[]::new);
            texts = new String[urls.length];
            decoded = new String[urls.length];
            for (int i = 0; i < urls.length; i++) {
                texts[i] = urls[i].text();
                decoded[i] = urls[i].decodedText();
            }
        }
        int withCandidates = 0;
        for (int i = 0; i < texts.length; i++) {
            var a = handWritten(texts[i], decoded[i]);
            var b = library(texts[i], decoded[i]);
            var c = libraryPayload(texts[i], decoded[i]);
            if (!Arrays.equals(a, b) || !Arrays.equals(a, c)) {
                throw new IllegalStateException("the candidates differ for " + texts[i]);
            }
            if (!Arrays.equals(a, always)) {
                withCandidates++;
            }
        }
        System.out.printf("%d expressions, %d distinct literals, %d automaton states, %d always run; "
                          + "%d of %d URLs have a literal%n", patterns.length, byLiteral.size(), automaton.states(),
                          Long.bitCount(always[0]), withCandidates, texts.length);
    }

    private long[] handWritten(String text, String decodedText) {
        var runnable = always.clone();
        automaton.mark(text, runnable);
        if (decodedText != text) {
            automaton.mark(decodedText, runnable);
        }
        return runnable;
    }

    private long[] library(String text, String decodedText) {
        var runnable = always.clone();
        mark(text, runnable);
        if (decodedText != text) {
            mark(decodedText, runnable);
        }
        return runnable;
    }

    private void mark(String text, long[] runnable) {
        trie.parseText(text, emit -> {
            for (int expression : expressionsOf.get(emit.getKeyword())) {
                runnable[expression >>> 6] |= 1L << expression;
            }
            return true;
        });
    }

    private long[] libraryPayload(String text, String decodedText) {
        var runnable = always.clone();
        markPayload(text, runnable);
        if (decodedText != text) {
            markPayload(decodedText, runnable);
        }
        return runnable;
    }

    private void markPayload(String text, long[] runnable) {
        payloadTrie.parseText(text, emit -> {
            for (int expression : emit.getPayload()) {
                runnable[expression >>> 6] |= 1L << expression;
            }
            return true;
        });
    }

    @Benchmark
    public long handWrittenAutomaton() {
        int i = next++ & MASK;
        return handWritten(texts[i], decoded[i])[0];
    }

    @Benchmark
    public long libraryTrie() {
        int i = next++ & MASK;
        return library(texts[i], decoded[i])[0];
    }

    @Benchmark
    public long libraryPayloadTrie() {
        int i = next++ & MASK;
        return libraryPayload(texts[i], decoded[i])[0];
    }
}
