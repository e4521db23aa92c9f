package org.tutela.filtering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * squidGuard's expression lists: regular expressions, per category, that are looked for anywhere in a URL,
 * ignoring case. A URL is tried as given and, when it has percent-escapes, decoded too, so an escape cannot hide a
 * word. Only the categories a decision could turn on are tried.
 */
final class Expressions {

    static final Expressions NONE = new Builder().build();

    private final Pattern[][] byBit;
    private final int present;
    private final int size;

    private Expressions(Pattern[][] byBit, int present, int size) {
        this.byBit = byBit;
        this.present = present;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The categories among {@code wanted} that have an expression found in the URL. */
    int categoriesOf(RequestUrl url, int wanted) {
        int candidates = present & wanted;
        if (candidates == 0) {
            return 0;
        }
        var text = url.text();
        var decoded = url.decodedText();
        int found = 0;
        for (; candidates != 0; candidates &= candidates - 1) {
            int bit = Integer.numberOfTrailingZeros(candidates);
            if (matching(byBit[bit], text, decoded) != null) {
                found |= 1 << bit;
            }
        }
        return found;
    }

    /** The expression of a category bit that is found in the URL, as listed; null if none. */
    String expressionFor(RequestUrl url, int bit) {
        var pattern = matching(byBit[Integer.numberOfTrailingZeros(bit)], url.text(), url.decodedText());
        return pattern == null ? null : pattern.pattern();
    }

    private static Pattern matching(Pattern[] patterns, String text, String decoded) {
        for (var pattern : patterns) {
            if (pattern.matcher(text).find() || decoded != text && pattern.matcher(decoded).find()) {
                return pattern;
            }
        }
        return null;
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
            var patterns = new Pattern[32][];
            int present = 0;
            for (int bit = 0; bit < 32; bit++) {
                patterns[bit] = byBit.get(bit).toArray(Pattern[]::new);
                if (patterns[bit].length > 0) {
                    present |= 1 << bit;
                }
            }
            return new Expressions(patterns, present, size);
        }
    }

    /** An expression as the lists hold it: Java syntax, case ignored; a bad one is a PatternSyntaxException. */
    static Pattern compile(String expression) {
        return Pattern.compile(expression, Pattern.CASE_INSENSITIVE);
    }
}
