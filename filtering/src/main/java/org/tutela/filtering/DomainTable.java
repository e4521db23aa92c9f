package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.function.IntBinaryOperator;

/**
 * An immutable set of domain names, each carrying an int value, matched the way squidGuard matches its domain
 * lists: a listed name matches itself and every name below it ({@code example.com} matches
 * {@code www.example.com}). Built for a million names in about 32 bytes a name: an open-addressing table whose
 * slots keep a 16-bit fingerprint of each name's 64-bit hash (the high 32 bits choose the home slot) and where the
 * name starts in a byte arena. The arena holds each name once, after its length and before its value, so a match is
 * exact, never a hash guess: a fingerprint that matches is confirmed against the stored name.
 *
 * <p>Values are kept as an index into a palette of the distinct values, written in as few bytes as it needs (one for
 * the few dozen category masks of a block list), rather than as an int per slot.
 *
 * <p>Names are lower-case ASCII (IDNs in their {@code xn--} form) without a trailing dot; {@link DomainName}
 * normalises them. A lookup walks the query from its last label to its first, so the hash of every suffix is
 * computed once, and allocates nothing.
 */
public final class DomainTable {

    /** What {@link #find} answers when no listed name matches. */
    public static final int NONE = -1;

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

    public int size() {
        return size;
    }

