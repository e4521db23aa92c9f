package org.tutela.dns;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponseCode;

/**
 * The answers the resolver makes up itself, written straight onto the wire: errors, block answers, negative answers
 * with a SOA so their short TTL is honoured (RFC 2308), truncated answers and the safe-search CNAME. Names after the
 * question point back to it (offset 12), so a block answer costs one small buffer.
 */
final class Responses {

    static final int NOERROR = DnsResponseCode.NOERROR.intValue();
    static final int FORMERR = DnsResponseCode.FORMERR.intValue();
    static final int SERVFAIL = DnsResponseCode.SERVFAIL.intValue();
    static final int NXDOMAIN = DnsResponseCode.NXDOMAIN.intValue();
    static final int NOTIMP = DnsResponseCode.NOTIMP.intValue();
    static final int REFUSED = DnsResponseCode.REFUSED.intValue();

    static final int TYPE_A = DnsRecordType.A.intValue();
    static final int TYPE_CNAME = DnsRecordType.CNAME.intValue();
    static final int TYPE_SOA = DnsRecordType.SOA.intValue();
    static final int TYPE_AAAA = DnsRecordType.AAAA.intValue();
    static final int TYPE_OPT = DnsRecordType.OPT.intValue();
    private static final int CLASS_IN = DnsRecord.CLASS_IN;
    private static final int POINTER_TO_QUESTION = 0xc00c;
    /** Said in SOA records of made-up negative answers; .invalid never resolves (RFC 6761). */
    private static final String SOA_SERVER = "blocked.tutela.invalid";
    private static final String SOA_MAILBOX = "filtering.tutela.invalid";
    /** Both names as they go on the wire, written once: every blocked name's answer carries them. */
    private static final byte[] SOA_NAMES = soaNames();
    /** What we advertise as our own UDP size in an OPT record (the DNS flag day 2020 value). */
    static final int OUR_UDP_SIZE = 1232;

    private Responses() {
    }

    /** An error with only the ID known: a malformed query. */
    static ByteBuf error(ByteBufAllocator allocator, int id, int code) {
        var out = allocator.buffer(12);
        out.writeShort(id);
        out.writeShort(0x8000 | code);
        out.writeZero(8);
        return out;
    }

    /** An error answer to a readable question (SERVFAIL, REFUSED, NOTIMP, FORMERR). */
    static ByteBuf error(ByteBufAllocator allocator, Question question, int code) {
        var out = allocator.buffer(32 + question.wireNameLength());
        header(out, question, code, false, 0, 0);
        question.writeTo(out);
        opt(out, question);
        return out;
    }

    /** An answer of one address record for the asked name: the block page. */
    static ByteBuf address(ByteBufAllocator allocator, Question question, byte[] address, int ttl) {
        var out = allocator.buffer(48 + question.wireNameLength());
        header(out, question, 0, false, 1, 0);
        question.writeTo(out);
        out.writeShort(POINTER_TO_QUESTION);
        out.writeShort(address.length == 4 ? TYPE_A : TYPE_AAAA);
        out.writeShort(CLASS_IN);
        out.writeInt(ttl);
        out.writeShort(address.length);
        out.writeBytes(address);
        opt(out, question);
        return out;
    }

    /** NXDOMAIN, or NODATA (NOERROR, no answer), with a SOA whose minimum is the TTL a resolver may cache it for. */
    static ByteBuf negative(ByteBufAllocator allocator, Question question, int code, int ttl, long serial) {
        var out = allocator.buffer(128 + question.wireNameLength());
        header(out, question, code, false, 0, 1);
        question.writeTo(out);
        out.writeShort(POINTER_TO_QUESTION);
        out.writeShort(TYPE_SOA);
        out.writeShort(CLASS_IN);
        out.writeInt(ttl);
        int lengthAt = out.writerIndex();
        out.writeShort(0);
        out.writeBytes(SOA_NAMES);
        out.writeInt((int) serial);
        out.writeInt(3600);
        out.writeInt(600);
        out.writeInt(86400);
        out.writeInt(ttl);
        out.setShort(lengthAt, out.writerIndex() - lengthAt - 2);
        opt(out, question);
        return out;
    }

