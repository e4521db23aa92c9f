package org.tutela.dns;

import io.netty.buffer.ByteBuf;

/**
 * What an upstream's answer says about itself, read once when it arrives: its response code, whether it was
 * truncated, where its TTLs are (so a cached copy can count them down), and how long it may be cached: the least TTL
 * of its answers, or for a negative answer the SOA's minimum (RFC 2308). An answer that is not a well-formed reply
 * to the question asked is refused by {@link #read}.
 */
final class UpstreamAnswer {

    private static final int NOERROR = Responses.NOERROR;
    private static final int NXDOMAIN = Responses.NXDOMAIN;
    private static final int TYPE_SOA = Responses.TYPE_SOA;
    private static final int TYPE_OPT = Responses.TYPE_OPT;
    private static final int HEADER = 12;

    private final int responseCode;
    private final boolean truncated;
    private final int answerCount;
    private final int questionEnd;
    private final int[] ttlOffsets;
    private final long cacheSeconds;

    private UpstreamAnswer(int responseCode, boolean truncated, int answerCount, int questionEnd, int[] ttlOffsets,
            long cacheSeconds) {
        this.responseCode = responseCode;
        this.truncated = truncated;
        this.answerCount = answerCount;
        this.questionEnd = questionEnd;
        this.ttlOffsets = ttlOffsets;
        this.cacheSeconds = cacheSeconds;
    }

    /** Reads the message in {@code [0, writerIndex)} of the buffer; null when it is no well-formed reply to the question. */
    static UpstreamAnswer read(ByteBuf message, Question question) {
        if (message.readerIndex() != 0 || message.writerIndex() < HEADER) {
            return null;
        }
        int flags = message.getUnsignedShort(2);
        if ((flags & 0x8000) == 0 || (flags & 0x7800) != 0) {
            return null; // not a response, or not to a standard query
        }
        if (message.getUnsignedShort(4) != 1) {
            return null;
        }
        int answers = message.getUnsignedShort(6);
        int authorities = message.getUnsignedShort(8);
        int additionals = message.getUnsignedShort(10);
        if (!question.sameName(message, HEADER)) {
            return null;
        }
        int at = Names.skip(message, HEADER);
        if (at < 0 || at + 4 > message.writerIndex() || message.getUnsignedShort(at) != question.type()
                || message.getUnsignedShort(at + 2) != question.dnsClass()) {
            return null;
        }
        int questionEnd = at + 4;
        at = questionEnd;
        int total = answers + authorities + additionals;
        var ttlOffsets = new int[total];
        int ttls = 0;
        long leastAnswerTtl = Long.MAX_VALUE;
        long negativeTtl = -1;
        for (int i = 0; i < total; i++) {
            at = Names.skip(message, at);
            if (at < 0 || at + 10 > message.writerIndex()) {
                return null;
            }
            int type = message.getUnsignedShort(at);
            long ttl = message.getUnsignedInt(at + 4);
            int rdataLength = message.getUnsignedShort(at + 8);
            int rdata = at + 10;
            if (rdata + rdataLength > message.writerIndex()) {
                return null;
            }
            if (type != TYPE_OPT) {
                // The OPT record's "TTL" is its extended code and flags, never counted down.
                ttlOffsets[ttls++] = at + 4;
            }
            if (i < answers) {
                leastAnswerTtl = Math.min(leastAnswerTtl, ttl);
            } else if (i < answers + authorities && type == TYPE_SOA) {
                long minimum = soaMinimum(message, rdata, rdata + rdataLength);
                if (minimum >= 0) {
                    negativeTtl = Math.min(ttl, minimum);
                }
            }
            at = rdata + rdataLength;
        }
        int code = flags & 0xf;
        boolean truncated = (flags & 0x0200) != 0;
        long cacheSeconds = 0;
        if (!truncated && code == NOERROR && answers > 0) {
            cacheSeconds = leastAnswerTtl;
        } else if (!truncated && (code == NXDOMAIN || (code == NOERROR && answers == 0)) && negativeTtl > 0) {
            cacheSeconds = negativeTtl;
        }
        return new UpstreamAnswer(code, truncated, answers, questionEnd,
                java.util.Arrays.copyOf(ttlOffsets, ttls), cacheSeconds);
    }

    private static long soaMinimum(ByteBuf message, int rdata, int end) {
        int at = Names.skip(message, rdata);
        at = at < 0 ? -1 : Names.skip(message, at);
        if (at < 0 || at + 20 != end) {
            return -1;
        }
        return message.getUnsignedInt(at + 16);
    }

    int responseCode() {
        return responseCode;
    }

    boolean truncated() {
        return truncated;
    }

    int answerCount() {
        return answerCount;
    }

    /** Where the answer section starts. */
    int questionEnd() {
        return questionEnd;
    }

    /** Offsets of every TTL field but the OPT record's. */
    int[] ttlOffsets() {
        return ttlOffsets;
    }

    /** How long the answer may be cached, in seconds; 0 for not at all (errors, truncation, no SOA on a negative). */
    long cacheSeconds() {
        return cacheSeconds;
    }

    /** Whether another upstream may do better: it failed or refused. */
    boolean failed() {
        return responseCode == Responses.SERVFAIL || responseCode == Responses.REFUSED;
    }
}
