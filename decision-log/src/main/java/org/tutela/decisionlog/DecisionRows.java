package org.tutela.decisionlog;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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
    private char[] chars = new char[256];
    private final ByteBuffer out = ByteBuffer.allocate(BUFFER_BYTES);
    /** UTF-8 as {@code String.getBytes} writes it: half a surrogate pair becomes '?'. */
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** The last second written and its text, since rows come in time order, many a second. */
    private long second = Long.MIN_VALUE;
    private String secondText;
    /** The last school and its text: one resolver or helper logs for one school. */
    private UUID school;
    private String schoolText;

    /** Sends {@code events} through {@code copy}, one row each, and ends it: the rows PostgreSQL wrote. */
    long copy(List<DecisionEvent> events, CopyIn copy) throws SQLException {
        out.clear();
        for (var event : events) {
            row.setLength(0);
            append(row, event);
            if (chars.length < row.length()) {
                chars = new char[Math.max(row.length(), chars.length * 2)];
            }
            row.getChars(0, row.length(), chars, 0);
            // Over an array, so that the encoder takes its fast path for ASCII.
            var text = CharBuffer.wrap(chars, 0, row.length());
            utf8.reset();
            while (utf8.encode(text, out, true).isOverflow()) {
                // The buffer is full, even in the middle of a row: COPY reads a stream of bytes.
                send(copy);
            }
        }
        send(copy);
        return copy.endCopy();
    }

    private void send(CopyIn copy) throws SQLException {
        if (out.position() > 0) {
            copy.writeToCopy(out.array(), 0, out.position());
            out.clear();
        }
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
