package org.tutela.dns;

import io.netty.buffer.ByteBuf;

/**
 * Domain names on the wire (RFC 1035 4.1.4): written from text, compared, skipped and copied out of a message with
 * compression pointers followed. Every reader checks bounds and refuses pointer loops, so a hostile message can only
 * be found malformed; readers answer -1 then, never throw.
 */
final class Names {

    /** The longest name in text form without its trailing dot (255 octets on the wire). */
    static final int MAX_TEXT_LENGTH = 253;
    static final int MAX_WIRE_LENGTH = 255;
    /** More pointers than a legal name can need means a loop. */
    private static final int MAX_POINTERS = 127;

    private Names() {
    }

    /** Writes a dotted name ("www.example.com." or "www.example.com"; "." is the root) without compression. */
    static void write(CharSequence name, ByteBuf out) {
        int length = name.length();
        int labelStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || name.charAt(i) == '.') {
                int labelLength = i - labelStart;
                if (labelLength > 0) {
                    out.writeByte(labelLength);
                    for (int j = labelStart; j < i; j++) {
                        out.writeByte(name.charAt(j));
                    }
                }
                labelStart = i + 1;
            }
        }
        out.writeByte(0);
    }

    /** Writes an OPT pseudo-record with no options: our UDP size and the DO bit echoed (RFC 3225). */
    static void writeOpt(ByteBuf out, int udpSize, boolean dnssecOk) {
        out.writeByte(0);
        out.writeShort(Responses.TYPE_OPT);
        out.writeShort(udpSize);
        out.writeInt(dnssecOk ? 0x8000 : 0);
        out.writeShort(0);
    }

    /** Where the name that starts at {@code offset} ends in the message, or -1 when it runs off the end or loops. */
    static int skip(ByteBuf message, int offset) {
        int end = message.writerIndex();
        int at = offset;
        int wireLength = 0;
        while (at < end) {
            int length = message.getUnsignedByte(at);
            if ((length & 0xc0) == 0xc0) {
                return at + 2 <= end ? at + 2 : -1;
            }
            if ((length & 0xc0) != 0) {
                return -1;
            }
            wireLength += length + 1;
            if (wireLength > MAX_WIRE_LENGTH) {
                return -1;
            }
            if (length == 0) {
                return at + 1;
            }
            at += 1 + length;
        }
        return -1;
    }

    /**
     * Copies the name at {@code offset} to {@code out} without compression, following pointers; answers where the
     * name ends in the message, or -1 (with nothing sensible written) when it is malformed.
     */
    static int copy(ByteBuf message, int offset, ByteBuf out) {
        int end = message.writerIndex();
        int at = offset;
        int resumeAt = -1;
        int pointers = 0;
        int wireLength = 0;
        while (at < end) {
            int length = message.getUnsignedByte(at);
            if ((length & 0xc0) == 0xc0) {
                if (at + 2 > end || ++pointers > MAX_POINTERS) {
                    return -1;
                }
                if (resumeAt < 0) {
                    resumeAt = at + 2;
                }
                at = ((length & 0x3f) << 8) | message.getUnsignedByte(at + 1);
                continue;
            }
            if ((length & 0xc0) != 0 || at + 1 + length > end) {
                return -1;
            }
            wireLength += length + 1;
            if (wireLength > MAX_WIRE_LENGTH) {
                return -1;
            }
            out.writeBytes(message, at, 1 + length);
            if (length == 0) {
                return resumeAt >= 0 ? resumeAt : at + 1;
            }
            at += 1 + length;
        }
        return -1;
    }

    /**
     * Whether the name at {@code offset} is the dotted lower-case name in {@code text[0, textLength)}, ignoring ASCII
     * case; pointers are followed.
     */
    static boolean equalsIgnoreCase(ByteBuf message, int offset, byte[] text, int textLength) {
        int end = message.writerIndex();
        int at = offset;
        int pointers = 0;
        int position = 0;
        while (at < end) {
            int length = message.getUnsignedByte(at);
            if ((length & 0xc0) == 0xc0) {
                if (at + 2 > end || ++pointers > MAX_POINTERS) {
                    return false;
                }
                at = ((length & 0x3f) << 8) | message.getUnsignedByte(at + 1);
                continue;
            }
            if ((length & 0xc0) != 0 || at + 1 + length > end) {
                return false;
            }
            if (length == 0) {
                return position == textLength;
            }
            if (position > 0) {
                if (position >= textLength || text[position] != '.') {
                    return false;
                }
                position++;
            }
            if (position + length > textLength) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                int c = message.getUnsignedByte(at + 1 + i);
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                if (c != (text[position + i] & 0xff)) {
                    return false;
                }
            }
            position += length;
            at += 1 + length;
        }
        return false;
    }
}
