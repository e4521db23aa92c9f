package org.tutela.blockpage;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the answer to one intercepted request: the device asked for a site whose name the DNS resolver answered
 * with this address, so it is sent to the block page with that site's URL. The site is the request line's host
 * (absolute form) or else the Host header, or else the name the device gave in TLS (SNI); the path is cut to
 * {@value #MAX_PATH} characters, so the block page's address stays well within what browsers and servers take.
 */
final class Interceptor {

    static final int MAX_PATH = 1000;
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private final BlockPage blockPage;

    Interceptor(BlockPage blockPage) {
        this.blockPage = blockPage;
    }

    /**
     * @param scheme     {@code http} or {@code https}, as the device connected
     * @param target     the request line's target: {@code /path?query}, {@code http://host/path}, {@code host:port}
     *                   or {@code *}
     * @param hostHeader the Host header, or null
     * @param tlsHost    the name given in TLS, or null
     */
    Reply answer(String scheme, String target, String hostHeader, String tlsHost) {
        String host;
        String path;
        if (target.startsWith("/")) {
            path = target;
            host = null;
        } else if (target.equals("*")) {
            path = "/";
            host = null;
        } else {
            int authorityStart = target.indexOf("://");
            int from = authorityStart < 0 ? 0 : authorityStart + 3;
            int authorityEnd = from;
            while (authorityEnd < target.length() && "/?#".indexOf(target.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
            var authority = hostOf(target.substring(from, authorityEnd));
            if (authority.isEmpty()) {
                return Reply.badRequest();
            }
            host = authority.get();
            path = authorityEnd < target.length() ? target.substring(authorityEnd) : "/";
            if (!path.startsWith("/")) {
                path = "/" + path;
            }
        }
        if (host == null && hostHeader != null) {
            var named = hostOf(hostHeader.trim());
            if (named.isEmpty()) {
                return Reply.badRequest();
            }
            host = named.get();
        }
        if (host == null && tlsHost != null) {
            host = tlsHost;
        }
        if (host != null && blockPage.isOwnHost(host)) {
            return Reply.notTheBlockPage();
        }
        return Reply.redirect(blockPage.locationFor(host == null ? "" : url(scheme, host, path)));
    }

    private static String url(String scheme, String host, String path) {
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        path = escapeRawBytes(path);
        if (path.length() > MAX_PATH) {
            path = path.substring(0, MAX_PATH);
            // Not half an escape at the end.
            int percent = path.lastIndexOf('%');
            if (percent >= MAX_PATH - 2) {
                path = path.substring(0, percent);
            }
        }
        return scheme + "://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + path;
    }

    /**
     * The path with its raw bytes outside printable ASCII percent-encoded, as a browser shows them. The request line
     * arrives one character a byte, so {@code /café} sent as UTF-8 reads {@code /cafÃ©}; its bytes are C3 A9 again.
     */
    static String escapeRawBytes(String path) {
        var escaped = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                escaped.append(c);
            } else {
                var bytes = c <= 0xff ? new byte[] {(byte) c}
                        : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    escaped.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
        }
        return escaped.toString();
    }

    /**
     * The host of an authority ({@code [user@]host[:port]}): a name or IPv4 address lower-cased and without a
     * trailing dot, or an IPv6 address without its brackets; empty when it is neither.
     */
    static Optional<String> hostOf(String authority) {
        var text = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        String host;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = text.substring(1, close);
            if (!IPV6.matcher(host).matches()) {
                return Optional.empty();
            }
            if (close + 1 < text.length()) {
                if (text.charAt(close + 1) != ':') {
                    return Optional.empty();
                }
                port = text.substring(close + 2);
            }
        } else {
            int colon = text.indexOf(':');
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (host.length() > HostNames.MAX_LENGTH || !NAME.matcher(host).matches()) {
                return Optional.empty();
            }
        }
        if (port != null && !PORT.matcher(port).matches()) {
            return Optional.empty();
        }
        return Optional.of(host);
    }
}
