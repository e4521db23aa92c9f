package org.tutela.filtering;

import java.util.List;
import java.util.Objects;
import java.util.function.IntBinaryOperator;

/**
 * Every listed name, URL entry and expression with the categories it is listed under: the part of a policy that is
 * large (a million names) and changes rarely, so it is built once and shared by the policy versions made from it.
 * Names decide for hosts (DNS, CONNECT); URL entries and expressions add to them when a full URL is seen.
 */
public final class BlockLists {

    private final Categories categories;
    private final ListedNames names;
    private final UrlPrefixes urls;
    private final Expressions expressions;
    private final java.util.Map<String, List<String>> samples;
    private final boolean hostNamesOnly;

    private BlockLists(Categories categories, ListedNames names, UrlPrefixes urls, Expressions expressions,
            java.util.Map<String, List<String>> samples, boolean hostNamesOnly) {
        this.samples = samples;
        this.hostNamesOnly = hostNamesOnly;
        this.categories = categories;
        this.names = names;
        this.urls = urls;
        this.expressions = expressions;
    }

    public static Builder builder(Categories categories) {
        return new Builder(categories);
    }

    public static BlockLists empty(Categories categories) {
        return new BlockLists(categories, DomainTable.empty(), UrlPrefixes.NONE, Expressions.NONE, java.util.Map.of(),
                false);
    }

    public Categories categories() {
        return categories;
    }

    /** How many distinct names are listed. */
    public int size() {
        return names.size();
    }

    /** How many distinct host-and-path entries are listed. */
    public int urlEntries() {
        return urls.size();
    }

    public int expressions() {
        return expressions.size();
    }

    /**
     * Whether these lists were loaded for host names alone (see {@link Builder#hostNamesOnly}): without the URL
     * entries that have a path, and without expressions, so that they can decide for a host but not for a full URL.
     */
    public boolean hostNamesOnly() {
        return hostNamesOnly;
    }

    /**
     * The first few names listed under a category, as loaded: names an effectiveness check (FILT-13) can try without
     * a school having to choose its own.
     */
    public List<String> samplesOf(Category category) {
        return samples.getOrDefault(category.id(), List.of());
    }

    /** The categories a host is listed under, itself or at any level above it, in catalogue order. */
    public List<Category> categoriesOf(String host) {
        var bytes = Hosts.lowerCaseAscii(host);
        return categories.in(categoriesOf(bytes, 0, bytes.length));
    }

    /** The categories of a host, at any level above it, as a mask of {@link #categories()}. */
    int categoriesOf(byte[] host, int from, int to) {
        return names.union(host, from, to);
    }

    ListedNames names() {
        return names;
    }

    /**
     * Every listed name, for an export that writes them out.
     *
     * @throws IllegalStateException when the lists were loaded as digests (see {@link Builder#namesAsDigests}),
     *                               which cannot list their names
     */
    DomainTable namesToList() {
        if (names instanceof DomainTable table) {
            return table;
        }
        throw new IllegalStateException("the lists were loaded as digests, which cannot list their names");
    }

    UrlPrefixes urls() {
        return urls;
    }

    Expressions expressionLists() {
        return expressions;
    }

    public static final class Builder {

        private static final int SAMPLES = 3;
        private static final IntBinaryOperator UNION = (listed, added) -> listed | added;

        private final Categories categories;
        private ListedNames.Builder names = DomainTable.builder();
        private final UrlPrefixes.Builder urls = new UrlPrefixes.Builder();
        private final Expressions.Builder expressions = new Expressions.Builder();
        private final java.util.Map<String, List<String>> samples = new java.util.HashMap<>();
        private long skipped;
        private boolean hostNamesOnly;

        private Builder(Categories categories) {
            this.categories = Objects.requireNonNull(categories);
        }

        /**
         * Makes room for about {@code names} names of {@code bytes} bytes in all before they are added, so that
         * loading does not grow the name table step by step (see {@link ListedNames.Builder#expect}).
         */
        public Builder expectNames(long names, long bytes) {
            this.names.expect(names, bytes);
            return this;
        }

        /**
         * Leaves out what only a full URL can match, for an enforcement point that never sees one (a DNS resolver,
         * an RPZ export): URL entries with a path, and expressions. A URL entry without a path still lists its host.
         * A million-name list then holds ~10 MB less, and loads faster.
         */
        public Builder hostNamesOnly() {
            hostNamesOnly = true;
            return this;
        }

        /**
         * Keeps a 64-bit digest of each name rather than the name (see {@link DomainDigests}): a third of the memory,
         * for an enforcement point that only asks whether a host is listed (the DNS resolver). Such lists cannot
         * list their names, so an RPZ export cannot be written from them. Chosen before any name is added.
         */
        public Builder namesAsDigests() {
            if (names.size() > 0) {
                throw new IllegalStateException("names are already listed");
            }
            names = DomainDigests.builder();
            return this;
        }

        boolean takesHostNamesOnly() {
            return hostNamesOnly;
        }

        /** Lists a name under a category; a name that is not a host name is counted and skipped. */
        public Builder add(String name, Category category) {
            var bit = categories.bit(category);
            var normalised = DomainName.normalise(name);
            if (normalised.isEmpty()) {
                skipped++;
                return this;
            }
            names.add(normalised.get(), bit, UNION);
            var sampled = samples.computeIfAbsent(category.id(), id -> new java.util.ArrayList<>());
            if (sampled.size() < SAMPLES) {
                sampled.add(normalised.get());
            }
            return this;
        }

        /**
         * Lists a squidGuard URL entry, {@code host/path} with or without a scheme, under a category: it matches the
         * host and its subdomains on any path that starts with the path. An entry without a path lists the host.
         *
         * @throws IllegalArgumentException when the entry names no host
         */
        public Builder addUrl(String entry, Category category) {
            if (!url(entry, categories.bit(category))) {
                throw new IllegalArgumentException("not a host/path entry: " + entry);
            }
            return this;
        }

        /**
         * Lists a regular expression (Java syntax) under a category: a URL it is found in, ignoring case, is in the
         * category.
         *
         * @throws java.util.regex.PatternSyntaxException when it is not a regular expression
         */
        public Builder addExpression(String expression, Category category) {
            expressions.add(Expressions.compile(expression), categories.bit(category));
            return this;
        }

        /**
         * Lists the normalised name in {@code name[from, to)} (lower-case ASCII, see {@link DomainName#normalise})
         * under the categories in {@code bits}, straight from a loader's read buffer.
         */
        void add(byte[] name, int from, int to, int bits) {
            names.add(name, from, to, bits, UNION);
        }

        /** Lists a URL entry under the categories in {@code bits}; false when it names no host. */
        boolean url(String line, int bits) {
            var entry = UrlPrefixes.Entry.parse(line);
            if (entry == null) {
                return false;
            }
            if (entry.wholeHost()) {
                names.add(entry.host(), bits, UNION);
            } else if (!hostNamesOnly) {
                urls.add(entry.host(), entry.prefix(), bits);
            }
            return true;
        }

        void expression(java.util.regex.Pattern expression, int bits) {
            if (!hostNamesOnly) {
                expressions.add(expression, bits);
            }
        }

        /** Names that were not host names and were left out; a loader reports them. */
        public long skipped() {
            return skipped;
        }

        public Categories categories() {
            return categories;
        }

        public BlockLists build() {
            var copied = new java.util.HashMap<String, List<String>>();
            samples.forEach((category, names) -> copied.put(category, List.copyOf(names)));
            return new BlockLists(categories, names.build(), urls.build(), expressions.build(),
                    java.util.Map.copyOf(copied), hostNamesOnly);
        }
    }
}
