package org.tutela.decisionlog;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.tutela.filtering.log.DecisionEvent;

/** Decisions as the CSV that PostgreSQL's COPY reads into {@code filter_decision}. */
final class DecisionRows {

    static final String COPY = "copy filter_decision (occurred_at, school_id, enforcement, client_address, user_name,"
            + " group_id, host, url, search_terms, query_type, verdict, rule, category, policy_version)"
            + " from stdin with (format csv)";

    private DecisionRows() {
    }

    static String csv(List<DecisionEvent> events) {
        var csv = new StringBuilder(events.size() * 160);
        for (var event : events) {
            csv.append(event.occurredAt().truncatedTo(ChronoUnit.MICROS)).append(',');
            value(csv, event.schoolId() == null ? null : event.schoolId().toString()).append(',');
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
        return csv.toString();
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