    /** The value of the most specific listed name that matches the host, or {@link #NONE}. */
    public int find(CharSequence host) {
        var bytes = new byte[host.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) host.charAt(i);
        }
        return find(bytes, 0, bytes.length);
    }

    /**
     * The value of the most specific listed name that matches {@code host[from, to)}, or {@link #NONE}. The bytes
     * must already be lower-case; a trailing dot is ignored.
     */
    public int find(byte[] host, int from, int to) {
        if (size == 0) {
            return NONE;
        }
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        long hash = SEED;
        int found = NONE;
        for (int i = to - 1; i >= from; i--) {
            byte c = host[i];
            if (c == '.') {
                // host[i + 1, to) is a whole suffix: the name itself or a parent domain.
                int value = probe(hash, host, i + 1, to);
                if (value != NONE) {
                    found = value;
                }
            }
            hash = step(hash, c);
        }
        int value = probe(hash, host, from, to);
        return value != NONE ? value : found;
    }

    /**
     * The bitwise OR of the values of every listed name that matches {@code host[from, to)}: with category bit masks
     * as values, every category the host is listed under at any level, as squidGuard checks each list. 0 if none.
     */
    public int union(byte[] host, int from, int to) {
        if (size == 0) {
            return 0;
        }
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        long hash = SEED;
        int union = 0;
        for (int i = to - 1; i >= from; i--) {
            byte c = host[i];
            if (c == '.') {
                int value = probe(hash, host, i + 1, to);
                if (value != NONE) {
                    union |= value;
                }
            }
            hash = step(hash, c);
        }
        int value = probe(hash, host, from, to);
        return value != NONE ? union | value : union;
    }

    /**
     * Where in {@code host[from, to)} the most specific listed name starts, so a decision can say which entry
     * matched; -1 when none does.
     */
    public int matchStart(byte[] host, int from, int to) {
        return matchStart(host, from, to, -1);
    }

    /**
     * Where the most specific listed name whose value shares a bit with {@code anyOf} starts, so that a decision
     * names the entry of the category that decided rather than a more specific entry of another; -1 when none does.
     */
    public int matchStart(byte[] host, int from, int to, int anyOf) {
        if (size == 0) {
            return -1;
        }
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        if (carries(probe(hashOf(host, from, to), host, from, to), anyOf)) {
            return from;
        }
        for (int i = from; i < to; i++) {
            if (host[i] == '.' && carries(probe(hashOf(host, i + 1, to), host, i + 1, to), anyOf)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean carries(int value, int anyOf) {
        return value != NONE && (anyOf == -1 || (value & anyOf) != 0);
    }

    private static long hashOf(byte[] host, int from, int to) {
        long hash = SEED;
        for (int i = to - 1; i >= from; i--) {
            hash = step(hash, host[i]);
        }
        return hash;
    }

    /** The value of exactly this name, not a domain above it, or {@link #NONE}. */
    public int exact(byte[] host, int from, int to) {
        if (size == 0) {
            return NONE;
        }
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        return probe(hashOf(host, from, to), host, from, to);
    }

    /** Whether the host, or a domain above it, is listed. */
    public boolean matches(CharSequence host) {
        return find(host) != NONE;
    }

    private int probe(long hash, byte[] host, int from, int to) {
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

    /**
     * The home slot of a key in a table of any size (not only a power of two, so that a table can be sized to its
     * lists): the key's high 32 bits scaled to the capacity.
     */
    static int slotOf(long key, int capacity) {
        return (int) (((key >>> 32) * capacity) >>> 32);
    }

    /** What a slot keeps of the key: its low 16 bits, never 0 (which marks an empty slot). */
    static short fingerprintOf(long key) {
        short fingerprint = (short) key;
        return fingerprint == 0 ? 1 : fingerprint;
    }

    /** The key of {@code name[from, to)}, as a lookup computes it. */
    static long keyOf(byte[] name, int from, int to) {
        long hash = SEED;
        for (int i = to - 1; i >= from; i--) {
            hash = step(hash, name[i]);
        }
        return finish(hash, to - from);
    }

    private static final long SEED = 0xcbf29ce484222325L;

    private static long step(long hash, byte c) {
        return (hash ^ (c & 0xff)) * 0x100000001b3L;
    }

    /** Mixes in the length and spreads the bits (MurmurHash3's finaliser); never 0, which marks an empty slot. */
    private static long finish(long hash, int length) {
        long h = hash ^ length;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

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
    public static final class Builder {

        private short[] fingerprints = new short[16];
        private int[] offsets = new int[16];
        private byte[] arena = new byte[256];
        private int arenaSize;
        private int size;
        private int[] palette = new int[16];
        private int paletteSize;
        private HashMap<Integer, Integer> indexes = new HashMap<>();
        /** The value added last and its index: a list file adds one value to every name in it. */
        private int lastValue;
        private int lastIndex = -1;

        /** Adds a normalised name (see {@link DomainName#normalise}) with a value; returns the value now stored. */
        public int add(String name, int value, IntBinaryOperator merge) {
            var bytes = name.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length == 0 || bytes.length > 253) {
                throw new IllegalArgumentException("not a domain name: " + name);
            }
            return add(bytes, 0, bytes.length, value, merge);
        }

        /**
         * Adds the normalised name in {@code name[from, to)}, copying it, so that a loader can add names straight
         * from its read buffer; returns the value now stored.
         */
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
            int index = indexOf(value);
            fingerprints[slot] = fingerprint;
            offsets[slot] = append(name, from, length, index);
            size++;
            return value;
        }

        private int merge(int slot, int at, int length, int value, IntBinaryOperator merge) {
            int indexAt = at + 1 + length;
            int stored = palette[readIndex(arena, indexAt)];
            int merged = merge.applyAsInt(stored, value);
            if (merged != stored) {
                int index = indexOf(merged);
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

        /** The value's place in the palette, added if new. */
        private int indexOf(int value) {
            if (lastIndex >= 0 && value == lastValue) {
                return lastIndex;
            }
            var known = indexes.get(value);
            int index;
            if (known != null) {
                index = known;
            } else {
                index = paletteSize++;
                if (index == palette.length) {
                    palette = Arrays.copyOf(palette, palette.length * 2);
                }
                palette[index] = value;
                indexes.put(value, index);
            }
            lastValue = value;
            lastIndex = index;
            return index;
        }

        /** Adds a name whose later additions replace its value. */
        public void add(String name, int value) {
            add(name, value, (old, added) -> added);
        }

        public int size() {
            return size;
        }

        /**
         * The table, handed the builder's arrays rather than copies, which for a million names would hold two
         * tables (~30 MB more) at the peak of loading; the builder is left empty, so it cannot change the table.
         */
        public DomainTable build() {
            var table = new DomainTable(fingerprints, offsets,
                    arena.length - arenaSize <= arena.length >> 3 ? arena : Arrays.copyOf(arena, arenaSize),
                    Arrays.copyOf(palette, paletteSize), size);
            fingerprints = new short[16];
            offsets = new int[16];
            arena = new byte[256];
            arenaSize = 0;
            size = 0;
            palette = new int[16];
            paletteSize = 0;
            indexes = new HashMap<>();
            lastIndex = -1;
            return table;
        }

        /**
         * Makes room for {@code names} names in all, of {@code bytes} bytes in all, so that loading a million names
         * neither rehashes the table nor copies the arena on the way (each of which briefly holds the old and the
         * new arrays). Sized for a load of 3/4, and two bytes a name beside its own (its length and its value); the
         * table still grows past 4/5 if more names come.
         */
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