    /** Header and question with TC set: the answer does not fit, ask again over TCP. */
    static ByteBuf truncated(ByteBufAllocator allocator, Question question, int code) {
        var out = allocator.buffer(32 + question.wireNameLength());
        header(out, question, code, true, 0, 0);
        question.writeTo(out);
        opt(out, question);
        return out;
    }

    /**
     * Safe search as the search engines document it for networks: the asked name is a CNAME for the safe host,
     * followed by the safe host's records of the asked type (and any CNAMEs on the way) from the upstream's answer.
     * Without an upstream answer, the CNAME alone.
     */
    static ByteBuf safeSearch(ByteBufAllocator allocator, Question question, String safeHost, int ttl,
            ByteBuf upstream, UpstreamAnswer facts) {
        var out = allocator.buffer(512);
        int code = facts != null && facts.responseCode() == NXDOMAIN ? NXDOMAIN : NOERROR;
        header(out, question, code, false, 1, 0);
        question.writeTo(out);
        out.writeShort(POINTER_TO_QUESTION);
        out.writeShort(TYPE_CNAME);
        out.writeShort(CLASS_IN);
        out.writeInt(ttl);
        int lengthAt = out.writerIndex();
        out.writeShort(0);
        Names.write(safeHost, out);
        out.setShort(lengthAt, out.writerIndex() - lengthAt - 2);
        int answers = 1;
        if (upstream != null && facts != null) {
            answers += copyAnswers(upstream, facts, question.type(), out);
        }
        out.setShort(6, answers);
        opt(out, question);
        return out;
    }

    /** Copies the CNAME and {@code type} records of an answer section, names decompressed; answers how many. */
    private static int copyAnswers(ByteBuf upstream, UpstreamAnswer facts, int type, ByteBuf out) {
        int copied = 0;
        int at = facts.questionEnd();
        for (int i = 0; i < facts.answerCount(); i++) {
            int owner = at;
            at = Names.skip(upstream, at);
            int recordType = upstream.getUnsignedShort(at);
            int rdataLength = upstream.getUnsignedShort(at + 8);
            int rdata = at + 10;
            if (recordType == TYPE_CNAME || recordType == type) {
                int mark = out.writerIndex();
                boolean whole = Names.copy(upstream, owner, out) >= 0;
                out.writeBytes(upstream, at, 8);
                int lengthAt = out.writerIndex();
                if (recordType == TYPE_CNAME) {
                    out.writeShort(0);
                    whole &= Names.copy(upstream, rdata, out) >= 0;
                    out.setShort(lengthAt, out.writerIndex() - lengthAt - 2);
                } else if (recordType == TYPE_A || recordType == TYPE_AAAA) {
                    out.writeShort(rdataLength);
                    out.writeBytes(upstream, rdata, rdataLength);
                } else {
                    // Other types may hold compressed names we would have to rewrite; the CNAME alone is an answer.
                    whole = false;
                }
                if (whole) {
                    copied++;
                } else {
                    out.writerIndex(mark);
                }
            }
            at = rdata + rdataLength;
        }
        return copied;
    }

    private static void header(ByteBuf out, Question question, int code, boolean truncated, int answers,
            int authorities) {
        out.writeShort(question.id());
        int flags = 0x8000 | 0x0080 | code;
        if (question.recursionDesired()) {
            flags |= 0x0100;
        }
        if (question.checkingDisabled()) {
            flags |= 0x0010;
        }
        if (truncated) {
            flags |= 0x0200;
        }
        out.writeShort(flags);
        out.writeShort(1);
        out.writeShort(answers);
        out.writeShort(authorities);
        out.writeShort(question.edns() ? 1 : 0);
    }

    private static void opt(ByteBuf out, Question question) {
        if (question.edns()) {
            Names.writeOpt(out, OUR_UDP_SIZE, question.dnssecOk());
        }
    }

    private static byte[] soaNames() {
        var wire = io.netty.buffer.Unpooled.buffer();
        Names.write(SOA_SERVER, wire);
        Names.write(SOA_MAILBOX, wire);
        var bytes = new byte[wire.readableBytes()];
        wire.readBytes(bytes);
        wire.release();
        return bytes;
    }
}
