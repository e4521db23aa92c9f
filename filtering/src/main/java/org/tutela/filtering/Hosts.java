package org.tutela.filtering;

/** Host names as bytes, the form the engine compares. */
final class Hosts {

    private Hosts() {
    }

    /** The host in lower-case ASCII; a name with other characters is normalised (IDN) first. */
    static byte[] lowerCaseAscii(String host) {
        var bytes = new byte[host.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = host.charAt(i);
            if (c > 0x7f) {
                var normalised = DomainName.normalise(host).orElse("");
                return lowerCaseAscii(normalised);
            }
            bytes[i] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return bytes;
    }
}
