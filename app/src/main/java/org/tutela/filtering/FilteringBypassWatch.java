package org.tutela.filtering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.school.SchoolId;

/**
 * Reads the decision log for attempts to bypass filtering (PROC-CMA-03, FILT-10): requests in the categories of VPNs,
 * proxies and anonymisers, and DNS-over-HTTPS resolvers. One alert per device or user name and school day, so that a
 * VPN app retrying all day opens one misuse concern, not hundreds. Like {@link IllegalContentWatch}, the event is kept
 * in the publication registry.
 */
@Component
class FilteringBypassWatch {

    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DecisionLogWatermark watermark;

    FilteringBypassWatch(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            DecisionLogWatermark watermark) {
        this.jdbc = jdbc;
        this.watermark = watermark;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tutela.filtering.bypass-check:PT1M}")
    @Transactional
    public int check() {
        var now = clock.instant();
        var from = watermark.readFrom("filtering-bypass", now);
        var rows = jdbc.sql("""
                select school_id, host(client_address) as client, user_name, group_id, category, occurred_at
                from filter_decision
                where category in (?, ?) and verdict = 'BLOCK' and occurred_at > ? and occurred_at <= ?
                  and school_id is not null
                order by occurred_at""")
                .params(Categories.PROXY_VPN.id(), Categories.DNS_OVER_HTTPS.id(), Timestamp.from(from),
                        Timestamp.from(now))
                .query((rs, n) -> new Attempt(new SchoolId(rs.getObject("school_id", UUID.class)), rs.getString("client"),
                        rs.getString("user_name"), rs.getString("group_id"), rs.getString("category"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
        var raised = 0;
        for (var attempt : rows) {
            raised += alertOrAddTo(attempt, now) ? 1 : 0;
        }
        watermark.advance("filtering-bypass", now);
        return raised;
    }

    private record Attempt(SchoolId school, String client, String userName, String group, String category,
            Instant at) {
    }

    private record Alert(UUID id, Instant lastAt) {
    }

    /** Counted already: skipped; the device's alert of that day: counted in; otherwise a new alert. */
    private boolean alertOrAddTo(Attempt a, Instant now) {
        var day = LocalDate.ofInstant(a.at(), SCHOOL_TIME);
        var sameDay = jdbc.sql("""
                select id, last_at from filtering_bypass_attempt
                where school_id = ? and client_address is not distinct from ?::inet and user_name is not distinct from ?
                  and day = ?""")
                .params(a.school().value(), a.client(), a.userName(), day)
                .query((rs, n) -> new Alert(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).optional();
        if (sameDay.isPresent()) {
            if (!a.at().isAfter(sameDay.get().lastAt())) {
                return false;
            }
            jdbc.sql("update filtering_bypass_attempt set attempts = attempts + 1, last_at = ? where id = ?")
                    .params(Timestamp.from(a.at()), sameDay.get().id()).update();
            return false;
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into filtering_bypass_attempt (id, school_id, client_address, user_name, group_id, day, first_at,
                                                      last_at, attempts, alerted_at)
                values (?, ?, ?::inet, ?, ?, ?, ?, ?, 1, ?)""")
                .params(id, a.school().value(), a.client(), a.userName(), a.group(), day, Timestamp.from(a.at()),
                        Timestamp.from(a.at()), Timestamp.from(now))
                .update();
        events.publishEvent(new FilteringBypassAttempted(id, a.school(), a.client(), a.userName(), a.group(),
                a.category(), a.at(), a.at(), 1));
        return true;
    }
}
