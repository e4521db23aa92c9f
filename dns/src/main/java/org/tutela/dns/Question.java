package org.tutela.dns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * What a client asked: the name as it wrote it on the wire (echoed back byte for byte, so 0x20 case randomisation
 * still works) and lower-cased in dotted form for the engine and the cache, the type and class, the header bits the
 * answer echoes, and its EDNS (UDP size, DO). {@link QueryReader} fills one instance per event loop for every query;
 * {@link #copy()} makes one that outlives the query.
 */
final class Question {

    /** The largest UDP answer we send, whatever a client advertises (RFC 6891 allows up to 65535). */
    static final int MAX_UDP_SIZE = 4096;
    static final int PLAIN_UDP_SIZE = 512;

    private final byte[] name = new byte[Names.MAX_TEXT_LENGTH];
    private int nameLength;
    private final byte[] wire = new byte[Names.MAX_WIRE_LENGTH];
    private int wireLength;
    private int type;
    private int dnsClass;
    private int id;
    private boolean recursionDesired;
    private boolean checkingDisabled;
    private boolean edns;
    private int udpSize;
    private boolean dnssecOk;

    /** Why a query cannot be answered as asked. */
    enum Refusal {
        /** Not even an ID to answer to, or a response rather than a query: say nothing. */
        DROP,
        FORMERR,
        NOTIMP,
        REFUSED
    }

    /** Starts a new query: its ID and header bits, no name yet, no EDNS. */
    void begin(int id, boolean recursionDesired, boolean checkingDisabled) {
        this.id = id;
        this.recursionDesired = recursionDesired;
        this.checkingDisabled = checkingDisabled;
        this.nameLength = 0;
        this.wireLength = 0;
        this.edns = false;
        this.udpSize = PLAIN_UDP_SIZE;
        this.dnssecOk = false;
    }

    /**
     * Adds a label as the client wrote it; answers false when the name cannot be matched faithfully: a dot inside a
     * label would read as two labels to the engine.
     */
    boolean addLabel(ByteBuf message, int from, int length) {
        if (wireLength + 1 + length + 1 > Names.MAX_WIRE_LENGTH) {
            return false;
        }
        wire[wireLength++] = (byte) length;
        if (nameLength > 0) {
            name[nameLength++] = '.';
        }
        // One bounds check for the label, not one a byte.
        message.getBytes(from, wire, wireLength, length);
        for (int i = 0; i < length; i++) {
            byte c = wire[wireLength++];
            if (c == '.') {
                return false;
            }
            name[nameLength++] = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
        }
        return true;
    }

    /** Ends the name and sets the type and class asked. */
    void end(int type, int dnsClass) {
        wire[wireLength++] = 0;
        this.type = type;
        this.dnsClass = dnsClass;
    }

    void ednsOf(int advertisedSize, boolean dnssecOk) {
        this.edns = true;
        this.udpSize = Math.min(MAX_UDP_SIZE, Math.max(PLAIN_UDP_SIZE, advertisedSize));
        this.dnssecOk = dnssecOk;
    }

    /** A question for another name with this one's type, class and EDNS: the safe-search host, say. */
    Question forName(String host) {
        var other = copy();
        other.nameLength = 0;
        other.wireLength = 0;
        other.named(host, type, dnsClass);
        return other;
    }

    /** A recursive question of a type in class IN, with no EDNS. */
    static Question of(String host, int type) {
        var question = new Question();
        question.begin(0, true, false);
        question.named(host, type, 1);
        return question;
    }

    private void named(String host, int type, int dnsClass) {
        for (var label : host.split("\\.")) {
            var bytes = label.getBytes(StandardCharsets.US_ASCII);
            if (!label.isEmpty() && !addLabel(Unpooled.wrappedBuffer(bytes), 0, bytes.length)) {
                throw new IllegalArgumentException("not a host name: " + host);
            }
        }
        end(type, dnsClass);
    }

    Question copy() {
        var copy = new Question();
        System.arraycopy(name, 0, copy.name, 0, nameLength);
        copy.nameLength = nameLength;
        System.arraycopy(wire, 0, copy.wire, 0, wireLength);
        copy.wireLength = wireLength;
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
        writeName(out);
        out.writeShort(type);
        out.writeShort(dnsClass);
    }

    /** Writes the name exactly as the client wrote it. */
    void writeName(ByteBuf out) {
        out.writeBytes(wire, 0, wireLength);
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

    /** The lower-case dotted name, without a trailing dot; valid up to {@link #nameLength()}. */
    byte[] name() {
        return name;
    }

    int nameLength() {
        return nameLength;
    }

    /** The length of the name on the wire. */
    int wireNameLength() {
        return wireLength;
    }

    boolean isNamed(byte[] other) {
        return Arrays.equals(name, 0, nameLength, other, 0, other.length);
    }

    /** The lower-case name as text (bytes outside ASCII as Latin-1), for the decision log. */
    String nameText() {
        return new String(name, 0, nameLength, StandardCharsets.ISO_8859_1);
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
