package org.tutela.dns;

import java.io.IOException;
import java.net.InetAddress;

import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/** DNS messages for tests, built and read with dnsjava, so the resolver is checked by a codec it does not share. */
final class Wire {

    private Wire() {
    }

    static Message query(String name, int type) {
        var query = Message.newQuery(Record.newRecord(name(name), type, DClass.IN));
        query.getHeader().setFlag(Flags.RD);
        return query;
    }

    static Message query(int id, String name, int type) {
        var query = query(name, type);
        query.getHeader().setID(id);
        return query;
    }

    /** A query with an OPT record: the client takes UDP answers up to {@code udpSize}, and DNSSEC records if DO. */
    static Message ednsQuery(String name, int type, int udpSize, boolean dnssecOk) {
        var query = query(name, type);
        query.addRecord(new OPTRecord(udpSize, 0, 0, dnssecOk ? org.xbill.DNS.ExtendedFlags.DO : 0), Section.ADDITIONAL);
        return query;
    }

    static Name name(String text) {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException notAName) {
            throw new IllegalArgumentException(notAName);
        }
    }

    static ByteBuf buffer(Message message) {
        return Unpooled.wrappedBuffer(message.toWire());
    }

    /** Reads a message and releases the buffer. */
    static Message read(ByteBuf buffer) {
        try {
            return new Message(ByteBufUtil.getBytes(buffer));
        } catch (IOException unreadable) {
            throw new AssertionError("not a DNS message", unreadable);
        } finally {
            buffer.release();
        }
    }

    static Message read(byte[] bytes, int length) {
        try {
            return new Message(java.util.Arrays.copyOf(bytes, length));
        } catch (IOException unreadable) {
            throw new AssertionError("not a DNS message", unreadable);
        }
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException notALiteral) {
            throw new IllegalArgumentException(notALiteral);
        }
    }

    /** The answer section's records of one type, as text ("93.184.216.34", "forcesafesearch.google.com."). */
    static java.util.List<String> answers(Message message, int type) {
        return message.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type)
                .map(Record::rdataToString).toList();
    }

    static String typeName(int type) {
        return Type.string(type);
    }
}
