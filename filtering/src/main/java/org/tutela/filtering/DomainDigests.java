package org.tutela.filtering;

import java.security.SecureRandom;
import java.util.function.IntBinaryOperator;

/**
 * An immutable set of listed domain names, each carrying an int value (see {@link ListedNames}), that keeps a 64-bit
 * digest of each name instead of the name: about 13.5 bytes a name (an 8-byte digest and a 1-byte value index a
 * slot, at a load of 2/3) where {@link DomainTable} needs about 32. For an enforcement point that only asks whether
 * a host is listed, the DNS resolver: it cannot list its names, so an RPZ export or a policy page uses a
 * {@link DomainTable}.
 *
 * <p>A listed name is always found: its digest is the one stored. The other way round, a name that is not listed is
 * taken for a listed one only if its digest equals one of the {@code n} stored, about {@code n / 2^64} for each name
 * and parent domain looked up (5 × 10<sup>-14</sup> with a million names; at ten million lookups a day, once in
 * some five thousand years). The digest is keyed by a random seed chosen when the table is built, so such a
 * coincidence is not repeated after the next load, and finding a name that collides means guessing a secret 64-bit
 * seed; the hash (FNV-1a, with MurmurHash3's finaliser) is not a cryptographic function, so that is hard rather than
 * provably impossible. A coincidence refuses one unlisted name, which the decision log shows under the category it
 * was taken for; on an illegal list, that would also raise an alert for a name that is not on it. Allow and deny
 * lists are always tables of names, so a coincidence can never allow a site.
 *
 * <p>Values are kept as an index into a palette of the distinct values (one byte a slot while there are at most 256,
 * as for the category masks of a block list), else as an int a slot.
 */
public final class DomainDigests extends ListedNames {

    private static final DomainDigests EMPTY = new Builder().build();

    /** Per slot, the digest of the name's bytes (never 0); 0 marks an empty slot. */
    private final long[] digests;
    /** Per slot, the value's palette index, while the palette has at most 256 values; else null. */
    private final byte[] indexes;
    /** Per slot, the value itself, when the palette outgrew a byte; else null. */
    private final int[] values;
    private final int[] palette;
    private final int capacity;
    private final int size;

    private DomainDigests(long seed, long[] digests, byte[] indexes, int[] values, int[] palette, int size) {
        super(seed);
        this.digests = digests;
        this.indexes = indexes;
        this.values = values;
        this.palette = palette;
        this.capacity = digests.length;
        this.size = size;
    }

    public static DomainDigests empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    int probe(long hash, byte[] host, int from, int to) {
        long digest = finish(hash, to - from);
        int slot = slotOf(digest, capacity);
        return valueFrom(digest, slot, digests[slot]);
    }

    /** The value of the name with this digest, its home slot and what that slot holds; {@link #NONE} if not listed. */
    private int valueFrom(long digest, int slot, long stored) {
        while (true) {
            if (stored == digest) {
                return values != null ? values[slot] : palette[indexes[slot] & 0xff];
            }
            if (stored == 0) {
                return NONE;
            }
            slot = ++slot == capacity ? 0 : slot;
            stored = digests[slot];
        }
    }

    /**
     * As {@link ListedNames#union}, for a name of up to four labels (nearly every name asked), reading the home slot
     * of every suffix before looking at any: the reads do not depend on one another, so the processor waits for the
     * memory once rather than once a label. A longer name is looked up one suffix after another.
     */
    @Override
    public int union(byte[] host, int from, int to) {
        if (size == 0) {
            return 0;
        }
        int asked = to;
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        long hash = seed();
        long d0 = 0;
        long d1 = 0;
        long d2 = 0;
        int suffixes = 0;
        for (int i = to - 1; i >= from; i--) {
            byte c = host[i];
            if (c == '.') {
                long digest = finish(hash, to - i - 1);
                switch (suffixes++) {
                    case 0 -> d0 = digest;
                    case 1 -> d1 = digest;
                    case 2 -> d2 = digest;
                    default -> {
                        return super.union(host, from, asked);
                    }
                }
            }
            hash = step(hash, c);
        }
        long whole = finish(hash, to - from);
        int slot = slotOf(whole, capacity);
        int s0 = slotOf(d0, capacity);
        int s1 = slotOf(d1, capacity);
        int s2 = slotOf(d2, capacity);
        long v = digests[slot];
        long v0 = digests[s0];
        long v1 = digests[s1];
        long v2 = digests[s2];
        int union = valueOrZero(whole, slot, v);
        if (suffixes > 0) {
            union |= valueOrZero(d0, s0, v0);
        }
        if (suffixes > 1) {
            union |= valueOrZero(d1, s1, v1);
        }
        if (suffixes > 2) {
            union |= valueOrZero(d2, s2, v2);
        }
        return union;
    }

