package org.tutela.squid;

import java.util.Arrays;

/**
 * One answer to Squid, on one line: a result (OK, ERR or BH) and key=value pairs. Values that are not plain tokens
 * are quoted, with {@code "} and {@code \} escaped by {@code \}, and line ends written as {@code \r} and {@code \n}
 * as Squid reads them, so an answer can never spill onto a second line.
 */
final class HelperReply {

    enum Result { OK, ERR, BH }

    private static final String[] NONE = new String[0];
    private static final HelperReply OK = new HelperReply(Result.OK, NONE);
    private static final HelperReply ERR = new HelperReply(Result.ERR, NONE);

    private final Result result;
    /** Keys and values in turn: key, value, key, value. Never changed once the reply is made. */
    private final String[] pairs;

    private HelperReply(Result result, String[] pairs) {
        this.result = result;
        this.pairs = pairs;
    }

    static HelperReply ok() {
        return OK;
    }

    static HelperReply err() {
        return ERR;
    }

    /** Squid's "broken helper" answer for one request it could not make sense of; Squid logs the message. */
    static HelperReply brokenHelper(String message) {
        return new HelperReply(Result.BH, NONE).with("message", message);
    }

    /** A reply with one more pair. Keys are fixed words of this code: {@code [a-z][a-z_-]*}. */
    HelperReply with(String key, String value) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a helper reply key: " + key);
        }
        var more = Arrays.copyOf(pairs, pairs.length + 2);
        more[pairs.length] = key;
        more[pairs.length + 1] = value;
        return new HelperReply(result, more);
    }

    private static boolean isKey(String key) {
        if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The answer line without its newline, led by the request's channel ID when Squid sent one. */
    String toLine(String channel) {
        int length = 8 + (channel != null ? channel.length() : 0);
        for (int i = 0; i < pairs.length; i += 2) {
            length += pairs[i].length() + valueLength(pairs[i + 1]) + 2;
        }
        var line = new StringBuilder(length);
        if (channel != null) {
            line.append(channel).append(' ');
        }
        line.append(result.name());
        for (int i = 0; i < pairs.length; i += 2) {
            line.append(' ').append(pairs[i]).append('=');
            appendValue(line, pairs[i + 1]);
        }
        return line.toString();
    }

    /** How many chars {@link #appendValue} writes for a value. */
    private static int valueLength(String value) {
        if (isToken(value)) {
            return value.length();
        }
        int length = value.length() + 2;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == '\r' || c == '\n') {
                length++;
            }
        }
        return length;
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
