package org.tutela.squid;

import java.util.ArrayList;
import java.util.List;

/**
 * One answer to Squid, on one line: a result (OK, ERR or BH) and key=value pairs. Values that are not plain tokens
 * are quoted, with {@code "} and {@code \} escaped by {@code \}, and line ends written as {@code \r} and {@code \n}
 * as Squid reads them, so an answer can never spill onto a second line.
 */
final class HelperReply {

    enum Result { OK, ERR, BH }

    private record Pair(String key, String value) {
    }

    private final Result result;
    private final List<Pair> pairs;

    private HelperReply(Result result, List<Pair> pairs) {
        this.result = result;
        this.pairs = pairs;
    }

    static HelperReply ok() {
        return new HelperReply(Result.OK, List.of());
    }

    static HelperReply err() {
        return new HelperReply(Result.ERR, List.of());
    }

    /** Squid's "broken helper" answer for one request it could not make sense of; Squid logs the message. */
    static HelperReply brokenHelper(String message) {
        return new HelperReply(Result.BH, List.of()).with("message", message);
    }

    /** Keys are fixed words of this code; checked with a compiled pattern, since every blocked answer adds some. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z][a-z_-]*");

    HelperReply with(String key, String value) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a helper reply key: " + key);
        }
        var more = new ArrayList<>(pairs);
        more.add(new Pair(key, value));
        return new HelperReply(result, List.copyOf(more));
    }

    /** The answer line without its newline, led by the request's channel ID when Squid sent one. */
    String toLine(String channel) {
        int length = 32 + (channel != null ? channel.length() : 0);
        for (var pair : pairs) {
            length += pair.key().length() + pair.value().length() + 8;
        }
        var line = new StringBuilder(length);
        if (channel != null) {
            line.append(channel).append(' ');
        }
        line.append(result.name());
        for (var pair : pairs) {
            line.append(' ').append(pair.key()).append('=');
            appendValue(line, pair.value());
        }
        return line.toString();
    }

    private static void appendValue(StringBuilder line, String value) {
        if (isToken(value)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"', '\\' -> line.append('\\').append(c);
                case '\r' -> line.append("\\r");
                case '\n' -> line.append("\\n");
                // Squid reads the line as a C string: a NUL would cut it short.
                case '\0' -> line.append('?');
                default -> line.append(c);
            }
        }
        line.append('"');
    }

    private static boolean isToken(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '-' || c == '_';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
