package org.tutela.filtering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;

/**
 * Loads block lists from files into a {@link BlockLists.Builder}: squidGuard's directory layout (as UT1 publishes
 * its lists), hosts files, plain lists of names, and the illegal-content lists. Bad lines are counted and reported,
 * never fatal; a file that cannot be read is an {@link IOException} naming it.
 *
 * <p>Names are parsed in the read buffer, without a String per line, so a million-name list loads in a fraction of
 * a second.
 */
public final class BlockListFiles {

    /**
     * UT1's list directories in the standard catalogue. Left out on purpose: allow lists ({@code liste_blanche},
     * {@code sexual_education}, {@code child}), lists of whole popular sites a school decides on itself
     * ({@code mixed_adult}, {@code strict_redirector} and {@code strong_redirector}, which hold search engines), and
     * categories the catalogue does not have.
     */
    public static final Map<String, Category> UT1 = Map.ofEntries(
            Map.entry("adult", Categories.PORNOGRAPHY),
            Map.entry("agressif", Categories.VIOLENCE),
            Map.entry("dangerous_material", Categories.VIOLENCE),
            Map.entry("drogue", Categories.DRUGS),
            Map.entry("gambling", Categories.GAMBLING),
            Map.entry("arjel", Categories.GAMBLING),
            Map.entry("malware", Categories.MALWARE),
            Map.entry("phishing", Categories.MALWARE),
            Map.entry("hacking", Categories.MALWARE),
            Map.entry("cryptojacking", Categories.MALWARE),
            Map.entry("ddos", Categories.MALWARE),
            Map.entry("stalkerware", Categories.MALWARE),
            Map.entry("warez", Categories.PIRACY),
            Map.entry("social_networks", Categories.SOCIAL_NETWORKING),
            Map.entry("games", Categories.GAMES),
            Map.entry("audio-video", Categories.STREAMING),
            Map.entry("radio", Categories.STREAMING),
            Map.entry("chat", Categories.CHAT),
            Map.entry("dating", Categories.DATING),
            Map.entry("vpn", Categories.PROXY_VPN),
            Map.entry("redirector", Categories.PROXY_VPN),
            Map.entry("doh", Categories.DNS_OVER_HTTPS),
            Map.entry("webmail", Categories.WEBMAIL));

    private final BlockLists.Builder lists;
    private final long[] namesByBit = new long[32];
    private final List<LoadReport.SkippedLine> skipped = new ArrayList<>();
    private final List<String> unmapped = new ArrayList<>();
    private long skippedLines;
    private long urlEntries;
    private long expressions;

    public BlockListFiles(BlockLists.Builder lists) {
        this.lists = Objects.requireNonNull(lists);
    }

