package org.tutela.filtering;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * squidGuard's expression lists: regular expressions, per category, that are looked for anywhere in a URL,
 * ignoring case. A URL is tried as given and, when it has percent-escapes, decoded too, so an escape cannot hide a
 * word. Only the categories a decision could turn on are tried.
 *
 * <p>Running every expression on every URL is what made URLs slow. So each expression's required literals are
 * worked out when the lists are built ({@link RequiredLiterals}), one {@link LiteralAutomaton} finds which of them a
 * URL contains in one pass, and only the expressions whose literals are there (or that have none) are run. An
 * expression left out could not have matched, so the answer is the same as running them all
 * ({@link #naiveCategoriesOf}, which the tests compare against).
 */
final class Expressions {

    static final Expressions NONE = new Builder().build();

    /** Per category bit, the indexes of its expressions in {@link #patterns}, in the order they were listed. */
    private final int[][] byBit;
    private final Pattern[] patterns;
    /** The expressions that have no literal to look for: always candidates. */
    private final long[] always;
    private final LiteralAutomaton literals;
    private final int present;
    private final int size;

    private Expressions(int[][] byBit, Pattern[] patterns, long[] always, LiteralAutomaton literals, int present,
                        int size) {
        this.byBit = byBit;
        this.patterns = patterns;
        this.always = always;
        this.literals = literals;
        this.present = present;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** How many distinct expressions have no literal to look for, and so run on every URL of their categories. */
    int unfiltered() {
        int count = 0;
        for (long word : always) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** The distinct expressions, in the order of their indexes (for benchmarks of the prefilter). */
    Pattern[] patterns() {
        return patterns.clone();
    }

    /** The categories among {@code wanted} that have an expression found in the URL. */
    int categoriesOf(RequestUrl url, int wanted) {
        int candidates = present & wanted;
        if (candidates == 0) {
            return 0;
        }
        var text = url.text();
        var decoded = url.decodedText();
        var runnable = candidates(text, decoded);
        int found = 0;
        for (; candidates != 0; candidates &= candidates - 1) {
            int bit = Integer.numberOfTrailingZeros(candidates);
            if (matching(byBit[bit], runnable, text, decoded) != null) {
                found |= 1 << bit;
            }
        }
        return found;
    }

    /** The expression of a category bit that is found in the URL, as listed; null if none. */
    String expressionFor(RequestUrl url, int bit) {
        var text = url.text();
        var decoded = url.decodedText();
        var pattern = matching(byBit[Integer.numberOfTrailingZeros(bit)], candidates(text, decoded), text, decoded);
        return pattern == null ? null : pattern.pattern();
    }

    /** {@link #categoriesOf} without the literal prefilter: every expression of every wanted category runs. */
    int naiveCategoriesOf(RequestUrl url, int wanted) {
        int candidates = present & wanted;
        var text = url.text();
        var decoded = url.decodedText();
        int found = 0;
        for (; candidates != 0; candidates &= candidates - 1) {
            int bit = Integer.numberOfTrailingZeros(candidates);
            for (int index : byBit[bit]) {
                if (finds(patterns[index], text, decoded)) {
                    found |= 1 << bit;
                    break;
                }
            }
        }
        return found;
    }

    private long[] candidates(String text, String decoded) {
        var runnable = always.clone();
        literals.mark(text, runnable);
        if (decoded != text) {
            literals.mark(decoded, runnable);
        }
        return runnable;
    }

    private Pattern matching(int[] indexes, long[] runnable, String text, String decoded) {
        for (int index : indexes) {
            if ((runnable[index >>> 6] & 1L << index) != 0 && finds(patterns[index], text, decoded)) {
                return patterns[index];
            }
        }
        return null;
    }

    private static boolean finds(Pattern pattern, String text, String decoded) {
        return pattern.matcher(text).find() || decoded != text && pattern.matcher(decoded).find();
    }

    static final class Builder {

        private final List<List<Pattern>> byBit = new ArrayList<>();
        private int size;

        Builder() {
            for (int bit = 0; bit < 32; bit++) {
                byBit.add(new ArrayList<>());
            }
        }

        /** Adds an expression under the categories in {@code bits}; compile it with {@link #compile}. */
        void add(Pattern expression, int bits) {
            for (int rest = bits; rest != 0; rest &= rest - 1) {
                byBit.get(Integer.numberOfTrailingZeros(rest)).add(expression);
            }
            size++;
        }

        Expressions build() {
            // One index per distinct Pattern object, in the order first seen.
            var indexOf = new IdentityHashMap<Pattern, Integer>();
            var patterns = new ArrayList<Pattern>();
            var indexes = new int[32][];
            int present = 0;
            for (int bit = 0; bit < 32; bit++) {
                var list = byBit.get(bit);
                indexes[bit] = new int[list.size()];
                for (int i = 0; i < list.size(); i++) {
                    var pattern = list.get(i);
                    Integer index = indexOf.get(pattern);
                    if (index == null) {
                        index = patterns.size();
                        indexOf.put(pattern, index);
                        patterns.add(pattern);
                    }
                    indexes[bit][i] = index;
                }
                if (!list.isEmpty()) {
                    present |= 1 << bit;
                }
            }
            var always = new long[(patterns.size() + 63) >>> 6];
            var literals = new String[patterns.size()][];
            for (int index = 0; index < patterns.size(); index++) {
                var required = RequiredLiterals.of(patterns.get(index));
                if (required.isEmpty() || required.contains("")) {
                    always[index >>> 6] |= 1L << index;
                    literals[index] = new String[0];
                } else {
                    literals[index] = required.stream().sorted().toArray(String[]::new);
                }
            }
            return new Expressions(indexes, patterns.toArray(Pattern[]::new), always,
                                   new LiteralAutomaton(literals), present, size);
        }
    }

    /** An expression as the lists hold it: Java syntax, case ignored; a bad one is a PatternSyntaxException. */
    static Pattern compile(String expression) {
        return Pattern.compile(expression, Pattern.CASE_INSENSITIVE);
    }
}
