package org.tutela.filtering;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Aho-Corasick over lower-case ASCII literals, ignoring ASCII case in the text: one pass over a text tells which
 * literals occur in it, and through them which expressions may match. Transitions are a dense table over the
 * characters that occur in some literal (every other character leads back towards the root), so a step is two array
 * reads and there is nothing to allocate but the answer.
 */
final class LiteralAutomaton {

    /** The characters' classes: 0 for any character that no literal has; A-Z share a class with a-z. */
    private final byte[] classOf = new byte[128];
    private final int width;
    /** state * width + class: the next state. */
    private final int[] next;
    /** For each state, the expressions whose literal ends there or at a suffix of it (null when none). */
    private final int[][] expressionsAt;
    private final int expressions;

    /**
     * @param literals for each expression, the lower-case ASCII literals one of which it needs; an empty array for
     *                 an expression that needs none (it is always a candidate, see {@link #always})
     */
    LiteralAutomaton(String[][] literals) {
        this.expressions = literals.length;
        int classes = 1;
        for (var options : literals) {
            for (var literal : options) {
                for (int i = 0; i < literal.length(); i++) {
                    char c = literal.charAt(i);
                    if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                        throw new IllegalArgumentException("not lower-case ASCII: " + literal);
                    }
                    if (classOf[c] == 0) {
                        if (classes == 127) {
                            throw new IllegalArgumentException("too many distinct characters");
                        }
                        classOf[c] = (byte) classes++;
                        if (c >= 'a' && c <= 'z') {
                            classOf[c - 'a' + 'A'] = classOf[c];
                        }
                    }
                }
            }
        }
        this.width = classes;
        // The trie, grown as a list of rows.
        var rows = new ArrayList<int[]>();
        var outputs = new ArrayList<int[]>();
        rows.add(new int[width]);
        outputs.add(null);
        for (int expression = 0; expression < literals.length; expression++) {
            for (var literal : literals[expression]) {
                int state = 0;
                for (int i = 0; i < literal.length(); i++) {
                    int cls = classOf[literal.charAt(i)];
                    if (rows.get(state)[cls] == 0) {
                        rows.get(state)[cls] = rows.size();
                        rows.add(new int[width]);
                        outputs.add(null);
                    }
                    state = rows.get(state)[cls];
                }
                outputs.set(state, add(outputs.get(state), expression));
            }
        }
        // Failure links, breadth first, folded into the table so that a step never follows one.
        int states = rows.size();
        var fail = new int[states];
        var queue = new int[states];
        int head = 0;
        int tail = 0;
        var root = rows.get(0);
        for (int cls = 1; cls < width; cls++) {
            if (root[cls] != 0) {
                queue[tail++] = root[cls];
            }
        }
        while (head < tail) {
            int state = queue[head++];
            var row = rows.get(state);
            outputs.set(state, merge(outputs.get(state), outputs.get(fail[state])));
            for (int cls = 1; cls < width; cls++) {
                int child = row[cls];
                if (child != 0) {
                    fail[child] = rows.get(fail[state])[cls];
                    queue[tail++] = child;
                } else {
                    row[cls] = rows.get(fail[state])[cls];
                }
            }
        }
        this.next = new int[states * width];
        for (int state = 0; state < states; state++) {
            System.arraycopy(rows.get(state), 0, next, state * width, width);
        }
        this.expressionsAt = outputs.toArray(int[][]::new);
    }

    /** Marks in {@code candidates} (a bit set over the expressions) those whose literal occurs in {@code text}. */
    void mark(String text, long[] candidates) {
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            state = next[state * width + (c < 128 ? classOf[c] : 0)];
            var found = expressionsAt[state];
            if (found != null) {
                for (int expression : found) {
                    candidates[expression >>> 6] |= 1L << expression;
                }
            }
        }
    }

    int expressions() {
        return expressions;
    }

    int states() {
        return expressionsAt.length;
    }

    private static int[] add(int[] set, int value) {
        if (set == null) {
            return new int[] {value};
        }
        for (int v : set) {
            if (v == value) {
                return set;
            }
        }
        var grown = Arrays.copyOf(set, set.length + 1);
        grown[set.length] = value;
        return grown;
    }

    private static int[] merge(int[] own, int[] inherited) {
        if (inherited == null) {
            return own;
        }
        var merged = own;
        for (int value : inherited) {
            merged = add(merged, value);
        }
        return merged;
    }
}
