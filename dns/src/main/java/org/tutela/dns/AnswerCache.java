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
    private final Map<Keyed, Entry>[] stripes;
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
        Map<Keyed, Entry>[] made = new Map[count];
        for (int i = 0; i < count; i++) {
            int share = capacity / count + (i < capacity % count ? 1 : 0);
            made[i] = new LinkedHashMap<>(Math.min(share, 1 << 16), 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Keyed, Entry> eldest) {
                    return size() > share;
                }
            };
        }
        this.stripes = made;
        this.stripeMask = count - 1;
    }

    private Map<Keyed, Entry> stripeOf(Keyed key) {
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
        var message = allocator.buffer(entry.wireLength);
        message.writeBytes(entry.bytes, entry.keyLength, entry.wireLength);
        message.setShort(0, question.id());
        for (int at = entry.keyLength + entry.wireLength; at < entry.bytes.length; at += 2) {
            int offset = (entry.bytes[at] & 0xff) << 8 | entry.bytes[at + 1] & 0xff;
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
        long now = clock.millis();
        int questionNameLength = Names.skip(message, 12) - 12;
        var entry = new Entry(probes.get().set(question), message, facts.ttlOffsets(), now, now + seconds * 1000,
                questionNameLength);
        var entries = stripeOf(entry);
        synchronized (entries) {
            // Removed first: a map keeps the key it has, which would hold on to the replaced answer's bytes.
            entries.remove(entry);
            entries.put(entry, entry);
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

    /**
     * The name, type, class and EDNS bits a cached answer is found by, as bytes: a lookup's probe and a kept answer
     * are equal when these are.
     */
    private abstract static class Keyed {

        byte[] bytes;
        int keyLength;
        int hash;

        @Override
        public final boolean equals(Object other) {
            return other instanceof Keyed key && key.keyLength == keyLength
                    && Arrays.equals(bytes, 0, keyLength, key.bytes, 0, keyLength);
        }

        @Override
        public final int hashCode() {
            return hash;
        }
    }

    /**
     * A kept answer, its own key in the map: one array holds the key, the wire bytes and the offset of each TTL (two
     * bytes each), so that 55,000 answers cost ~10 MB of heap rather than ~17 MB as five objects each.
     */
    private static final class Entry extends Keyed {

        final int wireLength;
        final long storedAt;
        final long expiresAt;
        final int questionNameLength;

        Entry(Key key, ByteBuf message, int[] ttlOffsets, long storedAt, long expiresAt, int questionNameLength) {
            wireLength = message.writerIndex();
            keyLength = key.keyLength;
            hash = key.hash;
            bytes = new byte[keyLength + wireLength + 2 * ttlOffsets.length];
            System.arraycopy(key.bytes, 0, bytes, 0, keyLength);
            message.getBytes(0, bytes, keyLength, wireLength);
            // The ID is the client's, set on every hit.
            bytes[keyLength] = 0;
            bytes[keyLength + 1] = 0;
            int at = keyLength + wireLength;
            for (int offset : ttlOffsets) {
                bytes[at++] = (byte) (offset >> 8);
                bytes[at++] = (byte) offset;
            }
            this.storedAt = storedAt;
            this.expiresAt = expiresAt;
            this.questionNameLength = questionNameLength;
        }
    }

    /** Name, type, class and EDNS bits of a question; a thread's probe, set for each lookup. */
    private static final class Key extends Keyed {

        Key() {
            bytes = new byte[Names.MAX_TEXT_LENGTH + 5];
        }

        Key set(Question question) {
            int n = question.nameLength();
            System.arraycopy(question.name(), 0, bytes, 0, n);
            bytes[n] = (byte) (question.type() >> 8);
            bytes[n + 1] = (byte) question.type();
            bytes[n + 2] = (byte) (question.dnsClass() >> 8);
            bytes[n + 3] = (byte) question.dnsClass();
            bytes[n + 4] = (byte) ((question.edns() ? 1 : 0) | (question.dnssecOk() ? 2 : 0)
                    | (question.checkingDisabled() ? 4 : 0));
            keyLength = n + 5;
            int h = 1;
            for (int i = 0; i < keyLength; i++) {
                h = 31 * h + bytes[i];
            }
            hash = h;
            return this;
        }
    }
}
