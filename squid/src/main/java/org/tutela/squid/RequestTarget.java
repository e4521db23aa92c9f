package org.tutela.squid;

import java.util.Locale;

/**
 * What a request asks for, as the filter needs it: the host of a full URL ({@code http://host:port/path?query}) or of
 * a CONNECT tunnel ({@code host:port}). Parsed by hand rather than by {@link java.net.URI}, which refuses many URLs
 * browsers send; the URL itself is kept byte for byte, so a rewrite changes nothing but the host.
 */
final class RequestTarget {

    private final String url;
    private final boolean tunnel;
    private final int hostStart;
    private final int hostEnd;
    private final String host;
    private final int port;

    private RequestTarget(String url, boolean tunnel, int hostStart, int hostEnd, String host, int port) {
        this.url = url;
        this.tunnel = tunnel;
        this.hostStart = hostStart;
        this.hostEnd = hostEnd;
        this.host = host;
        this.port = port;
    }

    /**
     * The target of a request: {@code host:port} for CONNECT, otherwise a full URL. Without a method (a format that
     * does not send one) a target with no scheme is taken for a tunnel's.
     */
    static RequestTarget of(String method, String url) throws MalformedRequest {
        int scheme = url.indexOf("://");
        if ("CONNECT".equalsIgnoreCase(method) || (method == null && scheme < 0)) {
            return authority(url);
        }
        if (scheme < 0 || !isScheme(url.substring(0, scheme))) {
            throw new MalformedRequest("not a URL: " + shortened(url));
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        if (at >= start) {
            start = at + 1;
        }
        return hostAndPort(url, false, start, end, defaultPort(url.substring(0, scheme)));
    }

    private static RequestTarget authority(String url) throws MalformedRequest {
        for (int i = 0; i < url.length(); i++) {
            if ("/?#@".indexOf(url.charAt(i)) >= 0) {
                throw new MalformedRequest("not a host:port to tunnel to: " + shortened(url));
            }
        }
        var target = hostAndPort(url, true, 0, url.length(), 0);
        if (target.port == 0) {
            throw new MalformedRequest("a tunnel needs host:port, not " + shortened(url));
        }
        return target;
    }

    private static RequestTarget hostAndPort(String url, boolean tunnel, int start, int end, int defaultPort)
            throws MalformedRequest {
        int hostStart = start;
        int hostEnd;
        int portStart;
        if (start < end && url.charAt(start) == '[') {
            int close = url.indexOf(']', start);
            if (close < 0 || close >= end) {
                throw new MalformedRequest("an IPv6 address without its closing bracket: " + shortened(url));
            }
            hostStart = start + 1;
            hostEnd = close;
            portStart = close + 1;
            if (portStart < end && url.charAt(portStart) != ':') {
                throw new MalformedRequest("not a host:port: " + shortened(url));
            }
        } else {
            int colon = url.lastIndexOf(':', end - 1);
            hostEnd = colon >= start ? colon : end;
            portStart = hostEnd;
        }
        int port = portStart + 1 < end ? port(url.substring(portStart + 1, end), url) : defaultPort;
        boolean bracketed = hostStart > start;
        var host = host(url.substring(hostStart, hostEnd), bracketed, url);
        return new RequestTarget(url, tunnel, hostStart, hostEnd, host, port);
    }

    private static String host(String raw, boolean bracketed, String url) throws MalformedRequest {
        var host = PercentEncoding.asUtf8(PercentEncoding.decode(raw)).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new MalformedRequest("no host in " + shortened(url));
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                    || (c == ':' && bracketed) || c > 0x7f;
            if (!allowed) {
                throw new MalformedRequest("not a host name in " + shortened(url));
            }
        }
        return host;
    }

    private static int port(String digits, String url) throws MalformedRequest {
        if (digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            throw new MalformedRequest("not a port number in " + shortened(url));
        }
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw new MalformedRequest("port out of range in " + shortened(url));
        }
        return port;
    }

    /** {@code [A-Za-z][A-Za-z0-9+.-]*}, without a regular expression on every request. */
    private static boolean isScheme(String scheme) {
        if (scheme.isEmpty() || !isAsciiLetter(scheme.charAt(0))) {
            return false;
        }
        for (int i = 1; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static int defaultPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            default -> 80;
        };
    }

    static String shortened(String url) {
        return url.length() <= 200 ? url : url.substring(0, 200) + "…";
    }

    /** The URL as Squid sent it; {@code host:port} for a tunnel. */
    String url() {
        return url;
    }

    /** Lower case, without brackets or a trailing dot. */
    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** A CONNECT tunnel, whose contents (TLS, most likely) the proxy cannot see or change. */
    boolean tunnel() {
        return tunnel;
    }

    /** The same request sent to another host (safe search's, say): the URL with only its host changed. */
    String withHost(String other) {
        var replacement = other.indexOf(':') >= 0 ? "[" + other + "]" : other;
        boolean bracketed = hostStart > 0 && url.charAt(hostStart - 1) == '[';
        int from = bracketed ? hostStart - 1 : hostStart;
        int to = bracketed ? hostEnd + 1 : hostEnd;
        return url.substring(0, from) + replacement + url.substring(to);
    }

    @Override
    public String toString() {
        return url;
    }
}
