package org.tutela.dns;

import java.time.Clock;
import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Upstream answers kept for as long as their TTLs allow, those not asked for lately first out when full. An answer is kept
 * as its wire bytes and handed out with its TTLs counted down and the client's ID and letter case, so a hit costs one
 * buffer and a copy. The key is the lower-case name, type, class and the EDNS bits that change an answer (whether
 * the client speaks EDNS, and DO), because an answer with an OPT record or signatures must go only to clients that
 * asked for one.
 *
 * <p>The cache is bounded twice: by a number of answers and by the memory they take, counted as the heap each one
 * holds (its entry, its array, its share of the table), as Unbound bounds its caches in bytes. A few large answers
 * (DNSSEC, long TXT records) then cannot hold more memory than the heap was sized for.
 *
 * <p>When full, answers go in the order they came, except that one asked for since it came (or since it was last
 * passed over) is passed over once more and goes to the back of the queue: second-chance eviction (CLOCK), which
 * keeps what is asked for as least-recently-used eviction does. A hit only sets a flag. It moves no entry, so it writes
 * no reference into the old generation. Moving entries on every hit (as an access-ordered {@code LinkedHashMap} does)
 * dirtied the garbage collector's cards all over the cache, and each young collection then took ~2 ms to scan them:
 * those pauses were most of the resolver's 99th-percentile latency.
 *
 * <p>Each answer is one object and one array: the object is its own hash-chain link and queue link, and
 * the array holds the key, the message header, the message after the question (the question is written from the
 * client's own on every hit), and the offset of each TTL. About 190 bytes an answer in the DNS benchmark (A records),
 * where a {@code LinkedHashMap} of the same took about 230.
 *
 * <p>A large cache is split into stripes by the key's hash, each with its own lock and an equal share of both
 * bounds, so that event loops answering from the cache at once seldom wait on one another. Eviction is then within a
 * stripe. A cache of fewer than {@link #STRIPE_FROM} answers has one stripe.
 */
final class AnswerCache {

    /** Even a day-long TTL is cut to this, so a changed record is seen within the hour. */
    static final long MAX_SECONDS = 3600;

    /** Caches at least this large are striped. */
    static final int STRIPE_FROM = 1024;
    private static final int STRIPES = 16;

    /** The memory bound when none is given: room for ~85,000 answers like the benchmark's. */
    static final long DEFAULT_MEMORY = 16L << 20;

    private static final int HEADER = 12;

    private final int capacity;
    private final Clock clock;
    private final Stripe[] stripes;
    private final int stripeMask;
    private final ThreadLocal<Key> probes = ThreadLocal.withInitial(Key::new);

    AnswerCache(int capacity, Clock clock) {
        this(capacity, DEFAULT_MEMORY, clock);
    }

    AnswerCache(int capacity, long memory, Clock clock) {
        if (capacity < 0 || memory < 0) {
            throw new IllegalArgumentException("a cache holds zero or more answers in zero or more bytes");
        }
        this.capacity = capacity;
        this.clock = clock;
        int count = capacity >= STRIPE_FROM ? STRIPES : 1;
        var made = new Stripe[count];
        for (int i = 0; i < count; i++) {
            // The shares add up to the bounds: the first (bound % count) stripes take one more.
            made[i] = new Stripe(capacity / count + (i < capacity % count ? 1 : 0),
                    memory / count + (i < memory % count ? 1 : 0));
        }
        this.stripes = made;
        this.stripeMask = count - 1;
    }

    private Stripe stripeOf(Keyed key) {
        // The high bits of a Fibonacci hash: a stripe's own table takes the low bits.
        return stripes[(key.hash * 0x9E3779B9) >>> 28 & stripeMask];
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
        long now = clock.millis();
        var stripe = stripeOf(probe);
        Entry entry;
        synchronized (stripe) {
            entry = stripe.get(probe);
            if (entry == null) {
                return null;
            }
            if (now >= entry.storedAt + entry.seconds * 1000L) {
                stripe.remove(entry);
                return null;
            }
        }
        // The entry's array never changes once stored, so it is read outside the lock.
        var bytes = entry.bytes;
        int keyLength = entry.keyLength();
        int ttls = entry.ttls();
        int restFrom = keyLength + HEADER;
        int restLength = bytes.length - restFrom - 2 * ttls;
        var message = allocator.buffer(HEADER + question.wireNameLength() + 4 + restLength);
        message.writeBytes(bytes, keyLength, HEADER);
        message.setShort(0, question.id());
        // The client's own question: its ID above, its letter case here (0x20 randomisation checks it).
        question.writeTo(message);
        message.writeBytes(bytes, restFrom, restLength);
        long elapsed = Math.max(0, (now - entry.storedAt) / 1000);
        for (int at = restFrom + restLength; at < bytes.length; at += 2) {
            int offset = (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
            message.setInt(offset, (int) Math.max(0, message.getUnsignedInt(offset) - elapsed));
        }
        return message;
    }

    /**
     * Keeps an upstream's answer for as long as it says; answers it may not be kept for are ignored, and so is one
     * whose question is not written out in full (a compression pointer in it): the client's question replaces it on
     * every hit, and a shorter one would move every offset after it.
     */
    void store(Question question, ByteBuf message, UpstreamAnswer facts) {
        long seconds = Math.min(MAX_SECONDS, facts.cacheSeconds());
        if (seconds <= 0 || capacity == 0 || facts.questionEnd() != HEADER + question.wireNameLength() + 4) {
            return;
        }
        var entry = new Entry(probes.get().set(question), message, facts.questionEnd(), facts.ttlOffsets(),
                clock.millis(), (int) seconds);
        var stripe = stripeOf(entry);
        synchronized (stripe) {
            stripe.put(entry);
        }
    }

    int size() {
        int size = 0;
        for (var stripe : stripes) {
            synchronized (stripe) {
                size += stripe.size;
            }
        }
        return size;
    }

    /** The heap the cached answers hold, as the memory bound counts it. */
    long memory() {
        long memory = 0;
        for (var stripe : stripes) {
            synchronized (stripe) {
                memory += stripe.memory;
            }
        }
        return memory;
    }

    /**
     * One stripe: a hash table of chained entries, and the same entries queued for eviction, first stored first.
     * Guarded by its own monitor.
     */
    private static final class Stripe {

        /** What an entry object holds besides its array: its header and fields, compressed references. */
        private static final int ENTRY_BYTES = 56;
        private static final int ARRAY_HEADER = 16;

        private final int maxAnswers;
        private final long maxMemory;
        private Entry[] table = new Entry[16];
        private int size;
        private long memory;
        /** The next to go, unless asked for since it came or was last passed over. */
        private Entry eldest;
        private Entry newest;

        Stripe(int maxAnswers, long maxMemory) {
            this.maxAnswers = maxAnswers;
            this.maxMemory = maxMemory;
        }

        /** The entry for the key, marked as asked for; null if none. */
        Entry get(Keyed key) {
            var entry = find(key);
            if (entry != null) {
                entry.askedFor = true;
            }
            return entry;
        }

        private Entry find(Keyed key) {
            for (var entry = table[key.hash & table.length - 1]; entry != null; entry = entry.next) {
                if (entry.hash == key.hash && entry.sameKey(key)) {
                    return entry;
                }
            }
            return null;
        }

        /**
         * Adds the entry in place of any with its key, then, while over a bound, evicts the first stored that was not
         * asked for since it came or was last passed over; one that was is passed over and goes to the back.
         */
        void put(Entry entry) {
            var replaced = find(entry);
            if (replaced != null) {
                remove(replaced);
            }
            int weight = weightOf(entry);
            if (maxAnswers == 0 || weight > maxMemory) {
                return;
            }
            if (size + 1 > table.length - (table.length >> 2)) {
                grow();
            }
            int bucket = entry.hash & table.length - 1;
            entry.next = table[bucket];
            table[bucket] = entry;
            append(entry);
            size++;
            memory += weight;
            while (size > 1 && (size > maxAnswers || memory > maxMemory)) {
                var first = eldest;
                if (first == entry || first.askedFor) {
                    // A second chance: to the back of the queue, asked for again or gone the next time round.
                    first.askedFor = false;
                    unlink(first);
                    append(first);
                } else {
                    remove(first);
                }
            }
        }

        void remove(Entry entry) {
            int bucket = entry.hash & table.length - 1;
            if (table[bucket] == entry) {
                table[bucket] = entry.next;
            } else {
                var before = table[bucket];
                while (before.next != entry) {
                    before = before.next;
                }
                before.next = entry.next;
            }
            entry.next = null;
            unlink(entry);
            size--;
            memory -= weightOf(entry);
        }

        /** The heap an entry holds: its object, its array, and its slot of a table kept at most 3/4 full. */
        private static int weightOf(Entry entry) {
            return ENTRY_BYTES + (ARRAY_HEADER + entry.bytes.length + 7 & ~7) + 6;
        }

        private void grow() {
            var old = table;
            table = new Entry[old.length * 2];
            for (var first : old) {
                for (var entry = first; entry != null; ) {
                    var next = entry.next;
                    int bucket = entry.hash & table.length - 1;
                    entry.next = table[bucket];
                    table[bucket] = entry;
                    entry = next;
                }
            }
        }

        private void append(Entry entry) {
            entry.before = newest;
            entry.after = null;
            if (newest == null) {
                eldest = entry;
            } else {
                newest.after = entry;
            }
            newest = entry;
        }

        private void unlink(Entry entry) {
            if (entry.before == null) {
                eldest = entry.after;
            } else {
                entry.before.after = entry.after;
            }
            if (entry.after == null) {
                newest = entry.before;
            } else {
                entry.after.before = entry.before;
            }
            entry.before = null;
            entry.after = null;
        }
    }

    /**
     * The name, type, class and EDNS bits a cached answer is found by, as the first bytes of an array: a lookup's
     * probe and a kept answer are the same question when these are.
     */
    private abstract static class Keyed {

        byte[] bytes;
        int hash;

        abstract int keyLength();

        final boolean sameKey(Keyed other) {
            int length = keyLength();
            return other.keyLength() == length && Arrays.equals(bytes, 0, length, other.bytes, 0, length);
        }
    }

    /** A kept answer: its array, its place in the stripe's chain and list, when it was stored and for how long. */
    private static final class Entry extends Keyed {

        /** The key's length in the low 16 bits, the number of TTLs above. */
        private final int lengths;
        final long storedAt;
        final int seconds;
        /** Whether it was asked for since it was stored or last passed over; written on a hit, under the lock. */
        boolean askedFor;
        Entry next;
        Entry before;
        Entry after;

        /**
         * Keeps the key, the message's header (ID cleared), the message after its question (which is the client's on
         * every hit, the same length, so every offset in the message stays right), and each TTL's offset.
         */
        Entry(Key key, ByteBuf message, int questionEnd, int[] ttlOffsets, long storedAt, int seconds) {
            int keyLength = key.keyLength;
            int restLength = message.writerIndex() - questionEnd;
            bytes = new byte[keyLength + HEADER + restLength + 2 * ttlOffsets.length];
            hash = key.hash;
            System.arraycopy(key.bytes, 0, bytes, 0, keyLength);
            message.getBytes(0, bytes, keyLength, HEADER);
            bytes[keyLength] = 0;
            bytes[keyLength + 1] = 0;
            message.getBytes(questionEnd, bytes, keyLength + HEADER, restLength);
            int at = keyLength + HEADER + restLength;
            for (int offset : ttlOffsets) {
                bytes[at++] = (byte) (offset >> 8);
                bytes[at++] = (byte) offset;
            }
            this.lengths = keyLength | ttlOffsets.length << 16;
            this.storedAt = storedAt;
            this.seconds = seconds;
        }

        @Override
        int keyLength() {
            return lengths & 0xffff;
        }

        int ttls() {
            return lengths >>> 16;
        }
    }

    /** Name, type, class and EDNS bits of a question; a thread's probe, set for each lookup. */
    private static final class Key extends Keyed {

        int keyLength;

        Key() {
            bytes = new byte[Names.MAX_TEXT_LENGTH + 5];
        }

        @Override
        int keyLength() {
            return keyLength;
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
            // Spread, since the table takes the low bits.
            hash = h ^ h >>> 16;
            return this;
        }
    }
}
