package org.tutela.filtering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.school.SchoolId;

/**
 * Reads the decision log the enforcement points write (they run as their own processes) for illegal-list attempts,
 * and raises one alert per device or user name and hour: the DSL hears of every device that tried, without a case
 * per retried request. The event is kept in the publication registry, so a crash cannot lose it.
 */
@Component
class IllegalContentWatch {

    static final Duration ONE_ALERT_PER = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DecisionLogWatermark watermark;

    IllegalContentWatch(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            DecisionLogWatermark watermark) {
        this.jdbc = jdbc;
        this.watermark = watermark;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tutela.filtering.illegal-content-check:PT30S}")
    @Transactional
    public int check() {
        var now = clock.instant();
        var from = watermark.readFrom("illegal-content", now);
        // Illegal-list attempts are rare, so they are read one by one; each is counted once, against the alert of
        // its device (an attempt no later than the alert's last one has been counted already).
        var rows = jdbc.sql("""
                select school_id, host(client_address) as client, user_name, group_id, occurred_at
                from filter_decision
                where rule = 'illegal-list' and occurred_at > ? and occurred_at <= ? and school_id is not null
                order by occurred_at""")
                .params(Timestamp.from(from), Timestamp.from(now))
                .query((rs, n) -> new Attempts(new SchoolId(rs.getObject("school_id", UUID.class)), rs.getString("client"),
                        rs.getString("user_name"), rs.getString("group_id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getTimestamp("occurred_at").toInstant(), 1))
                .list();
        var raised = 0;
        for (var attempt : rows) {
            raised += alertOrAddTo(attempt, now) ? 1 : 0;
        }
        watermark.advance("illegal-content", now);
        return raised;
    }

    private record Attempts(SchoolId school, String client, String userName, String group, Instant firstAt,
            Instant lastAt, int count) {
    }

    private record Alert(UUID id, Instant lastAt) {
    }

    /**
     * An attempt already counted is skipped; one within the hour of its device's last alert raises that alert's
     * count; otherwise a new alert goes out.
     */
    private boolean alertOrAddTo(Attempts a, Instant now) {
        var recent = jdbc.sql("""
                select id, last_at from illegal_content_attempt
                where school_id = ? and client_address is not distinct from ?::inet and user_name is not distinct from ?
                order by last_at desc limit 1""")
                .params(a.school().value(), a.client(), a.userName())
                .query((rs, n) -> new Alert(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).optional();
        if (recent.isPresent() && !a.firstAt().isAfter(recent.get().lastAt())) {
            return false;
        }
        if (recent.isPresent() && a.firstAt().isBefore(recent.get().lastAt().plus(ONE_ALERT_PER))) {
            jdbc.sql("update illegal_content_attempt set attempts = attempts + ?, last_at = ? where id = ?")
                    .params(a.count(), Timestamp.from(a.lastAt()), recent.get().id()).update();
            return false;
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into illegal_content_attempt (id, school_id, client_address, user_name, group_id, first_at,
                                                     last_at, attempts, alerted_at)
                values (?, ?, ?::inet, ?, ?, ?, ?, ?, ?)""")
                .params(id, a.school().value(), a.client(), a.userName(), a.group(), Timestamp.from(a.firstAt()),
                        Timestamp.from(a.lastAt()), a.count(), Timestamp.from(now))
                .update();
        events.publishEvent(new IllegalContentAttempted(id, a.school(), a.client(), a.userName(), a.group(),
                a.firstAt(), a.lastAt(), a.count()));
        return true;
    }
}
