package org.tutela.filtering;

import java.util.List;
import java.util.Objects;
import java.util.function.IntBinaryOperator;

/**
 * Every listed name with the categories it is listed under: the part of a policy that is large (a million names)
 * and changes rarely, so it is built once and shared by the policy versions made from it.
 */
public final class BlockLists {

    private final Categories categories;
    private final DomainTable names;

    private BlockLists(Categories categories, DomainTable names) {
        this.categories = categories;
        this.names = names;
    }

    public static Builder builder(Categories categories) {
        return new Builder(categories);
    }

    public static BlockLists empty(Categories categories) {
        return new BlockLists(categories, DomainTable.empty());
    }

    public Categories categories() {
        return categories;
    }

    public int size() {
        return names.size();
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

    DomainTable names() {
        return names;
    }

    public static final class Builder {

        private static final IntBinaryOperator UNION = (listed, added) -> listed | added;

        private final Categories categories;
        private final DomainTable.Builder names = DomainTable.builder();
        private long skipped;

        private Builder(Categories categories) {
            this.categories = Objects.requireNonNull(categories);
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
            return this;
        }

        /**
         * Lists the normalised name in {@code name[from, to)} (lower-case ASCII, see {@link DomainName#normalise})
         * under the categories in {@code bits}, straight from a loader's read buffer.
         */
        void add(byte[] name, int from, int to, int bits) {
            names.add(name, from, to, bits, UNION);
        }

        /** Names that were not host names and were left out; a loader reports them. */
        public long skipped() {
            return skipped;
        }

        public Categories categories() {
            return categories;
        }

        public BlockLists build() {
            return new BlockLists(categories, names.build());
        }
    }
}
