package org.tutela.dns;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Upstream answers kept for as long as their TTLs allow, least recently used first out when full. An answer is kept
 * as its wire bytes and handed out with its TTLs counted down and the client's ID and letter case, so a hit costs one
 * buffer and a copy. The key is the lower-case name, type, class and the EDNS bits that change an answer (whether
 * the client speaks EDNS, and DO), because an answer with an OPT record or signatures must go only to clients that
 * asked for one.
 *
 * <p>A large cache is split into stripes by the key's hash, each its own least-recently-used map under its own lock
 * with an equal share of the capacity, so that event loops answering from the cache at once seldom wait on one
 * another. Eviction is then least recently used within a stripe. A cache of fewer than {@link #STRIPE_FROM} answers
 * has one stripe, and is exactly least recently used.
 */
final class AnswerCache {

    /** Even a day-long TTL is cut to this, so a changed record is seen within the hour. */
    static final long MAX_SECONDS = 3600;

    /** Caches at least this large are striped. */
    static final int STRIPE_FROM = 1024;
    private static final int STRIPES = 16;

    private final int capacity;
    private final Clock clock;
    private final Map<Key, Entry>[] stripes;
    private final int stripeMask;
    private final ThreadLocal<Key> probes = ThreadLocal.withInitial(Key::new);

    AnswerCache(int capacity, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache holds zero or more answers");
        }
        this.capacity = capacity;
        this.clock = clock;
        int count = capacity >= STRIPE_FROM ? STRIPES : 1;
        // The shares add up to the capacity: the first (capacity % count) stripes take one more.
        @SuppressWarnings("unchecked")
        Map<Key, Entry>[] made = new Map[count];
        for (int i = 0; i < count; i++) {
            int share = capacity / count + (i < capacity % count ? 1 : 0);
            made[i] = new LinkedHashMap<>(Math.min(share, 1 << 16), 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                    return size() > share;
                }
            };
        }
        this.stripes = made;
        this.stripeMask = count - 1;
    }

    private Map<Key, Entry> stripeOf(Key key) {
        int h = key.hash;
        return stripes[(h ^ h >>> 16) & stripeMask];
    }

    /** How many stripes the answers are spread over. */
    int stripes() {
        return stripes.length;
    }

    /**
     * The cached answer to the question as a new message for this client, or null on a miss or once the TTL has run
     * out.
     */
    ByteBuf answer(Question question, ByteBufAllocator allocator) {
        var probe = probes.get().set(question);
        Entry entry;
        long now = clock.millis();
        var entries = stripeOf(probe);
        synchronized (entries) {
            entry = entries.get(probe);
            if (entry == null) {
                return null;
            }
            if (now >= entry.expiresAt) {
                entries.remove(probe);
                return null;
            }
        }
        long elapsed = Math.max(0, (now - entry.storedAt) / 1000);
        var message = allocator.buffer(entry.wire.length);
        message.writeBytes(entry.wire);
        message.setShort(0, question.id());
        for (int offset : entry.ttlOffsets) {
            message.setInt(offset, (int) Math.max(0, message.getUnsignedInt(offset) - elapsed));
        }
        if (entry.questionNameLength == question.wireNameLength()) {
            // Same name, so same length: echo the client's letter case (0x20 randomisation checks it).
            int end = message.writerIndex();
            message.writerIndex(12);
            question.writeName(message);
            message.writerIndex(end);
        }
        return message;
    }

    /** Keeps an upstream's answer for as long as it says; answers it may not be kept for are ignored. */
    void store(Question question, ByteBuf message, UpstreamAnswer facts) {
        long seconds = Math.min(MAX_SECONDS, facts.cacheSeconds());
        if (seconds <= 0 || capacity == 0) {
            return;
        }
        var wire = new byte[message.writerIndex()];
        message.getBytes(0, wire);
        wire[0] = 0;
        wire[1] = 0;
        long now = clock.millis();
        int questionNameLength = Names.skip(message, 12) - 12;
        var entry = new Entry(wire, facts.ttlOffsets(), now, now + seconds * 1000, questionNameLength);
        var key = new Key().set(question).freeze();
        var entries = stripeOf(key);
        synchronized (entries) {
            entries.put(key, entry);
        }
    }

    int size() {
        int size = 0;
        for (var entries : stripes) {
            synchronized (entries) {
                size += entries.size();
            }
        }
        return size;
    }

    private record Entry(byte[] wire, int[] ttlOffsets, long storedAt, long expiresAt, int questionNameLength) {
    }

    /** Name, type, class and EDNS bits; mutable only while it is a thread's probe. */
    private static final class Key {

        private byte[] bytes = new byte[Names.MAX_TEXT_LENGTH + 5];
        private int length;
        private int hash;

        Key set(Question question) {
            int n = question.nameLength();
            System.arraycopy(question.name(), 0, bytes, 0, n);
            bytes[n] = (byte) (question.type() >> 8);
            bytes[n + 1] = (byte) question.type();
            bytes[n + 2] = (byte) (question.dnsClass() >> 8);
            bytes[n + 3] = (byte) question.dnsClass();
            bytes[n + 4] = (byte) ((question.edns() ? 1 : 0) | (question.dnssecOk() ? 2 : 0)
                    | (question.checkingDisabled() ? 4 : 0));
            length = n + 5;
            int h = 1;
            for (int i = 0; i < length; i++) {
                h = 31 * h + bytes[i];
            }
            hash = h;
            return this;
        }

        Key freeze() {
            bytes = Arrays.copyOf(bytes, length);
            return this;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.length == length
                    && Arrays.equals(bytes, 0, length, key.bytes, 0, length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
