package org.tutela.filtering;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each watch has read the decision log. The enforcement points write in batches, possibly minutes late, so a
 * watch reads again from a while before its mark and must count each decision once itself.
 */
@Component
class DecisionLogWatermark {

    /** Decisions reach the log in batches, possibly minutes late: each check looks back this far again. */
    static final Duration LATE_ARRIVALS = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    DecisionLogWatermark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a watch reads from; locks its mark until the transaction ends, so two checks never overlap. */
    Instant readFrom(String watch, Instant now) {
        return jdbc.sql("select up_to from decision_log_watch where name = ? for update").param(watch)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(now.minus(Duration.ofDays(1)))
                .minus(LATE_ARRIVALS);
    }

    void advance(String watch, Instant to) {
        jdbc.sql("""
                insert into decision_log_watch (name, up_to) values (?, ?)
                on conflict (name) do update set up_to = excluded.up_to""").params(watch, Timestamp.from(to)).update();
    }
}
