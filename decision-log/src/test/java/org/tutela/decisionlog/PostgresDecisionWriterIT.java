package org.tutela.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.filtering.Categories;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.Rule;
import org.tutela.filtering.Verdict;
import org.tutela.filtering.log.DecisionEvent;
import org.tutela.filtering.log.DecisionEvent.Enforcement;
import org.tutela.filtering.log.QueuedDecisionLog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The writer against a real PostgreSQL, connecting as the enforcement points' insert-only role. */
class PostgresDecisionWriterIT {

    static final UUID HAWTHORN = UUID.fromString("6f1c2a9e-8d4b-4c1e-9a7f-3b2d1e0c9f8a");
    static final Instant LESSON = Instant.parse("2026-11-25T10:15:30.123456Z");
    /** Quick retries, so a test waits for what happens, not for the backoff. */
    static final PostgresDecisionWriter.Settings QUICK = new PostgresDecisionWriter.Settings(5_000,
            Duration.ofMillis(50), 3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMinutes(1));

    static EmbeddedPostgres postgres;

    PostgresDecisionWriter writer;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create role tutela_enforcement login password 'enforcing'");
            // As the web app's migration creates it.
            statement.execute("""
                    create table filter_decision (
                        occurred_at     timestamptz not null,
                        school_id       uuid,
                        enforcement     text not null,
                        client_address  inet,
                        user_name       text,
                        group_id        text,
                        host            text not null,
                        url             text,
                        search_terms    text,
                        query_type      text,
                        verdict         text not null,
                        rule            text not null,
                        category        text,
                        policy_version  integer not null
                    ) partition by range (occurred_at)""");
            statement.execute("create table filter_decision_default partition of filter_decision default");
            statement.execute("grant insert on filter_decision to tutela_enforcement");
        }
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        admin("truncate filter_decision");
    }

    @AfterEach
    void closeWriter() {
        if (writer != null) {
            writer.close();
        }
    }

    @Test
    void twentyThousandDecisionsAllArriveWithTheirColumns() throws Exception {
        var queue = new QueuedDecisionLog(32_768);
        writer = PostgresDecisionWriter.start(queue, enforcementRole(), PostgresDecisionWriter.Settings.DEFAULTS);

        for (int i = 0; i < 10_000; i++) {
            queue.record(aBlockedSearch(i));
            queue.record(anAllowedLookup(i));
        }
        await(() -> writer.counts().written() == 20_000);

        assertThat(count("select count(*) from filter_decision")).isEqualTo(20_000);
        assertThat(count("select count(*) from filter_decision where enforcement = 'squid'")).isEqualTo(10_000);
        assertThat(row("where enforcement = 'squid' and user_name = 'learner42'")).isEqualTo(String.join("|",
                "2026-11-25 10:15:30.123456+00", HAWTHORN.toString(), "squid", "10.10.3.7", "learner42", "ks2-upper",
                "www.google.com", "http://www.google.com/search?q=\"dice\"+games,+%2Cfree", "\"dice\" games, ,free",
                "null", "BLOCK", "blocked-category", "gambling", "12"));
        assertThat(row("where enforcement = 'dns' and host = 'host42.example'")).isEqualTo(String.join("|",
                "2026-11-25 10:15:30.123456+00", "null", "dns", "2001:db8::2a", "null", "null", "host42.example",
                "null", "null", "AAAA", "ALLOW", "default-allow", "null", "12"));
        assertThat(writer.counts().dropped()).isZero();
    }

    @Test
    void aConnectionLostMidWayIsMadeAgainAndItsBatchRetriedWithNothingLost() throws Exception {
        var queue = new QueuedDecisionLog(1_000);
        writer = PostgresDecisionWriter.start(queue, enforcementRole(), QUICK);
        for (int i = 0; i < 100; i++) {
            queue.record(anAllowedLookup(i));
        }
        await(() -> writer.counts().written() == 100);

        admin("select pg_terminate_backend(pid) from pg_stat_activity where usename = 'tutela_enforcement'");
        await(() -> count("select count(*) from pg_stat_activity where usename = 'tutela_enforcement'") == 0);
        for (int i = 100; i < 200; i++) {
            queue.record(anAllowedLookup(i));
        }
        await(() -> writer.counts().written() == 200);

        assertThat(writer.counts().failedAttempts()).isPositive();
        assertThat(writer.counts().droppedOnError()).isZero();
        assertThat(count("select count(*) from filter_decision")).isEqualTo(200);
    }

    @Test
    void aDatabaseThatStaysAwayCostsTheBatchCountedAsDroppedAndTheLogCarriesOn() throws Exception {
        var queue = new QueuedDecisionLog(1_000);
        var away = new AtomicBoolean(true);
        writer = PostgresDecisionWriter.start(queue, whenBack(away), QUICK);

        for (int i = 0; i < 10; i++) {
            queue.record(anAllowedLookup(i));
        }
        await(() -> writer.counts().droppedOnError() == 10);
        away.set(false);
        for (int i = 10; i < 15; i++) {
            queue.record(anAllowedLookup(i));
        }
        await(() -> writer.counts().written() == 5);

        assertThat(writer.counts().failedAttempts()).isEqualTo(QUICK.attempts());
        assertThat(count("select count(*) from filter_decision")).isEqualTo(5);
    }

    @Test
    void aDatabaseBackWithinTheRetriesGetsTheWholeBatch() throws Exception {
        var queue = new QueuedDecisionLog(1_000);
        var away = new AtomicBoolean(true);
        var patient = new PostgresDecisionWriter.Settings(5_000, Duration.ofMillis(50), Integer.MAX_VALUE,
                Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMinutes(1));
        writer = PostgresDecisionWriter.start(queue, whenBack(away), patient);

        for (int i = 0; i < 10; i++) {
            queue.record(anAllowedLookup(i));
        }
        await(() -> writer.counts().failedAttempts() >= 3);
        away.set(false);
        await(() -> writer.counts().written() == 10);

        assertThat(writer.counts().droppedOnError()).isZero();
        assertThat(count("select count(*) from filter_decision")).isEqualTo(10);
    }

    @Test
    void aFullQueueDropsAndCountsWhatDoesNotFit() throws Exception {
        var queue = new QueuedDecisionLog(10);
        for (int i = 0; i < 15; i++) {
            queue.record(anAllowedLookup(i));
        }

        writer = PostgresDecisionWriter.start(queue, enforcementRole(), QUICK);
        await(() -> writer.counts().written() == 10);

        assertThat(writer.counts().droppedQueueFull()).isEqualTo(5);
        assertThat(count("select count(*) from filter_decision")).isEqualTo(10);
    }

    @Test
    void closingWritesWhatIsWaitingWithoutWaitingForTheNextFlush() throws Exception {
        var queue = new QueuedDecisionLog(1_000);
        var lazy = new PostgresDecisionWriter.Settings(5_000, Duration.ofHours(1), 3, Duration.ofMillis(5),
                Duration.ofMillis(20), Duration.ofHours(1));
        writer = PostgresDecisionWriter.start(queue, enforcementRole(), lazy);
        for (int i = 0; i < 50; i++) {
            queue.record(anAllowedLookup(i));
        }

        writer.close();

        assertThat(writer.counts().written()).isEqualTo(50);
        assertThat(count("select count(*) from filter_decision")).isEqualTo(50);
    }

    static DecisionEvent aBlockedSearch(int i) throws Exception {
        var url = "http://www.google.com/search?q=\"dice\"+games,+%2Cfree";
        return DecisionEvent.proxied(LESSON, HAWTHORN, InetAddress.getByName("10.10.3.7"), "learner" + i,
                "www.google.com", url, new org.tutela.filtering.Decision(Verdict.BLOCK, Rule.BLOCKED_CATEGORY,
                        GroupId.UPPER_KS2, Categories.GAMBLING, null, null, null, 12));
    }

    static DecisionEvent anAllowedLookup(int i) throws Exception {
        return new DecisionEvent(LESSON, null, Enforcement.DNS, InetAddress.getByName("2001:db8::" + Integer.toHexString(i)),
                null, null, "host" + i + ".example", null, null, "AAAA", Verdict.ALLOW, Rule.DEFAULT_ALLOW.code(),
                null, 12);
    }

    static Connections enforcementRole() {
        return Connections.to(postgres.getJdbcUrl("postgres", "postgres").replaceAll("\\?.*", ""),
                "tutela_enforcement", "enforcing", "tutela-test");
    }

    static Connections whenBack(AtomicBoolean away) {
        var real = enforcementRole();
        return () -> {
            if (away.get()) {
                throw new SQLException("Connection refused (the test's database is away)", "08001");
            }
            return real.open();
        };
    }

    static void admin(String sql) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static long count(String sql) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String row(String where) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("set timezone = 'UTC'");
            try (var rows = statement.executeQuery("select * from filter_decision " + where)) {
                assertThat(rows.next()).as("a row " + where).isTrue();
                var columns = new StringBuilder();
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    columns.append(c > 1 ? "|" : "").append(rows.getString(c));
                }
                assertThat(rows.next()).as("one row " + where).isFalse();
                return columns.toString();
            }
        }
    }

    /** Waits for something the writer's thread will do; the bound is only there so a broken writer fails the test. */
    static void await(ThrowingCondition condition) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the writer never got there");
            }
            Thread.sleep(10);
        }
    }

    @FunctionalInterface
    interface ThrowingCondition {
        boolean holds() throws Exception;
    }
}
