package org.tutela.filtering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request as a Squid helper is handed it, taken apart for the URL rules: a full URL, {@code host:port} (how Squid
 * passes an https CONNECT), or {@code CONNECT host:port}. Parsing never fails: what cannot be read is left empty.
 */
final class RequestUrl {

    private final String text;
    private final byte[] host;
    private final String path;
    private final boolean hostOnly;

    private RequestUrl(String text, byte[] host, String path, boolean hostOnly) {
        this.text = text;
        this.host = host;
        this.path = path;
        this.hostOnly = hostOnly;
    }

    /** The URL as given, without a CONNECT and anything after the first blank (the rest of a helper's line). */
    String text() {
        return text;
    }

    /** The host, lower-case ASCII, without user, port, brackets or trailing dot; empty when there is none. */
    byte[] host() {
        return host;
    }

    /** The path and query in their {@linkplain #comparablePath comparable form}. */
    String path() {
        return path;
    }

    /** A CONNECT target or a bare {@code host[:port]}: there is no path to judge, only the host. */
    boolean hostOnly() {
        return hostOnly;
    }

    static RequestUrl parse(String url) {
        var text = url == null ? "" : url.strip();
        boolean connect = false;
        if (text.length() > 8 && text.regionMatches(true, 0, "CONNECT", 0, 7)
                && Character.isWhitespace(text.charAt(7))) {
            text = text.substring(8).strip();
            connect = true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                text = text.substring(0, i);
                break;
            }
        }
        int authority = authorityStart(text);
        int end = authorityEnd(text, authority);
        var host = host(text, authority, end);
        boolean hostOnly = connect || authority == 0 && end == text.length();
        return new RequestUrl(text, host, hostOnly ? "/" : comparablePath(text, end), hostOnly);
    }

    /** The URL with its percent-escapes decoded, or the URL itself when it has none. */
    String decodedText() {
        if (text.indexOf('%') < 0) {
            return text;
        }
        var bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Where the authority starts: after {@code scheme://}, or at 0 when there is no scheme. A backslash counts as a
     * slash here too ({@code http:\\host/}), as browsers read it.
     */
    static int authorityStart(String text) {
        int separator = text.indexOf(':');
        if (separator <= 0 || separator + 2 >= text.length() || !isSlash(text.charAt(separator + 1))
                || !isSlash(text.charAt(separator + 2))) {
            return 0;
        }
        for (int i = 0; i < separator; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 0x80 || c == '+' || c == '-' || c == '.')) {
                // The "://" is in a path or query, as in a redirect parameter.
                return 0;
            }
        }
        return separator + 3;
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    /** Where the authority ends. A backslash ends it too, since browsers read it as a slash. */
    static int authorityEnd(String text, int from) {
        int end = from;
        while (end < text.length() && "/?#\\".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The host in {@code text[from, to)}: user information, port and IPv6 brackets taken off, lower-cased. */
    static byte[] host(String text, int from, int to) {
        int at = text.lastIndexOf('@', to - 1);
        if (at >= from) {
            from = at + 1;
        }
        int end = to;
        if (from < to && text.charAt(from) == '[') {
            int close = text.indexOf(']', from);
            from++;
            end = close < 0 || close > to ? to : close;
        } else {
            int colon = text.indexOf(':', from);
            // One colon is a port; more is an unbracketed IPv6 address, left whole.
            if (colon >= 0 && colon < to && text.lastIndexOf(':', to - 1) == colon) {
                end = colon;
            }
        }
        var host = text.substring(from, end);
        if (host.indexOf('%') >= 0) {
            // Browsers never escape a host; a client that does is decided on the name it spells, as squidGuard does.
            host = decodeEscapes(host);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return Hosts.lowerCaseAscii(host);
    }

    private static String decodeEscapes(String text) {
        var decoded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                decoded.append((char) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2))));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    /**
     * A path and query as the URL rules compare them, on requests and list entries alike, as squidGuard does:
     * percent-escapes decoded, lower case, runs of slashes made one, the fragment dropped, always starting with a
     * slash. Characters beyond ASCII become their UTF-8 bytes, one char each, so an escaped and an unescaped form of
     * the same path compare equal.
     */
    static String comparablePath(String text, int from) {
        var path = new StringBuilder(text.length() - from + 1).append('/');
        boolean query = false;
        for (int i = from; i < text.length(); i++) {
            int c = text.charAt(i);
            if (c == '#') {
                break;
            }
            if (c == '?' && !query) {
                query = true;
            } else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                c = hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2));
                i += 2;
            } else if (c == '\\' && !query) {
                c = '/';
            } else if (c >= 0x80) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint) - 1;
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    path.append((char) (b & 0xff));
                }
                continue;
            }
            if (c == '/' && !query && path.charAt(path.length() - 1) == '/') {
                continue;
            }
            path.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        return path.toString();
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
