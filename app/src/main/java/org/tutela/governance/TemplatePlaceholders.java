package org.tutela.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what a policy template leaves for the school to fill in (GOV-05, G-03): "(Name and role)",
 * "&lt;school / setting name&gt;", "[insert date]", blanks of underscores, "XXX", and the template's own guidance
 * such as "schools should list…". Brackets that hold real words, like "(DSL)" or a Markdown link, are left alone.
 */
public final class TemplatePlaceholders {

    /** One placeholder: where it is (1-based line and column) and its text. */
    public record Placeholder(int line, int column, String text) {

        public String position() {
            return "line " + line + ", column " + column;
        }
    }

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()\\n]{1,80})\\)|<([^<>\\n]{1,80})>|\\[([^\\[\\]\\n]{1,80})\\](?!\\()");
    private static final Pattern BLANK = Pattern.compile("_{4,}|\\.{6,}(?=\\s*$)|\\b(?:XXX+|xxx+)\\b");
    private static final Pattern GUIDANCE = Pattern.compile("(?i)\\b(?:schools?|settings?) (?:should|must|may) (?:list|insert|add|state|name)\\b[^.\\n]*");

    /** Words a placeholder is made of; a bracket holding only these is a blank to fill in. */
    private static final Set<String> BLANK_WORDS = Set.of("name", "names", "role", "roles", "and", "or", "of", "the",
            "school", "setting", "date", "dates", "insert", "here", "title", "job", "contact", "details", "number",
            "telephone", "phone", "email", "address", "enter", "add", "full", "person", "local", "authority", "your",
            "trust", "academy", "organisation", "tbc", "tbd", "to", "be", "confirmed");
    /** What a blank asks for; "(the school)" asks for nothing, "(school name)" does. */
    private static final Set<String> CORE_WORDS = Set.of("name", "names", "role", "roles", "date", "dates", "insert",
            "enter", "details", "number", "telephone", "phone", "email", "address", "title", "contact", "tbc", "tbd",
            "confirmed");
    /** Words that open an instruction to the template's user. */
    private static final Set<String> INSTRUCTION_OPENERS = Set.of("insert", "enter", "add", "name", "tbc", "tbd");
    /** Markup that uses angle brackets for real: HTML tags, autolinks. */
    private static final Pattern MARKUP = Pattern.compile("(?i)^/?(?:[a-z][a-z0-9]*)(?:\\s+[a-z-]+=.*)?/?$|^(?:https?|mailto):.*|^\\S+@\\S+$");

    private TemplatePlaceholders() {
    }

    public static List<Placeholder> in(String text) {
        var found = new ArrayList<Placeholder>();
        if (text == null) {
            return found;
        }
        var lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (line.strip().matches("_{3,}|-{3,}|\\*{3,}")) {
                continue; // a Markdown thematic break, not a blank
            }
            var bracketed = BRACKETED.matcher(line);
            while (bracketed.find()) {
                var round = bracketed.group(1) != null;
                var angle = bracketed.group(2) != null;
                var inside = round ? bracketed.group(1) : angle ? bracketed.group(2) : bracketed.group(3);
                if (isBlank(inside)) {
                    found.add(new Placeholder(i + 1, bracketed.start() + 1, bracketed.group()));
                } else if (!round && mentionsName(inside) && !(angle && MARKUP.matcher(inside.strip()).matches())) {
                    found.add(new Placeholder(i + 1, bracketed.start() + 1, bracketed.group()));
                }
            }
            var blank = BLANK.matcher(line);
            while (blank.find()) {
                found.add(new Placeholder(i + 1, blank.start() + 1, blank.group()));
            }
            var guidance = GUIDANCE.matcher(line);
            while (guidance.find()) {
                found.add(new Placeholder(i + 1, guidance.start() + 1, guidance.group().strip()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Placeholder::line).thenComparingInt(Placeholder::column));
        return found;
    }

    /** Made only of placeholder words, or opening with an instruction such as "insert". */
    private static boolean isBlank(String inside) {
        var words = words(inside);
        if (words.isEmpty()) {
            return false;
        }
        return words.stream().allMatch(BLANK_WORDS::contains) && words.stream().anyMatch(CORE_WORDS::contains)
                || INSTRUCTION_OPENERS.contains(words.get(0));
    }

    /** "&lt;Name of DSL&gt;" or "[DSL name]": a name asked for inside angle or square brackets. */
    private static boolean mentionsName(String inside) {
        return words(inside).contains("name");
    }

    private static List<String> words(String inside) {
        return java.util.Arrays.stream(inside.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }
}
