package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * An immutable set of listed domain names, each carrying an int value (see {@link ListedNames}), that keeps every
 * name. Built for a million names in about 32 bytes a name: an open-addressing table whose slots keep a 16-bit
 * fingerprint of each name's 64-bit hash (the high 32 bits choose the home slot) and where the name starts in a byte
 * arena. The arena holds each name once, after its length and before its value, so a match is exact, never a hash
 * guess: a fingerprint that matches is confirmed against the stored name.
 *
 * <p>Values are kept as an index into a palette of the distinct values, written in as few bytes as it needs (one for
 * the few dozen category masks of a block list), rather than as an int per slot.
 */
public final class DomainTable extends ListedNames {

    private static final DomainTable EMPTY = new Builder().build();

    /** Per slot, 16 bits of the name's hash (never 0); 0 marks an empty slot. */
    private final short[] fingerprints;
    /** Per slot, where its entry starts in the arena: a length byte, the name, the value's palette index. */
    private final int[] offsets;
    private final byte[] arena;
    private final int[] palette;
    private final int capacity;
    private final int size;

    private DomainTable(short[] fingerprints, int[] offsets, byte[] arena, int[] palette, int size) {
        super(SEED);
        this.fingerprints = fingerprints;
        this.offsets = offsets;
        this.arena = arena;
        this.palette = palette;
        this.capacity = fingerprints.length;
        this.size = size;
    }

    public static DomainTable empty() {
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
        int length = to - from;
        long key = finish(hash, length);
        int slot = slotOf(key, capacity);
        short fingerprint = fingerprintOf(key);
        while (true) {
            short stored = fingerprints[slot];
            if (stored == 0) {
                return NONE;
            }
            if (stored == fingerprint) {
                int at = offsets[slot];
                if ((arena[at] & 0xff) == length && Arrays.equals(arena, at + 1, at + 1 + length, host, from, to)) {
                    return palette[readIndex(arena, at + 1 + length)];
                }
            }
            slot = ++slot == capacity ? 0 : slot;
        }
    }

    /** What a slot keeps of the key: its low 16 bits, never 0 (which marks an empty slot). */
    static short fingerprintOf(long key) {
        short fingerprint = (short) key;
        return fingerprint == 0 ? 1 : fingerprint;
    }

    /** The key of {@code name[from, to)}, as a lookup computes it. */
    static long keyOf(byte[] name, int from, int to) {
        return finish(hashOf(SEED, name, from, to), to - from);
    }

    /** Where every name's hash starts. */
    private static final long SEED = 0xcbf29ce484222325L;

