package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * An immutable set of domain names, each carrying an int value, matched the way squidGuard matches its domain
 * lists: a listed name matches itself and every name below it ({@code example.com} matches
 * {@code www.example.com}). Built for a million names in a few tens of megabytes: an open-addressing table whose
 * slots keep a 32-bit fingerprint of each name's 64-bit hash (the other 32 bits choose the home slot), with every
 * name kept once in a byte arena, so a match is exact, never a hash guess: a fingerprint that matches is confirmed
 * against the stored name.
 *
 * <p>Names are lower-case ASCII (IDNs in their {@code xn--} form) without a trailing dot; {@link DomainName}
 * normalises them. A lookup walks the query from its last label to its first, so the hash of every suffix is
 * computed once, and allocates nothing.
 */
public final class DomainTable {

    /** What {@link #find} answers when no listed name matches. */
    public static final int NONE = -1;

    private static final DomainTable EMPTY = new Builder().build();

    /** Per slot, the low 32 bits of the name's hash (never 0); 0 marks an empty slot. */
    private final int[] fingerprints;
    private final int[] offsets;
    private final byte[] lengths;
    private final int[] values;
    private final byte[] arena;
    private final int capacity;
    private final int size;

    private DomainTable(int[] fingerprints, int[] offsets, byte[] lengths, int[] values, byte[] arena, int size) {
        this.fingerprints = fingerprints;
        this.offsets = offsets;
        this.lengths = lengths;
        this.values = values;
        this.arena = arena;
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
        int fingerprint = fingerprintOf(key);
        while (true) {
            int stored = fingerprints[slot];
            if (stored == 0) {
                return NONE;
            }
            if (stored == fingerprint && (lengths[slot] & 0xff) == length
                    && Arrays.equals(arena, offsets[slot], offsets[slot] + length, host, from, to)) {
                return values[slot];
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

    /** What a slot keeps of the key: its low 32 bits, never 0 (which marks an empty slot). */
    static int fingerprintOf(long key) {
        int fingerprint = (int) key;
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

    /** Calls back with every listed name and its value, in no particular order. */
    public void forEach(java.util.function.ObjIntConsumer<String> action) {
        for (int slot = 0; slot < fingerprints.length; slot++) {
            if (fingerprints[slot] != 0) {
                action.accept(new String(arena, offsets[slot], lengths[slot] & 0xff, StandardCharsets.US_ASCII),
                        values[slot]);
            }
        }
    }

    /**
     * Collects names and values. Adding a name twice keeps one entry whose value the merge function decides
     * (for category lists: the union of the categories).
     */
    public static final class Builder {

        private int[] fingerprints = new int[16];
        private int[] offsets = new int[16];
        private byte[] lengths = new byte[16];
        private int[] values = new int[16];
        private byte[] arena = new byte[256];
        private int arenaSize;
        private int size;

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
            int fingerprint = fingerprintOf(key);
            if ((size + 1) * 4L > fingerprints.length * 3L) {
                resize(fingerprints.length * 2);
            }
            int capacity = fingerprints.length;
            int slot = slotOf(key, capacity);
            while (fingerprints[slot] != 0) {
                if (fingerprints[slot] == fingerprint && (lengths[slot] & 0xff) == length
                        && Arrays.equals(arena, offsets[slot], offsets[slot] + length, name, from, to)) {
                    values[slot] = merge.applyAsInt(values[slot], value);
                    return values[slot];
                }
                slot = ++slot == capacity ? 0 : slot;
            }
            if (arenaSize + length > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arena.length + (arena.length >> 1), arenaSize + length));
            }
            System.arraycopy(name, from, arena, arenaSize, length);
            fingerprints[slot] = fingerprint;
            offsets[slot] = arenaSize;
            lengths[slot] = (byte) length;
            values[slot] = value;
            arenaSize += length;
            size++;
            return value;
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
         * tables (~70 MB more) at the peak of loading; the builder is left empty, so it cannot change the table.
         */
        public DomainTable build() {
            var table = new DomainTable(fingerprints, offsets, lengths, values,
                    arena.length - arenaSize <= arena.length >> 3 ? arena : Arrays.copyOf(arena, arenaSize), size);
            fingerprints = new int[16];
            offsets = new int[16];
            lengths = new byte[16];
            values = new int[16];
            arena = new byte[256];
            arenaSize = 0;
            size = 0;
            return table;
        }

        /**
         * Makes room for {@code names} names in all, of {@code bytes} bytes in all, so that loading a million names
         * neither rehashes the table nor copies the arena on the way (each of which briefly holds the old and the
         * new arrays). Sized for a load of 2/3; the table still grows past 3/4 if more names come.
         */
        public void expect(long names, long bytes) {
            long slots = names + (names >> 1) + 16;
            if (slots > fingerprints.length && slots < Integer.MAX_VALUE - 8) {
                resize((int) slots);
            }
            if (bytes > arena.length && bytes < Integer.MAX_VALUE - 8) {
                arena = Arrays.copyOf(arena, (int) bytes);
            }
        }

        /** Moves every name to its home in a table of the new size; a slot's home comes from its name's key. */
        private void resize(int capacity) {
            var oldFingerprints = fingerprints;
            var oldOffsets = offsets;
            var oldLengths = lengths;
            var oldValues = values;
            fingerprints = new int[capacity];
            offsets = new int[capacity];
            lengths = new byte[capacity];
            values = new int[capacity];
            for (int i = 0; i < oldFingerprints.length; i++) {
                if (oldFingerprints[i] != 0) {
                    int start = oldOffsets[i];
                    long key = keyOf(arena, start, start + (oldLengths[i] & 0xff));
                    int slot = slotOf(key, capacity);
                    while (fingerprints[slot] != 0) {
                        slot = ++slot == capacity ? 0 : slot;
                    }
                    fingerprints[slot] = oldFingerprints[i];
                    offsets[slot] = oldOffsets[i];
                    lengths[slot] = oldLengths[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