    /**
     * Loads a squidGuard list directory: one sub-directory per list, each with optional {@code domains},
     * {@code urls} and {@code expressions} files. Lists the mapping does not name are left out and reported, except
     * links to another list in the same directory (UT1's {@code porn} is {@code adult}).
     */
    public BlockListFiles squidGuardDirectory(Path root, Map<String, Category> mapping) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a block list directory: " + root);
        }
        List<Path> directories;
        try (var entries = Files.list(root)) {
            directories = entries.filter(Files::isDirectory).sorted().toList();
        }
        var realRoot = root.toRealPath();
        var domainFiles = new ArrayList<Path>();
        for (var directory : directories) {
            var domains = directory.resolve("domains");
            if (mapping.containsKey(directory.getFileName().toString()) && Files.exists(domains)) {
                domainFiles.add(domains);
            }
        }
        expect(domainFiles);
        for (var directory : directories) {
            var name = directory.getFileName().toString();
            var category = mapping.get(name);
            if (category == null) {
                if (!aliasWithin(directory, realRoot)) {
                    unmapped.add(name);
                }
                continue;
            }
            var domains = directory.resolve("domains");
            if (Files.exists(domains)) {
                names(domains, category, false);
            }
            var urls = directory.resolve("urls");
            if (Files.exists(urls)) {
                urls(urls, category);
            }
            var expressions = directory.resolve("expressions");
            if (Files.exists(expressions) && !lists.takesHostNamesOnly()) {
                expressions(expressions, category);
            }
        }
        return this;
    }

    /**
     * Sizes the name table for these name files before they are read: one name a line at most, and no more bytes
     * of names than the files hold. A first pass that only counts newlines costs far less than growing the table
     * and its arena step by step, which holds the old and the new copies at once.
     */
    public BlockListFiles expect(List<Path> nameFiles) throws IOException {
        long lines = 0;
        long bytes = 0;
        var buffer = new byte[64 * 1024];
        for (var file : nameFiles) {
            try (var in = Files.newInputStream(file)) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    bytes += read;
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            lines++; // a last line without a newline
        }
        lists.expectNames(lines, bytes - lines + nameFiles.size());
        return this;
    }

    /**
     * Loads a hosts file ({@code 0.0.0.0 name}, {@code 127.0.0.1 name1 name2}) or a plain list (one name a line),
     * or a mix, under one category. {@code #} starts a comment; {@code localhost} and its kin are ignored.
     */
    public BlockListFiles nameList(Path file, Category category) throws IOException {
        return names(file, category, false);
    }

    /**
     * Loads an illegal-content list (the IWF list, the police-assessed terrorist content list) in either form:
     * names as in {@link #nameList}, and {@code host/path} entries, with or without a scheme, one a line.
     */
    public BlockListFiles illegalList(Path file, Category category) throws IOException {
        if (!category.illegal()) {
            throw new IllegalArgumentException(category.id() + " is not an illegal-content category");
        }
        return names(file, category, true);
    }

    public LoadReport report() {
        var names = new LinkedHashMap<Category, Long>();
        var categories = lists.categories().all();
        for (int bit = 0; bit < categories.size(); bit++) {
            if (namesByBit[bit] > 0) {
                names.put(categories.get(bit), namesByBit[bit]);
            }
        }
        return new LoadReport(names, urlEntries, expressions, skippedLines, skipped, unmapped);
    }

    /** squidGuard's urllist: one {@code host/path} a line, maybe followed by a blank and a field we do not use. */
    /** A line's first word; squidGuard ignores the rest. No regular expression: this runs for every URL entry. */
    private static String firstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private void urls(Path file, Category category) throws IOException {
        int bits = lists.categories().bit(category);
        read(file, line -> {
            var text = wholeLine(line);
            if (text != null) {
                var entry = firstWord(text);
                url(line, file, entry, bits, category.illegal());
            }
        });
    }

    /** squidGuard's expressionlist: one regular expression a line, in Java's syntax here. */
    private void expressions(Path file, Category category) throws IOException {
        int bits = lists.categories().bit(category);
        read(file, line -> {
            var text = wholeLine(line);
            if (text == null) {
                return;
            }
            try {
                lists.expression(Expressions.compile(text), bits);
                expressions++;
            } catch (PatternSyntaxException notAnExpression) {
                skip(line, file, "not a regular expression: " + notAnExpression.getDescription(), category.illegal());
            }
        });
    }

    private void url(ListReader line, Path file, String entry, int bits, boolean illegal) {
        if (lists.url(entry, bits)) {
            urlEntries++;
        } else {
            skip(line, file, "not a host/path entry", illegal);
        }
    }

    /** A line of a file whose entries may hold {@code #} or blanks; null for a blank line or a comment. */
    private static String wholeLine(ListReader line) {
        var text = line.text().strip();
        return text.isEmpty() || text.startsWith("#") ? null : text;
    }

    private BlockListFiles names(Path file, Category category, boolean urlsToo) throws IOException {
        int bits = lists.categories().bit(category);
        read(file, line -> nameLine(line, file, bits, urlsToo, category.illegal()));
        return this;
    }

    private static void read(Path file, Consumer<ListReader> eachLine) throws IOException {
        try (var reader = new ListReader(Files.newInputStream(file))) {
            while (reader.next()) {
                eachLine.accept(reader);
            }
        } catch (IOException unreadable) {
            throw new IOException("cannot read block list " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private void nameLine(ListReader line, Path file, int bits, boolean urlsToo, boolean illegal) {
        var bytes = line.buffer();
        int from = line.start();
        int to = line.end();
        for (int i = from; i < to; i++) {
            if (bytes[i] == '#') {
                to = i;
                break;
            }
        }
        while (from < to && ListReader.blank(bytes[from])) {
            from++;
        }
        while (to > from && ListReader.blank(bytes[to - 1])) {
            to--;
        }
        if (from == to) {
            return;
        }
        int first = ListReader.tokenEnd(bytes, from, to);
        if (first == to) {
            if (!ListReader.url(bytes, from, to)) {
                name(line, file, bytes, from, to, bits, illegal);
            } else if (urlsToo) {
                url(line, file, new String(bytes, from, to - from, StandardCharsets.UTF_8), bits, illegal);
            } else {
                skip(line, file, "a URL where a host name was expected", illegal);
            }
            return;
        }
        if (!Hosts.address(bytes, from, first)) {
            skip(line, file, "more than one name on a line that does not start with an address", illegal);
            return;
        }
        for (int at = first; ; ) {
            while (at < to && ListReader.blank(bytes[at])) {
                at++;
            }
            if (at == to) {
                return;
            }
            int end = ListReader.tokenEnd(bytes, at, to);
            name(line, file, bytes, at, end, bits, illegal);
            at = end;
        }
    }

    private void name(ListReader line, Path file, byte[] bytes, int from, int to, int bits, boolean illegal) {
        long range = Hosts.normalise(bytes, from, to);
        if (range == Hosts.NOT_ASCII) {
            var name = DomainName.normalise(new String(bytes, from, to - from, StandardCharsets.UTF_8));
            if (name.isEmpty()) {
                skip(line, file, "not a host name", illegal);
                return;
            }
            bytes = name.get().getBytes(StandardCharsets.US_ASCII);
            range = bytes.length;
        } else if (range < 0) {
            skip(line, file, "not a host name", illegal);
            return;
        }
        int start = (int) (range >>> 32);
        int end = (int) range;
        if (Hosts.local(bytes, start, end)) {
            return;
        }
        lists.add(bytes, start, end, bits);
        namesByBit[Integer.numberOfTrailingZeros(bits)]++;
    }

    private void skip(ListReader line, Path file, String reason, boolean illegal) {
        skippedLines++;
        if (skipped.size() < LoadReport.EXAMPLES) {
            String text = null;
            if (!illegal) {
                text = line.text();
                text = text.length() > 120 ? text.substring(0, 120) + "…" : text;
            }
            skipped.add(new LoadReport.SkippedLine(file, line.number(), reason, text));
        }
    }

    private static boolean aliasWithin(Path directory, Path realRoot) throws IOException {
        return Files.isSymbolicLink(directory) && realRoot.equals(directory.toRealPath().getParent());
    }
}
