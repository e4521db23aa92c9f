package org.tutela.filtering;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What loading block lists from files did: the entries taken per category, and the lines left out with where and
 * why, so that a network manager can see a damaged list without the load failing.
 *
 * @param names          names taken, per category, counting a name each time a file lists it
 * @param urlEntries     host-and-path entries taken
 * @param expressions    regular expressions taken
 * @param skippedLines   every line left out
 * @param skipped        the first {@link #EXAMPLES} of them
 * @param unmappedLists  list directories that no category was given for, so nothing was loaded from them
 */
public record LoadReport(Map<Category, Long> names, long urlEntries, long expressions, long skippedLines,
        List<SkippedLine> skipped, List<String> unmappedLists) {

    /** How many skipped lines a report keeps as examples; it counts them all. */
    public static final int EXAMPLES = 100;

    /**
     * A line left out of a load. The text is withheld (null) for the illegal-content lists, whose entries must not
     * be shown or logged.
     */
    public record SkippedLine(Path file, long line, String reason, String text) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + reason + (text == null ? "" : ": " + text);
        }
    }

    public LoadReport {
        names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
        skipped = List.copyOf(skipped);
        unmappedLists = List.copyOf(unmappedLists);
    }

    public long namesLoaded() {
        return names.values().stream().mapToLong(Long::longValue).sum();
    }

    public long namesLoaded(Category category) {
        return names.getOrDefault(category, 0L);
    }
}
