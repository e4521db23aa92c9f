package org.tutela.filtering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;

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
 * Expression matching alone, with the literal prefilter ({@link Expressions#categoriesOf}) and without it
 * ({@link Expressions#naiveCategoriesOf}, every expression run as before), on the generated lists' 51 expressions:
 * before and after in one run. It sits in the engine's package to reach those package-private methods.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ExpressionMatchingBenchmark {

    private static final int MASK = (1 << 16) - 1;

    @Param("bench/out/lists")
    public String lists;

    @Param("bench/out/requests.txt")
    public String requests;

    private Expressions expressions;
    private RequestUrl[] urls;
    private RequestUrl unlisted;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        var mapping = new HashMap<>(BlockListFiles.UT1);
        mapping.put("iwf", Categories.IWF);
        mapping.put("terrorism", Categories.TERRORISM);
        var builder = BlockLists.builder(Categories.standard());
        new BlockListFiles(builder).squidGuardDirectory(Path.of(lists), mapping);
        expressions = builder.build().expressionLists();
        try (var lines = Files.lines(Path.of(requests))) {
            urls = lines.limit(MASK + 1).map(RequestUrl::parse).toArray(RequestUrl[]::new);
        }
        unlisted = RequestUrl.parse("http://www.library-0a1b2c.example/articles/24067?ref=home");
        for (var url : urls) {
            if (expressions.categoriesOf(url, -1) != expressions.naiveCategoriesOf(url, -1)) {
                throw new IllegalStateException("the prefilter changes the answer for " + url.text());
            }
        }
    }

    @Benchmark
    public int streamPrefiltered() {
        return expressions.categoriesOf(urls[next++ & MASK], -1);
    }

    @Benchmark
    public int streamNaive() {
        return expressions.naiveCategoriesOf(urls[next++ & MASK], -1);
    }

    @Benchmark
    public int unlistedPrefiltered() {
        return expressions.categoriesOf(unlisted, -1);
    }

    @Benchmark
    public int unlistedNaive() {
        return expressions.naiveCategoriesOf(unlisted, -1);
    }
}