    private int valueOrZero(long digest, int slot, long stored) {
        int value = valueFrom(digest, slot, stored);
        return value == NONE ? 0 : value;
    }

    public static final class Builder implements ListedNames.Builder {

        private static final int BYTE_PALETTE = 256;

        private final long seed = new SecureRandom().nextLong();
        private long[] digests = new long[16];
        private byte[] indexes = new byte[16];
        private int[] values;
        private int size;
        /** The distinct values, while a byte can index them; null once an int a slot holds the values. */
        private Palette palette = new Palette();

        @Override
        public int add(byte[] name, int from, int to, int value, IntBinaryOperator merge) {
            int length = to - from;
            if (length <= 0 || length > 253) {
                throw new IllegalArgumentException("not a domain name: "
                        + new String(name, from, Math.max(length, 0), java.nio.charset.StandardCharsets.US_ASCII));
            }
            long digest = finish(hashOf(seed, name, from, to), length);
            if ((size + 1) * 4L > digests.length * 3L) {
                resize(digests.length * 2);
            }
            int capacity = digests.length;
            int slot = slotOf(digest, capacity);
            while (digests[slot] != 0) {
                if (digests[slot] == digest) {
                    int stored = valueAt(slot);
                    int merged = merge.applyAsInt(stored, value);
                    if (merged != stored) {
                        store(slot, merged);
                    }
                    return merged;
                }
                slot = ++slot == capacity ? 0 : slot;
            }
            digests[slot] = digest;
            store(slot, value);
            size++;
            return value;
        }

        private int valueAt(int slot) {
            return values != null ? values[slot] : palette.valueAt(indexes[slot] & 0xff);
        }

        private void store(int slot, int value) {
            if (values != null) {
                values[slot] = value;
                return;
            }
            int index = palette.indexOf(value);
            if (index < BYTE_PALETTE) {
                indexes[slot] = (byte) index;
                return;
            }
            // More distinct values than a byte can index: an int a slot from now on.
            values = new int[digests.length];
            for (int i = 0; i < digests.length; i++) {
                if (digests[i] != 0 && i != slot) {
                    values[i] = palette.valueAt(indexes[i] & 0xff);
                }
            }
            values[slot] = value;
            indexes = null;
            palette = null;
        }

        /** Sized for a load of 2/3; the table still grows past 3/4 if more names come. */
        @Override
        public void expect(long names, long bytes) {
            long slots = names + (names >> 1) + 16;
            if (slots > digests.length && slots < Integer.MAX_VALUE - 8) {
                resize((int) slots);
            }
        }

        @Override
        public int size() {
            return size;
        }

        /** The table, handed the builder's arrays rather than copies; the builder is left empty. */
        @Override
        public DomainDigests build() {
            var table = new DomainDigests(seed, digests, indexes, values, palette == null ? null : palette.values(),
                    size);
            digests = new long[16];
            indexes = new byte[16];
            values = null;
            size = 0;
            palette = new Palette();
            return table;
        }

        /** Moves every digest, and its value, to its home in a table of the new size. */
        private void resize(int capacity) {
            var oldDigests = digests;
            var oldIndexes = indexes;
            var oldValues = values;
            digests = new long[capacity];
            indexes = oldIndexes == null ? null : new byte[capacity];
            values = oldValues == null ? null : new int[capacity];
            for (int i = 0; i < oldDigests.length; i++) {
                long digest = oldDigests[i];
                if (digest != 0) {
                    int slot = slotOf(digest, capacity);
                    while (digests[slot] != 0) {
                        slot = ++slot == capacity ? 0 : slot;
                    }
                    digests[slot] = digest;
                    if (values != null) {
                        values[slot] = oldValues[i];
                    } else {
                        indexes[slot] = oldIndexes[i];
                    }
                }
            }
        }
    }
}
