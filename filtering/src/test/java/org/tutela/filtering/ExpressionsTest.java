package org.tutela.filtering;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Expressions} with its literal prefilter gives the same categories, and names the same expression, as
 * running every expression ({@link Expressions#naiveCategoriesOf}): on the benchmark's kind of expressions and on
 * generated ones, over generated URLs with and without percent-escapes.
 */
class ExpressionsTest {

    @Test
    void findsTheBenchmarkExpressionsAndOnlyThem() {
        var builder = new Expressions.Builder();
        builder.add(Expressions.compile("(^|[-/_.?=&])synthetic-adult-1-[0-9]+([-/_.?=&]|$)"), 1);
        builder.add(Expressions.compile("[?&]synthetic_games_3="), 1 << 4);
        builder.add(Expressions.compile("poker|casino"), 1 << 4 | 1 << 7);
        builder.add(Expressions.compile(".*\\d{9}"), 1 << 9);
        var expressions = builder.build();
        assertThat(expressions.unfiltered()).isEqualTo(1);

        assertThat(categories(expressions, "http://x.test/topics/Synthetic-Adult-1-12/index.html")).isEqualTo(1);
        assertThat(categories(expressions, "http://x.test/topics/synthetic%2Dadult%2D1-12/")).isEqualTo(1);
        assertThat(categories(expressions, "http://x.test/topics/synthetic-adult-1-x/")).isZero();
        assertThat(categories(expressions, "http://x.test/search?SYNTHETIC_GAMES_3=4")).isEqualTo(1 << 4);
        assertThat(categories(expressions, "http://casino.test/123456789"))
                .isEqualTo(1 << 4 | 1 << 7 | 1 << 9);
        assertThat(expressions.expressionFor(RequestUrl.parse("http://x.test/%50oker"), 1 << 7))
                .isEqualTo("poker|casino");
        assertThat(expressions.expressionFor(RequestUrl.parse("http://x.test/"), 1 << 7)).isNull();
    }

    @Test
    void noExpressions() {
        assertThat(Expressions.NONE.categoriesOf(RequestUrl.parse("http://x.test/"), -1)).isZero();
    }

    @Test
    void agreesWithRunningEveryExpression() {
        var random = new SplittableRandom(25);
        int hits = 0;
        for (int round = 0; round < 150; round++) {
            var builder = new Expressions.Builder();
            var patterns = new ArrayList<Pattern>();
            var perBit = new ArrayList<List<Pattern>>();
            for (int bit = 0; bit < 32; bit++) {
                perBit.add(new ArrayList<>());
            }
            int count = 1 + random.nextInt(80);
            for (int i = 0; i < count; i++) {
                var expression = random.nextInt(3) == 0 ? benchmarkLike(random)
                        : RequiredLiteralsTest.Generated.expression(random, 2);
                try {
                    var pattern = Expressions.compile(expression);
                    patterns.add(pattern);
                    int bits = random.nextInt(4) == 0 ? random.nextInt() : 1 << random.nextInt(32);
                    builder.add(pattern, bits);
                    for (int bit = 0; bit < 32; bit++) {
                        if ((bits & 1 << bit) != 0) {
                            perBit.get(bit).add(pattern);
                        }
                    }
                } catch (PatternSyntaxException invalid) {
                    // not one the lists would load
                }
            }
            var expressions = builder.build();
            for (int u = 0; u < 300; u++) {
                var url = RequestUrl.parse(url(random, patterns));
                int wanted = random.nextInt(3) == 0 ? -1 : random.nextInt();
                int fast = expressions.categoriesOf(url, wanted);
                assertThat(fast).as("%s in %s", url.text(), patterns).isEqualTo(expressions.naiveCategoriesOf(url, wanted));
                if (fast != 0) {
                    hits++;
                    int bit = Integer.lowestOneBit(fast);
                    assertThat(expressions.expressionFor(url, bit)).isEqualTo(firstFound(perBit.get(Integer.numberOfTrailingZeros(bit)), url));
                }
            }
        }
        assertThat(hits).as("URLs some expression found").isGreaterThan(5_000);
    }

    private static int categories(Expressions expressions, String url) {
        var request = RequestUrl.parse(url);
        int fast = expressions.categoriesOf(request, -1);
        assertThat(fast).isEqualTo(expressions.naiveCategoriesOf(request, -1));
        return fast;
    }

    /** What expressionFor answered before the prefilter: the first expression of the bit, as listed, that finds. */
    private static String firstFound(List<Pattern> listed, RequestUrl url) {
        for (var pattern : listed) {
            if (pattern.matcher(url.text()).find() || pattern.matcher(url.decodedText()).find()) {
                return pattern.pattern();
            }
        }
        return null;
    }

    private static String benchmarkLike(SplittableRandom random) {
        var token = "synthetic-" + List.of("adult", "games", "warez").get(random.nextInt(3)) + "-" + random.nextInt(4);
        return random.nextBoolean() ? "[?&]" + token.replace('-', '_') + "="
                : "(^|[-/_.?=&])" + token + "-[0-9]+([-/_.?=&]|$)";
    }

    private static String url(SplittableRandom random, List<Pattern> patterns) {
        var out = new StringBuilder(random.nextBoolean() ? "http://" : "https://");
        out.append(random.nextBoolean() ? "www.example.test" : "Host-" + random.nextInt(9) + ".test");
        out.append('/');
        int parts = random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(5)) {
                case 0 -> out.append(RequiredLiteralsTest.Generated.text(random));
                case 1 -> {
                    if (!patterns.isEmpty()) {
                        out.append(RequiredLiteralsTest.Generated.textAround(random,
                                patterns.get(random.nextInt(patterns.size())).pattern()));
                    }
                }
                case 2 -> out.append("topics/synthetic-").append(List.of("adult", "Games", "warez").get(random.nextInt(3)))
                        .append('-').append(random.nextInt(4)).append('-').append(random.nextInt(100)).append('/');
                case 3 -> out.append("search?synthetic_").append(List.of("adult", "GAMES", "warez").get(random.nextInt(3)))
                        .append('_').append(random.nextInt(4)).append("=1&");
                default -> out.append("%").append(List.of("2D", "2d", "41", "5F", "3D", "e9", "zz").get(random.nextInt(7)));
            }
        }
        return out.toString();
    }
}
