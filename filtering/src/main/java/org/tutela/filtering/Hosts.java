package org.tutela.filtering;

/** Host names as bytes, the form the engine compares. */
final class Hosts {

    /** What {@link #normalise} answers for a name with non-ASCII bytes, which needs {@link DomainName} (IDN). */
    static final long NOT_ASCII = -2;

    private static final byte[][] LOCAL = {
            ascii("localhost"), ascii("localhost.localdomain"), ascii("local"), ascii("broadcasthost"),
            ascii("ip6-localhost"), ascii("ip6-loopback"), ascii("ip6-localnet"), ascii("ip6-mcastprefix"),
            ascii("ip6-allnodes"), ascii("ip6-allrouters"), ascii("ip6-allhosts"), ascii("0.0.0.0")};

    private Hosts() {
    }

    private static final byte[] NONE = new byte[0];

    /**
     * The host in lower-case ASCII; a name with other characters is normalised (IDN) first, and one that cannot be
     * is answered with an empty array, which the engine refuses (never allows).
     */
    static byte[] lowerCaseAscii(String host) {
        var bytes = new byte[host.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = host.charAt(i);
            if (c > 0x7f) {
                var normalised = DomainName.normalise(host);
                return normalised.isPresent() ? lowerCaseAscii(normalised.get()) : NONE;
            }
            bytes[i] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return bytes;
    }

    /**
     * {@link DomainName#normalise} on {@code bytes[from, to)} in place, for loaders: lower-cases the bytes and answers
     * where the name now starts and ends ({@code start << 32 | end}), -1 when it is not a host name, or
     * {@link #NOT_ASCII}.
     */
    static long normalise(byte[] bytes, int from, int to) {
        if (to - from >= 2 && bytes[from] == '*' && bytes[from + 1] == '.') {
            from += 2;
        }
        while (from < to && bytes[from] == '.') {
            from++;
        }
        if (to > from && bytes[to - 1] == '.') {
            to--;
        }
        int labelLength = 0;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                labelLength++;
            } else if (c >= 'A' && c <= 'Z') {
                bytes[i] = (byte) (c + 32);
                labelLength++;
            } else if (c == '.') {
                if (labelLength == 0) {
                    return -1;
                }
                labelLength = 0;
                continue;
            } else if (c < 0) {
                return NOT_ASCII;
            } else {
                return -1;
            }
            if (labelLength > 63) {
                return -1;
            }
        }
        if (labelLength == 0 || to - from > 253) {
            return -1;
        }
        return (long) from << 32 | to;
    }

    /** An IPv4 or IPv6 address, as a hosts-file line starts with; names never hold a colon. */
    static boolean address(byte[] bytes, int from, int to) {
        int dots = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == ':') {
                return true;
            }
            if (b == '.') {
                dots++;
            } else if (b < '0' || b > '9') {
                return false;
            }
        }
        return dots == 3;
    }

    /** Whether the name is localhost or one of the other names hosts files give the machine itself. */
    static boolean local(byte[] bytes, int from, int to) {
        for (var name : LOCAL) {
            if (name.length == to - from && java.util.Arrays.equals(name, 0, name.length, bytes, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
