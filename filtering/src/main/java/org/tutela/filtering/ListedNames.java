package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.util.function.IntBinaryOperator;

/**
 * A set of listed domain names, each carrying an int value, matched the way squidGuard matches its domain lists: a
 * listed name matches itself and every name below it ({@code example.com} matches {@code www.example.com}).
 *
 * <p>Two kinds: {@link DomainTable} keeps every name and confirms each match against it, and can list its names
 * (for an RPZ export, a policy page); {@link DomainDigests} keeps a 64-bit digest of each name instead, in about a
 * third of the memory, for a resolver that only ever asks whether a name is listed.
 *
 * <p>Names are lower-case ASCII (IDNs in their {@code xn--} form) without a trailing dot; {@link DomainName}
 * normalises them. A lookup walks the query from its last label to its first, so the hash of every suffix is
 * computed once, and allocates nothing.
 */
public abstract sealed class ListedNames permits DomainTable, DomainDigests {

    /** What {@link #find} answers when no listed name matches. */
    public static final int NONE = -1;

    /** Where every name's hash starts; {@link DomainDigests} chooses its own at random. */
    private final long seed;

    ListedNames(long seed) {
        this.seed = seed;
    }

    /** How many distinct names are listed. */
    public abstract int size();

    final long seed() {
        return seed;
    }

    /**
     * The value of exactly the name {@code host[from, to)}, or {@link #NONE}, given {@code hash}: the running hash of
     * those bytes, taken from the last to the first (see {@link #step}).
     */
    abstract int probe(long hash, byte[] host, int from, int to);

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
        if (size() == 0) {
            return NONE;
        }
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        long hash = seed;
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
        if (size() == 0) {
            return 0;
        }
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        long hash = seed;
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
     * Where the most specific listed name whose value shares a bit with {@code anyOf} starts, so that a decision
     * names the entry of the category that decided rather than a more specific entry of another; -1 when none does.
     */
    public int matchStart(byte[] host, int from, int to, int anyOf) {
        if (size() == 0) {
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

    /** The listed name that matched {@code host[from, to)} (see {@link #matchStart(byte[], int, int, int)}), or null. */
    public String matchedName(byte[] host, int from, int to, int anyOf) {
        int start = matchStart(host, from, to, anyOf);
        if (start < 0) {
            return null;
        }
        int end = to > from && host[to - 1] == '.' ? to - 1 : to;
        return new String(host, start, end - start, StandardCharsets.US_ASCII);
    }

    /** The value of exactly this name, not a domain above it, or {@link #NONE}. */
    public int exact(byte[] host, int from, int to) {
        if (size() == 0) {
            return NONE;
        }
        if (to > from && host[to - 1] == '.') {
            to--;
        }
        return probe(hashOf(host, from, to), host, from, to);
    }

    private static boolean carries(int value, int anyOf) {
        return value != NONE && (anyOf == -1 || (value & anyOf) != 0);
    }

    /** The running hash of {@code host[from, to)}, as a lookup computes it. */
    final long hashOf(byte[] host, int from, int to) {
        return hashOf(seed, host, from, to);
    }

    static long hashOf(long seed, byte[] host, int from, int to) {
        long hash = seed;
        for (int i = to - 1; i >= from; i--) {
            hash = step(hash, host[i]);
        }
        return hash;
    }

    /** One byte more of a running hash (FNV-1a, 64 bits), the bytes taken from last to first. */
    static long step(long hash, byte c) {
        return (hash ^ (c & 0xff)) * 0x100000001b3L;
    }

    /** Mixes in the length and spreads the bits (MurmurHash3's finaliser); never 0, which marks an empty slot. */
    static long finish(long hash, int length) {
        long h = hash ^ length;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /**
     * The home slot of a key in a table of any size (not only a power of two, so that a table can be sized to its
     * lists): the key's high 32 bits scaled to the capacity.
     */
    static int slotOf(long key, int capacity) {
        return (int) (((key >>> 32) * capacity) >>> 32);
    }

    /**
     * Collects names and values. Adding a name twice keeps one entry whose value the merge function decides (for
     * category lists: the union of the categories).
     */
    public interface Builder {

        /**
         * Adds the normalised name in {@code name[from, to)}, copying what it keeps, so that a loader can add names
         * straight from its read buffer; returns the value now stored.
         */
        int add(byte[] name, int from, int to, int value, IntBinaryOperator merge);

        /** Adds a normalised name (see {@link DomainName#normalise}) with a value; returns the value now stored. */
        default int add(String name, int value, IntBinaryOperator merge) {
            var bytes = name.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length == 0 || bytes.length > 253) {
                throw new IllegalArgumentException("not a domain name: " + name);
            }
            return add(bytes, 0, bytes.length, value, merge);
        }

        /**
         * Makes room for {@code names} names in all, of {@code bytes} bytes in all, so that loading a million names
         * does not grow the table step by step (each step briefly holds the old and the new arrays).
         */
        void expect(long names, long bytes);

        int size();

        /** The names added; the builder is left empty. */
        ListedNames build();
    }
}
