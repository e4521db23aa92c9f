package org.tutela.filtering;

import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RequiredLiterals}: the literals it finds for known expressions, "none" for syntax it does not know, and,
 * on generated expressions and texts, that every text an expression finds a match in contains one of its literals.
 */
class RequiredLiteralsTest {

    private static Set<String> of(String expression) {
        return RequiredLiterals.of(Expressions.compile(expression));
    }

    @Test
    void theBenchmarkExpressionsNeedTheirToken() {
        assertThat(of("(^|[-/_.?=&])synthetic-adult-1-[0-9]+([-/_.?=&]|$)")).containsExactly("synthetic-adult-1-");
        assertThat(of("[?&]synthetic_adult_3=")).containsExactly("synthetic_adult_3=");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Poker;poker",
        "poker|CASINO;poker,casino",
        "(poker|casino)-night;-night",
        "(poker|casino)s?;poker,casino",
        "foo(bar)?;foo",
        "ab?cd;cd",
        "abc+de;abc",
        "ab+cde;bcde",
        "caf\u00e9s;caf",
        "x{2,}yz;xyz",
        "(?:sex|porn)[0-9]{1,3}\\.;sex,porn",
        "\\bxxx\\b;xxx",
        "a\\.b\\-c;a.b-c",
        "(?<word>casino)\\d+;casino",
        "(?i)bet365;bet365",
        "(?=.*x)poker;poker",
        "[^a-z]warez[^a-z];warez",
        "[a-z&&[^aeiou]]+torrent;torrent",
    })
    void literals(String expression, String expected) {
        assertThat(of(expression)).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x*", "(poker)?", "poker|.*", "(?u)sex", "(?x)p o k e r", "(?U)poker", "\\Qpoker\\E", "\\x70oker",
        "\\u0070oker", "(poker)\\1", "\\p{L}+", "\\Nfoo", "[]a]", ".", "^$", "(?!poker)", "(?<=poker)",
        "\\b{g}",
    })
    void noneWhereItCannotTell(String expression) {
        Pattern pattern;
        try {
            pattern = Expressions.compile(expression);
        } catch (PatternSyntaxException invalid) {
            return; // the lists refuse it anyway
        }
        var literals = RequiredLiterals.of(pattern);
        // Either nothing, or literals that still hold (checked generally below): here the cases want nothing.
        assertThat(literals).as(expression).isEmpty();
    }

    @Test
    void onlyCaseInsensitiveOrPlainPatternsGetLiterals() {
        assertThat(RequiredLiterals.of(Pattern.compile("poker"))).containsExactly("poker");
        assertThat(RequiredLiterals.of(Pattern.compile("poker", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("p o k", Pattern.COMMENTS))).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("poker", Pattern.LITERAL))).isEmpty();
    }

    /** The property the prefilter rests on, on many generated expressions and texts over a small alphabet. */
    @Test
    void everyMatchContainsARequiredLiteral() {
        var random = new SplittableRandom(2026);
        int checked = 0;
        int withLiterals = 0;
        for (int e = 0; e < 4000; e++) {
            var expression = Generated.expression(random, 3);
            Pattern pattern;
            try {
                pattern = Expressions.compile(expression);
            } catch (PatternSyntaxException invalid) {
                continue;
            }
            var literals = RequiredLiterals.of(pattern);
            if (!literals.isEmpty()) {
                withLiterals++;
            }
            for (int t = 0; t < 200; t++) {
                var text = t % 2 == 0 ? Generated.text(random) : Generated.textAround(random, expression);
                if (pattern.matcher(text).find()) {
                    checked++;
                    if (!literals.isEmpty()) {
                        var lower = text.toLowerCase(Locale.ROOT);
                        assertThat(literals.stream().anyMatch(lower::contains))
                                .as("%s finds a match in %s but has none of %s", expression, text, literals)
                                .isTrue();
                    }
                }
            }
        }
        assertThat(withLiterals).as("expressions with literals").isGreaterThan(1000);
        assertThat(checked).as("matches checked").isGreaterThan(20_000);
    }

    /** Expressions and texts over a small alphabet, so that they often match. */
    static final class Generated {

        private static final String LETTERS = "abAB-./_=?&%";
        private static final String[] ATOMS = {
            "a", "b", "A", "B", "-", "\\.", "/", "_", "=", ".", "[ab]", "[^a]", "[-/_.?=&]", "\\d", "\\w", "\\b",
            "^", "$", "\\-", "\\?", "&", "%", "[a-b&&[^b]]", "\u00e9", "(?i)", "(?-i)", "\\s", "\\W",
        };
        private static final String[] QUANTIFIERS = {"", "", "", "", "?", "*", "+", "{2}", "{1,}", "{0,2}", "+?",
            "*+", "{1,2}?"};
        /** Bounded only: an unbounded loop round a group can take exponential time to fail. */
        private static final String[] GROUP_QUANTIFIERS = {"", "", "", "?", "{2}", "{0,2}", "{1,2}?"};

        static String expression(SplittableRandom random, int depth) {
            var out = new StringBuilder();
            int branches = random.nextInt(4) == 0 ? 2 : 1;
            for (int b = 0; b < branches; b++) {
                if (b > 0) {
                    out.append('|');
                }
                int atoms = 1 + random.nextInt(5);
                for (int i = 0; i < atoms; i++) {
                    if (depth > 0 && random.nextInt(5) == 0) {
                        var opening = switch (random.nextInt(6)) {
                            case 0 -> "(?:";
                            case 1 -> "(?=";
                            case 2 -> "(?!";
                            case 3 -> "(?<n" + random.nextInt(1000) + ">";
                            case 4 -> "(?>";
                            default -> "(";
                        };
                        out.append(opening).append(expression(random, depth - 1)).append(')');
                        out.append(GROUP_QUANTIFIERS[random.nextInt(GROUP_QUANTIFIERS.length)]);
                    } else {
                        out.append(ATOMS[random.nextInt(ATOMS.length)]);
                        out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
                    }
                }
            }
            return out.toString();
        }

        static String text(SplittableRandom random) {
            var out = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            return out.toString();
        }

        /** The expression's own characters, shuffled among others: texts close to a match. */
        static String textAround(SplittableRandom random, String expression) {
            var out = new StringBuilder();
            for (int i = 0; i < expression.length(); i++) {
                char c = expression.charAt(i);
                if (Character.isLetterOrDigit(c) || "-./_=&%".indexOf(c) >= 0) {
                    if (random.nextInt(4) != 0) {
                        out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                    }
                    if (random.nextInt(6) == 0) {
                        out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
                    }
                }
            }
            return out.length() > 16 ? out.substring(0, 16) : out.toString();
        }
    }
}
