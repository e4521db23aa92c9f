package org.tutela.decisionlog;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.postgresql.copy.CopyIn;
import org.tutela.filtering.log.DecisionEvent;

/**
 * Decisions as the CSV that PostgreSQL's COPY reads into {@code filter_decision}, sent a buffer at a time: a batch of
 * thousands of rows is never held as one string, which the resolver's small heap would have to promote (a large
 * array alive across a young collection) and then collect in full. One instance for each writer thread.
 */
final class DecisionRows {

    static final String COPY = "copy filter_decision (occurred_at, school_id, enforcement, client_address, user_name,"
            + " group_id, host, url, search_terms, query_type, verdict, rule, category, policy_version)"
            + " from stdin with (format csv)";

    private static final int BUFFER_BYTES = 32 * 1024;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final StringBuilder row = new StringBuilder(256);
    private final byte[] buffer = new byte[BUFFER_BYTES];
    /** The last second written and its text, since rows come in time order, many a second. */
    private long second = Long.MIN_VALUE;
    private String secondText;
    /** The last school and its text: one resolver or helper logs for one school. */
    private UUID school;
    private String schoolText;

    /** Sends {@code events} through {@code copy}, one row each, and ends it: the rows PostgreSQL wrote. */
    long copy(List<DecisionEvent> events, CopyIn copy) throws SQLException {
        int filled = 0;
        for (var event : events) {
            row.setLength(0);
            append(row, event);
            int length = row.length();
            if (filled + length * 3 > buffer.length) {
                copy.writeToCopy(buffer, 0, filled);
                filled = 0;
            }
            if (length * 3 > buffer.length) {
                // A row longer than the buffer (a very long URL): sent on its own.
                var bytes = row.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
            } else {
                filled = encode(row, buffer, filled);
            }
        }
        if (filled > 0) {
            copy.writeToCopy(buffer, 0, filled);
        }
        return copy.endCopy();
    }

    /** The rows as one string, as {@link #copy} sends them. */
    static String csv(List<DecisionEvent> events) {
        var rows = new DecisionRows();
        var csv = new StringBuilder(events.size() * 160);
        for (var event : events) {
            rows.append(csv, event);
        }
        return csv.toString();
    }

    private void append(StringBuilder csv, DecisionEvent event) {
        timestamp(csv, event.occurredAt()).append(',');
        value(csv, schoolText(event.schoolId())).append(',');
        value(csv, event.enforcement().code()).append(',');
        value(csv, address(event.clientAddress())).append(',');
        value(csv, event.userName()).append(',');
        value(csv, event.group() == null ? null : event.group().value()).append(',');
        value(csv, event.host()).append(',');
        value(csv, event.url()).append(',');
        value(csv, event.searchTerms()).append(',');
        value(csv, event.queryType()).append(',');
        value(csv, event.verdict().name()).append(',');
        value(csv, event.rule()).append(',');
        value(csv, event.category() == null ? null : event.category().id()).append(',');
        csv.append(event.policyVersion()).append('\n');
    }

    /**
     * Writes {@code chars} as UTF-8 into {@code out} from {@code at}, which has room for three bytes a char (a
     * surrogate pair, two chars, takes four); returns where it ended.
     */
    static int encode(CharSequence chars, byte[] out, int at) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < chars.length()
                    && Character.isLowSurrogate(chars.charAt(i + 1))) {
                int code = Character.toCodePoint(c, chars.charAt(++i));
                out[at++] = (byte) (0xf0 | code >> 18);
                out[at++] = (byte) (0x80 | code >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | code >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | code & 0x3f);
            } else if (Character.isSurrogate(c)) {
                // Half a pair is not text: written as '?', as String.getBytes writes it.
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return at;
    }

    /** As ISO 8601 in UTC to the microsecond, which is what timestamptz keeps: {@code 2026-11-25T10:15:30.123456Z}. */
    private StringBuilder timestamp(StringBuilder csv, Instant at) {
        if (at.getEpochSecond() != second) {
            second = at.getEpochSecond();
            secondText = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC).format(SECOND);
        }
        int micros = at.getNano() / 1000;
        csv.append(secondText).append('.');
        for (int digit = 100_000; digit > 0; digit /= 10) {
            csv.append((char) ('0' + micros / digit % 10));
        }
        return csv.append('Z');
    }

    private String schoolText(UUID id) {
        if (id != null && !id.equals(school)) {
            school = id;
            schoolText = id.toString();
        }
        return id == null ? null : schoolText;
    }

    /** Null is an unquoted empty field; anything else is quoted, so an empty string stays one. */
    private static StringBuilder value(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append("\"\"");
            } else if (c != 0) {
                // PostgreSQL text cannot hold NUL, and one would fail the whole batch.
                csv.append(c);
            }
        }
        return csv.append('"');
    }

    /** PostgreSQL's inet takes no IPv6 zone ("%eth0"). */
    private static String address(InetAddress address) {
        if (address == null) {
            return null;
        }
        var text = address.getHostAddress();
        int zone = text.indexOf('%');
        return address instanceof Inet6Address && zone >= 0 ? text.substring(0, zone) : text;
    }
}
