package org.tutela.squid;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-escapes as Squid writes them (external ACL fields are URL-escaped, {@code %20} for a space) and as the block
 * page reads them. The helper reads and writes Squid's lines as ISO-8859-1, one char per byte, so a URL passes
 * through byte for byte; only text meant for people, such as a user name, is turned into UTF-8.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Undoes {@code %XX} escapes, one char per byte; a {@code %} not followed by two hex digits stays as it is. */
    static String decode(String escaped) {
        int percent = escaped.indexOf('%');
        if (percent < 0) {
            return escaped;
        }
        var decoded = new StringBuilder(escaped.length()).append(escaped, 0, percent);
        for (int i = percent; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%' && i + 2 < escaped.length() && hex(escaped.charAt(i + 1)) >= 0
                    && hex(escaped.charAt(i + 2)) >= 0) {
                decoded.append((char) (hex(escaped.charAt(i + 1)) * 16 + hex(escaped.charAt(i + 2))));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    /** Text read one char per byte, as the UTF-8 it was written in (a user name with an accent, say). */
    static String asUtf8(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) > 0x7f) {
                return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }

    /**
     * Escapes everything but RFC 3986's unreserved characters, for a query parameter value. Chars up to 0xFF are
     * bytes read from Squid and are escaped as themselves; anything above is escaped as its UTF-8 bytes.
     */
    static String encode(String value) {
        int escaped = 0;
        for (int i = 0; i < value.length(); i++) {
            if (!unreserved(value.charAt(i))) {
                escaped++;
            }
        }
        if (escaped == 0) {
            return value;
        }
        // Room for each escape as three chars; a char above 0xFF (rare) may still grow it.
        var encoded = new StringBuilder(value.length() + 2 * escaped);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (unreserved(c)) {
                encoded.append(c);
            } else if (c <= 0xff) {
                appendByte(encoded, c);
            } else {
                var utf8 = new ByteArrayOutputStream();
                int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
                utf8.writeBytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                for (byte b : utf8.toByteArray()) {
                    appendByte(encoded, b & 0xff);
                }
                i = end - 1;
            }
        }
        return encoded.toString();
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static void appendByte(StringBuilder to, int b) {
        to.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
