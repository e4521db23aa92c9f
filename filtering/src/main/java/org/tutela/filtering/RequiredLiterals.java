package org.tutela.filtering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literals a regular expression cannot match without: a set of lower-case ASCII strings such that every text
 * the expression finds a match in contains at least one of them, ignoring ASCII case. {@link Expressions} looks for
 * them all at once ({@link LiteralAutomaton}) and runs only the expressions whose literals are there.
 *
 * <p>The parser knows a conservative subset of {@link Pattern}'s syntax. Whatever it is not sure of makes it answer
 * "no literal" ({@link #of} returns an empty set), and the expression then runs on every URL, as before. So a wrong
 * guess here can only cost time, never change a verdict; {@code RequiredLiteralsTest} checks the literals against
 * {@link Pattern} on generated expressions and texts.
 */
final class RequiredLiterals {

    private final String expression;
    private int at;

    private RequiredLiterals(String expression) {
        this.expression = expression;
    }

    /**
     * Lower-case ASCII literals, one of which every match of {@code pattern} contains; empty when none is known (the
     * pattern must then always run). Only patterns compiled with {@link Pattern#CASE_INSENSITIVE} alone, or with no
     * flags, get literals: both are matched here ignoring ASCII case, which is a necessary condition for either.
     */
    static Set<String> of(Pattern pattern) {
        if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
            return Set.of();
        }
        var parser = new RequiredLiterals(pattern.pattern());
        try {
            var literals = parser.alternation();
            if (parser.at != parser.expression.length() || literals == null) {
                return Set.of();
            }
            return Set.copyOf(literals);
        } catch (Unsure | IndexOutOfBoundsException e) {
            return Set.of();
        }
    }

    /** Thrown where the parser meets syntax it does not know well enough. */
    private static final class Unsure extends RuntimeException {
        Unsure() {
            super(null, null, false, false);
        }
    }

    /** Branches separated by '|': a literal of any branch will do; null if one branch needs none. */
    private Set<String> alternation() {
        var all = new LinkedHashSet<String>();
        boolean any = false;
        while (true) {
            var branch = concatenation();
            if (branch == null) {
                any = true;
            } else if (!any) {
                all.addAll(branch);
            }
            if (at < expression.length() && expression.charAt(at) == '|') {
                at++;
                continue;
            }
            return any ? null : all;
        }
    }

    /** Atoms one after another: every factor is needed, so the most selective one is kept. */
    private Set<String> concatenation() {
        var factors = new ArrayList<Set<String>>();
        var run = new StringBuilder();
        while (at < expression.length()) {
            char c = expression.charAt(at);
            if (c == '|' || c == ')') {
                break;
            }
            int literal = -1;
            Set<String> inner = null;
            if (c == '\\') {
                literal = escape();
            } else if (c == '(') {
                inner = group();
            } else if (c == '[') {
                characterClass();
            } else if (c == '.' || c == '^' || c == '$') {
                at++;
            } else if (c == '?' || c == '*' || c == '+' || c == '{') {
                throw new Unsure(); // a quantifier with nothing before it
            } else if (c == ']' || c == '}' || c >= 0x80 || Character.isISOControl(c) || c == ' ' || c == '#') {
                at++; // an atom matched as itself, but not one to look for
            } else {
                literal = c;
                at++;
            }
            int min = quantifier();
            if (literal >= 0 && min == 1 && lastQuantifierWasNone) {
                run.append((char) literal);
                continue;
            }
            if (literal >= 0 && min >= 1) {
                // "ab+c" contains "ab" and "bc": the first b follows the a, the last one comes before the c.
                run.append((char) literal);
                flush(run, factors);
                run.append((char) literal);
                continue;
            }
            flush(run, factors);
            if (inner != null && min >= 1) {
                factors.add(inner);
            }
        }
        flush(run, factors);
        Set<String> best = null;
        for (var factor : factors) {
            if (best == null || score(factor) > score(best)) {
                best = factor;
            }
        }
        return best;
    }

    private static int score(Set<String> literals) {
        int shortest = Integer.MAX_VALUE;
        for (var literal : literals) {
            shortest = Math.min(shortest, literal.length());
        }
        // Longer is rarer; among equals, fewer alternatives.
        return shortest * 64 - Math.min(literals.size(), 63);
    }

    private static void flush(StringBuilder run, List<Set<String>> factors) {
        if (!run.isEmpty()) {
            factors.add(Set.of(run.toString().toLowerCase(Locale.ROOT)));
            run.setLength(0);
        }
    }

    private boolean lastQuantifierWasNone;

    /** The least number of times the atom just read must occur: 1 when no quantifier follows it. */
    private int quantifier() {
        lastQuantifierWasNone = false;
        if (at >= expression.length()) {
            lastQuantifierWasNone = true;
            return 1;
        }
        int min;
        char c = expression.charAt(at);
        if (c == '?' || c == '*') {
            min = 0;
            at++;
        } else if (c == '+') {
            min = 1;
            at++;
        } else if (c == '{') {
            int close = expression.indexOf('}', at);
            if (close < 0) {
                throw new Unsure();
            }
            var bounds = expression.substring(at + 1, close);
            if (!bounds.matches("[0-9]{1,6}(,[0-9]{0,6})?")) {
                throw new Unsure();
            }
            int comma = bounds.indexOf(',');
            min = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
            at = close + 1;
        } else {
            lastQuantifierWasNone = true;
            return 1;
        }
        if (at < expression.length() && (expression.charAt(at) == '?' || expression.charAt(at) == '+')) {
            at++; // lazy or possessive: the same strings match somewhere
        }
        if (at < expression.length() && "?*+{".indexOf(expression.charAt(at)) >= 0) {
            throw new Unsure();
        }
        return Math.min(min, 1);
    }

    /** An escape outside a class: the character it stands for if it is one to look for, else -1. */
    private int escape() {
        char next = expression.charAt(at + 1);
        if (next < 0x80 && !Character.isLetterOrDigit(next)) {
            at += 2;
            return Character.isISOControl(next) || next == ' ' ? -1 : next;
        }
        // Escapes of one letter that match a character or a position and take nothing after them.
        if ("dDwWsSBAzZGtnrfeahHvVRX".indexOf(next) >= 0) {
            at += 2;
            return -1;
        }
        if (next == 'b' && (at + 2 >= expression.length() || expression.charAt(at + 2) != '{')) {
            at += 2;
            return -1;
        }
        throw new Unsure(); // quoting, properties, hex, unicode and octal escapes, back references, named ones, \N, \c, \b{g}
    }

    /** A group; its literals, or null for a look-around or a group that needs none. */
    private Set<String> group() {
        at++;
        boolean lookAround = false;
        if (expression.charAt(at) == '?') {
            at++;
            char kind = expression.charAt(at);
            if (kind == ':' || kind == '>') {
                at++;
            } else if (kind == '=' || kind == '!') {
                at++;
                lookAround = true;
            } else if (kind == '<') {
                at++;
                char after = expression.charAt(at);
                if (after == '=' || after == '!') {
                    at++;
                    lookAround = true;
                } else {
                    int close = expression.indexOf('>', at);
                    if (close < 0 || !expression.substring(at, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                        throw new Unsure();
                    }
                    at = close + 1;
                }
            } else {
                // Inline flags: (?idms-idms) or (?idms-idms:X). Others (u, U, x, c) change what matches or how
                // the expression reads, so the parser stops there.
                while (at < expression.length() && "idms-".indexOf(expression.charAt(at)) >= 0) {
                    at++;
                }
                char end = expression.charAt(at);
                if (end == ')') {
                    at++;
                    return null; // sets flags for the rest of the group: matches the empty string
                }
                if (end != ':') {
                    throw new Unsure();
                }
                at++;
            }
        }
        var inner = alternation();
        if (at >= expression.length() || expression.charAt(at) != ')') {
            throw new Unsure();
        }
        at++;
        return lookAround ? null : inner;
    }

    /** Skips a character class, nested classes included. */
    private void characterClass() {
        at++;
        if (expression.charAt(at) == '^') {
            at++;
        }
        if (expression.charAt(at) == ']') {
            throw new Unsure();
        }
        int depth = 1;
        while (depth > 0) {
            char c = expression.charAt(at);
            if (c == '\\') {
                char next = expression.charAt(at + 1);
                if (next == 'Q' || next == 'E') {
                    throw new Unsure();
                }
                at += 2;
            } else if (c == '[') {
                depth++;
                at++;
                if (expression.charAt(at) == '^') {
                    at++;
                }
                if (expression.charAt(at) == ']') {
                    throw new Unsure();
                }
            } else if (c == ']') {
                depth--;
                at++;
            } else {
                at++;
            }
        }
    }
}
