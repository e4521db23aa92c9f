package org.tutela.dns;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.dns.DnsQuery;
import io.netty.handler.codec.dns.DnsQuestion;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsSection;

/**
 * What a client asked: the name as it wrote it (echoed back, so 0x20 case randomisation still works) and lower-cased
 * for the engine and the cache, the type and class, the header bits the answer echoes, and its EDNS (UDP size, DO).
 * One instance per event loop is reused for every query; {@link #copy()} makes one that outlives the query.
 */
final class Question {

    /** The largest UDP answer we send, whatever a client advertises (RFC 6891 allows up to 65535). */
    static final int MAX_UDP_SIZE = 4096;
    static final int PLAIN_UDP_SIZE = 512;

    private final byte[] name = new byte[Names.MAX_TEXT_LENGTH];
    private int nameLength;
    private String asked;
    private int type;
    private int dnsClass;
    private int id;
    private boolean recursionDesired;
    private boolean checkingDisabled;
    private boolean edns;
    private int udpSize;
    private boolean dnssecOk;

    /** Why a query cannot be answered as asked; null when it can. */
    enum Refusal { FORMERR, NOTIMP, REFUSED }

    /** Reads the query into this instance; answers what is wrong with it, or null. */
    Refusal read(DnsQuery query) {
        id = query.id();
        recursionDesired = query.isRecursionDesired();
        checkingDisabled = (query.z() & 1) != 0;
        edns = false;
        udpSize = PLAIN_UDP_SIZE;
        dnssecOk = false;
        asked = null;
        nameLength = 0;
        for (int i = 0, n = query.count(DnsSection.ADDITIONAL); i < n; i++) {
            DnsRecord record = query.recordAt(DnsSection.ADDITIONAL, i);
            if (record.type() == DnsRecordType.OPT) {
                if (edns) {
                    return Refusal.FORMERR; // RFC 6891: more than one OPT is a format error
                }
                edns = true;
                udpSize = Math.min(MAX_UDP_SIZE, Math.max(PLAIN_UDP_SIZE, record.dnsClass() & 0xffff));
                dnssecOk = (record.timeToLive() & 0x8000) != 0;
            }
        }
        if (query.count(DnsSection.QUESTION) != 1) {
            return Refusal.FORMERR;
        }
        DnsQuestion question = query.recordAt(DnsSection.QUESTION);
        asked = question.name();
        type = question.type().intValue();
        dnsClass = question.dnsClass() & 0xffff;
        if (query.opCode().byteValue() != 0) {
            return Refusal.NOTIMP;
        }
        return lowerCase(asked);
    }

    private Refusal lowerCase(String text) {
        int end = text.endsWith(".") ? text.length() - 1 : text.length();
        if (end > Names.MAX_TEXT_LENGTH) {
            return Refusal.FORMERR;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0x7e || c < 0x21) {
                // Netty decodes labels as UTF-8, so raw bytes outside printable ASCII cannot be echoed faithfully.
                return Refusal.REFUSED;
            }
            name[i] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        nameLength = end;
        return null;
    }

    /** A question for another name with this one's type, class and EDNS: the safe-search host, say. */
    Question forName(String host) {
        var other = copy();
        other.asked = host.endsWith(".") ? host : host + ".";
        var refusal = other.lowerCase(other.asked);
        if (refusal != null) {
            throw new IllegalArgumentException("not a host name: " + host);
        }
        return other;
    }

    Question copy() {
        var copy = new Question();
        System.arraycopy(name, 0, copy.name, 0, nameLength);
        copy.nameLength = nameLength;
        copy.asked = asked;
        copy.type = type;
        copy.dnsClass = dnsClass;
        copy.id = id;
        copy.recursionDesired = recursionDesired;
        copy.checkingDisabled = checkingDisabled;
        copy.edns = edns;
        copy.udpSize = udpSize;
        copy.dnssecOk = dnssecOk;
        return copy;
    }

    /** Writes the question section entry: the name as asked, type and class. */
    void writeTo(ByteBuf out) {
        Names.write(asked, out);
        out.writeShort(type);
        out.writeShort(dnsClass);
    }

    /** Writes this question as a query to an upstream resolver, with the client's EDNS UDP size and DO bit. */
    void writeQuery(int queryId, ByteBuf out) {
        out.writeShort(queryId);
        out.writeShort((recursionDesired ? 0x0100 : 0) | (checkingDisabled ? 0x0010 : 0));
        out.writeShort(1);
        out.writeShort(0);
        out.writeShort(0);
        out.writeShort(edns ? 1 : 0);
        writeTo(out);
        if (edns) {
            // Options (cookies, client subnet, padding) are for one hop; the subnet of a child's device stays here.
            Names.writeOpt(out, udpSize, dnssecOk);
        }
    }

    /** Whether a name written in a message, from {@code offset}, is this question's name, ignoring case. */
    boolean sameName(ByteBuf message, int offset) {
        return Names.equalsIgnoreCase(message, offset, name, nameLength);
    }

    byte[] name() {
        return name;
    }

    /** The length of the name on the wire, uncompressed. */
    int wireNameLength() {
        return nameLength == 0 ? 1 : nameLength + 2;
    }

    int nameLength() {
        return nameLength;
    }

    boolean isNamed(byte[] other) {
        return java.util.Arrays.equals(name, 0, nameLength, other, 0, other.length);
    }

    String nameText() {
        return new String(name, 0, nameLength, java.nio.charset.StandardCharsets.US_ASCII);
    }

    String asked() {
        return asked;
    }

    int type() {
        return type;
    }

    int dnsClass() {
        return dnsClass;
    }

    int id() {
        return id;
    }

    boolean recursionDesired() {
        return recursionDesired;
    }

    boolean checkingDisabled() {
        return checkingDisabled;
    }

    boolean edns() {
        return edns;
    }

    /** The largest answer this client takes over UDP: 512 bytes, or what its OPT record advertises. */
    int udpSize() {
        return udpSize;
    }

    boolean dnssecOk() {
        return dnssecOk;
    }
}
