package org.tutela.governance;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which web addresses the website check may fetch: http or https on a host whose every address is on the public
 * internet. Tutela runs inside a school's or a host's network, so a page address that leads to this machine, the
 * school's own network or a cloud metadata service would let anyone who may add a page look inside it.
 * Loopback and private addresses can be allowed for testing or a website on the school's own network
 * ({@code tutela.governance.website-allow-private-addresses}); link-local, unspecified, multicast and reserved
 * addresses never are.
 */
final class FetchableAddresses {

    /** What kind of place an address is, as far as the check is concerned. */
    enum Reach {
        PUBLIC, PRIVATE, NEVER
    }

    static final String NOT_PUBLIC = "The check fetches only pages on the public internet, and this address is on a"
            + " private or local network";

    private final boolean privateAllowed;

    FetchableAddresses(boolean privateAllowed) {
        this.privateAllowed = privateAllowed;
    }

    /**
     * Empty when the address may be fetched now; otherwise why not, in words for the person who gave it. The host is
     * resolved here: a name that leads to several addresses is refused when any of them is not allowed.
     */
    Optional<String> refusal(URI address) {
        var scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("The address must start with https:// (or http://)");
        }
        var host = address.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("The address needs the website's name after " + scheme + "://");
        }
        InetAddress[] found;
        try {
            found = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("The website " + host + " cannot be found: check its name");
        }
        for (var each : found) {
            if (!allowed(reach(each))) {
                return Optional.of(NOT_PUBLIC);
            }
        }
        return Optional.empty();
    }

    boolean allowed(Reach reach) {
        return reach == Reach.PUBLIC || reach == Reach.PRIVATE && privateAllowed;
    }

    static Reach reach(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return Reach.NEVER;
        }
        if (address.isLoopbackAddress() || address.isSiteLocalAddress()) {
            return Reach.PRIVATE;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return reachOfIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return Reach.PRIVATE; // fc00::/7, unique local
            }
            if (isZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff
                    || isZero(bytes, 0, 12)) {
                return reachOfIpv4(tail(bytes, 12)); // IPv4-mapped or IPv4-compatible
            }
            if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
                return reachOfIpv4(new byte[] {bytes[2], bytes[3], bytes[4], bytes[5]}); // 6to4, 2002::/16
            }
            if ((bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                    && (bytes[3] & 0xff) == 0x9b && isZero(bytes, 4, 12)) {
                return reachOfIpv4(tail(bytes, 12)); // NAT64, 64:ff9b::/96
            }
        }
        return Reach.PUBLIC;
    }

    private static Reach reachOfIpv4(byte[] bytes) {
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        if (a == 0 || a >= 224 || a == 169 && b == 254) {
            return Reach.NEVER; // this network, multicast, reserved and broadcast, link-local
        }
        if (a == 127 || a == 10 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168
                || a == 100 && b >= 64 && b <= 127) {
            return Reach.PRIVATE; // loopback, RFC 1918, carrier-grade NAT
        }
        return Reach.PUBLIC;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] bytes, int from) {
        var tail = new byte[bytes.length - from];
        System.arraycopy(bytes, from, tail, 0, tail.length);
        return tail;
    }
}
