package org.tutela.filtering;

/** Host names as bytes, the form the engine compares. */
final class Hosts {

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
}