    /** A palette index as written after a name: seven bits a byte, low bits first, the top bit set on all but the last. */
    private static int readIndex(byte[] arena, int at) {
        int index = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = arena[at++];
            index |= (b & 0x7f) << shift;
            if (b >= 0) {
                return index;
            }
        }
    }

    /** How many bytes {@link #readIndex} reads at {@code at}. */
    private static int indexWidth(byte[] arena, int at) {
        int width = 1;
        while (arena[at++] < 0) {
            width++;
        }
        return width;
    }

    private static int widthOf(int index) {
        int width = 1;
        while ((index >>>= 7) != 0) {
            width++;
        }
        return width;
    }

    /** Writes an index in exactly {@code width} bytes (padding with zero groups), which must hold it. */
    private static void writeIndex(byte[] arena, int at, int index, int width) {
        for (int i = 0; i < width - 1; i++) {
            arena[at++] = (byte) (index & 0x7f | 0x80);
            index >>>= 7;
        }
        arena[at] = (byte) index;
    }

    /** Calls back with every listed name and its value, in no particular order. */
    public void forEach(java.util.function.ObjIntConsumer<String> action) {
        for (int slot = 0; slot < fingerprints.length; slot++) {
            if (fingerprints[slot] != 0) {
                int at = offsets[slot];
                int length = arena[at] & 0xff;
                action.accept(new String(arena, at + 1, length, StandardCharsets.US_ASCII),
                        palette[readIndex(arena, at + 1 + length)]);
            }
        }
    }

    /**
     * Collects names and values. Adding a name twice keeps one entry whose value the merge function decides
     * (for category lists: the union of the categories).
     */
    public static final class Builder implements ListedNames.Builder {

        private short[] fingerprints = new short[16];
        private int[] offsets = new int[16];
        private byte[] arena = new byte[256];
        private int arenaSize;
        private int size;
        private Palette palette = new Palette();

        @Override
        public int add(byte[] name, int from, int to, int value, IntBinaryOperator merge) {
            int length = to - from;
            if (length <= 0 || length > 253) {
                throw new IllegalArgumentException("not a domain name: "
                        + new String(name, from, Math.max(length, 0), StandardCharsets.US_ASCII));
            }
            long key = keyOf(name, from, to);
            short fingerprint = fingerprintOf(key);
            if ((size + 1) * 4L > fingerprints.length * 3L) {
                resize(fingerprints.length * 2);
            }
            int capacity = fingerprints.length;
            int slot = slotOf(key, capacity);
            while (fingerprints[slot] != 0) {
                if (fingerprints[slot] == fingerprint) {
                    int at = offsets[slot];
                    if ((arena[at] & 0xff) == length && Arrays.equals(arena, at + 1, at + 1 + length, name, from, to)) {
                        return merge(slot, at, length, value, merge);
                    }
                }
                slot = ++slot == capacity ? 0 : slot;
            }
            int index = palette.indexOf(value);
            fingerprints[slot] = fingerprint;
            offsets[slot] = append(name, from, length, index);
            size++;
            return value;
        }

        private int merge(int slot, int at, int length, int value, IntBinaryOperator merge) {
            int indexAt = at + 1 + length;
            int stored = palette.valueAt(readIndex(arena, indexAt));
            int merged = merge.applyAsInt(stored, value);
            if (merged != stored) {
                int index = palette.indexOf(merged);
                int width = indexWidth(arena, indexAt);
                if (widthOf(index) <= width) {
                    writeIndex(arena, indexAt, index, width);
                } else {
                    // Too wide for its place: the entry moves to the end of the arena (rare: duplicates only).
                    offsets[slot] = append(arena, at + 1, length, index);
                }
            }
            return merged;
        }

        /** Writes an entry at the end of the arena; returns where it starts. */
        private int append(byte[] name, int from, int length, int index) {
            int width = widthOf(index);
            int needed = 1 + length + width;
            if (arenaSize + needed > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arena.length + (arena.length >> 1), arenaSize + needed));
            }
            int at = arenaSize;
            arena[at] = (byte) length;
            System.arraycopy(name, from, arena, at + 1, length);
            writeIndex(arena, at + 1 + length, index, width);
            arenaSize += needed;
            return at;
        }

        /** Adds a name whose later additions replace its value. */
        public void add(String name, int value) {
            add(name, value, (old, added) -> added);
        }

        @Override
        public int size() {
            return size;
        }

        /**
         * The table, handed the builder's arrays rather than copies, which for a million names would hold two
         * tables (~30 MB more) at the peak of loading; the builder is left empty, so it cannot change the table.
         */
        @Override
        public DomainTable build() {
            var table = new DomainTable(fingerprints, offsets,
                    arena.length - arenaSize <= arena.length >> 3 ? arena : Arrays.copyOf(arena, arenaSize),
                    palette.values(), size);
            fingerprints = new short[16];
            offsets = new int[16];
            arena = new byte[256];
            arenaSize = 0;
            size = 0;
            palette = new Palette();
            return table;
        }

        /**
         * Makes room for {@code names} names in all, of {@code bytes} bytes in all, so that loading a million names
         * neither rehashes the table nor copies the arena on the way (each of which briefly holds the old and the
         * new arrays). Sized for a load of 3/4, and two bytes a name beside its own (its length and its value); the
         * table still grows past 4/5 if more names come.
         */
        @Override
        public void expect(long names, long bytes) {
            long slots = names + (names >> 1) + 16;
            if (slots > fingerprints.length && slots < Integer.MAX_VALUE - 8) {
                resize((int) slots);
            }
            long arenaBytes = bytes + 2 * names;
            if (arenaBytes > arena.length && arenaBytes < Integer.MAX_VALUE - 8) {
                arena = Arrays.copyOf(arena, (int) arenaBytes);
            }
        }

        /** Moves every name to its home in a table of the new size; a slot's home comes from its name's key. */
        private void resize(int capacity) {
            var oldFingerprints = fingerprints;
            var oldOffsets = offsets;
            fingerprints = new short[capacity];
            offsets = new int[capacity];
            for (int i = 0; i < oldFingerprints.length; i++) {
                if (oldFingerprints[i] != 0) {
                    int at = oldOffsets[i];
                    long key = keyOf(arena, at + 1, at + 1 + (arena[at] & 0xff));
                    int slot = slotOf(key, capacity);
                    while (fingerprints[slot] != 0) {
                        slot = ++slot == capacity ? 0 : slot;
                    }
                    fingerprints[slot] = oldFingerprints[i];
                    offsets[slot] = at;
                }
            }
        }
    }
}
