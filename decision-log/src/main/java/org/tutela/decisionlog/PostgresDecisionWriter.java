package org.tutela.decisionlog;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.tutela.filtering.log.DecisionEvent;
import org.tutela.filtering.log.QueuedDecisionLog;

/**
 * Takes decisions off a {@link QueuedDecisionLog} on its own daemon thread and copies them into
 * {@code filter_decision} in batches: up to {@code batchSize} rows, or what has come within {@code flushEvery}. A batch
 * the database refuses is kept and tried again, waiting longer each time, up to {@code attempts} tries; then it is
 * dropped and counted. Nothing here ever makes {@code record} wait: while the database is away the queue fills and
 * counts its own drops. The counts go to the log every {@code reportEvery} and are in {@link #counts()}.
 */
public final class PostgresDecisionWriter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresDecisionWriter.class.getName());
    private static final Duration SLICE = Duration.ofMillis(100);

    /** How the writer batches, retries and reports. */
    public record Settings(int batchSize, Duration flushEvery, int attempts, Duration firstBackoff,
            Duration maxBackoff, Duration reportEvery) {

        public static final Settings DEFAULTS = new Settings(5_000, Duration.ofMillis(100), 6, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofMinutes(1));

        public Settings {
            if (batchSize < 1 || attempts < 1) {
                throw new IllegalArgumentException("a batch holds at least one row and is tried at least once");
            }
        }
    }

    /**
     * Since the start: rows written, decisions dropped because the queue was full, decisions dropped because the
     * database refused their batch too many times, and decisions waiting now.
     */
    public record Counts(long written, long droppedQueueFull, long droppedOnError, long failedAttempts,
            int waiting) {

        public long dropped() {
            return droppedQueueFull + droppedOnError;
        }

        @Override
        public String toString() {
            return written + " written, " + droppedQueueFull + " dropped with the queue full, " + droppedOnError
                    + " dropped after database errors (" + failedAttempts + " failed attempts), " + waiting
                    + " waiting";
        }
    }

    private final QueuedDecisionLog queue;
    private final Connections connections;
    private final Settings settings;
    private final Thread thread;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong droppedOnError = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final DecisionRows rows = new DecisionRows();
    private Connection connection;

    private PostgresDecisionWriter(QueuedDecisionLog queue, Connections connections, Settings settings) {
        this.queue = queue;
        this.connections = connections;
        this.settings = settings;
        this.thread = new Thread(this::run, "decision-log-writer");
        thread.setDaemon(true);
    }

    /** Starts writing what {@code queue} receives; the first connection is made on the writer's thread. */
    public static PostgresDecisionWriter start(QueuedDecisionLog queue, Connections connections, Settings settings) {
        var writer = new PostgresDecisionWriter(queue, connections, settings);
        writer.thread.start();
        return writer;
    }

    public Counts counts() {
        return new Counts(written.get(), queue.dropped(), droppedOnError.get(), failedAttempts.get(), queue.waiting());
    }

    /**
     * A shutdown hook for {@code program}: closes the writer, which writes what is waiting, then prints its counts to
     * standard error itself. java.util.logging resets its handlers in a shutdown hook of its own, which may run
     * first and swallow the writer's last report.
     */
    public Thread flushOnShutdown(String program) {
        return new Thread(() -> {
            close();
            System.err.println(program + ": decision log at shutdown: " + counts());
        }, "decision-log-flush");
    }

    /** Writes what is waiting (one try each batch, as the process is going), then stops. */
    @Override
    public void close() {
        closing.countDown();
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        var batch = new ArrayList<DecisionEvent>(settings.batchSize());
        long nextReport = System.nanoTime() + settings.reportEvery().toNanos();
        var lastReported = counts();
        while (!closed()) {
            fill(batch);
            if (!batch.isEmpty()) {
                writeWithRetries(batch);
            }
            if (System.nanoTime() - nextReport >= 0) {
                lastReported = report(lastReported);
                nextReport = System.nanoTime() + settings.reportEvery().toNanos();
            }
        }
        do {
            if (!batch.isEmpty() && !attempt(batch)) {
                drop(batch, 1);
            }
            batch.clear();
        } while (queue.drainTo(batch, settings.batchSize()) > 0);
        report(lastReported);
        closeConnection();
    }

    /** Takes decisions until the batch is full or {@code flushEvery} has passed since the first came. */
    private void fill(List<DecisionEvent> batch) {
        long deadline = 0;
        while (batch.size() < settings.batchSize() && !closed()) {
            long now = System.nanoTime();
            var wait = batch.isEmpty() ? settings.flushEvery() : Duration.ofNanos(deadline - now);
            if (!batch.isEmpty() && wait.isNegative()) {
                return;
            }
            int before = batch.size();
            // In slices, so that close() is seen however long the flush interval.
            queue.drainTo(batch, settings.batchSize() - batch.size(), wait.compareTo(SLICE) < 0 ? wait : SLICE);
            if (before == 0 && !batch.isEmpty()) {
                deadline = now + settings.flushEvery().toNanos();
            }
            if (batch.isEmpty()) {
                return;
            }
        }
    }

    private void writeWithRetries(List<DecisionEvent> batch) {
        var backoff = settings.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            if (attempt(batch)) {
                batch.clear();
                return;
            }
            if (attempt >= settings.attempts() || pause(backoff)) {
                drop(batch, attempt);
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff()
                    : backoff.multipliedBy(2);
        }
    }

    /** One COPY of the whole batch: PostgreSQL writes all of its rows or none, so a retry duplicates nothing. */
    private boolean attempt(List<DecisionEvent> batch) {
        try {
            if (connection == null) {
                connection = connections.open();
                connection.setAutoCommit(true);
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(DecisionRows.COPY);
            try {
                written.addAndGet(rows.copy(batch, copy));
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return true;
        } catch (SQLException | RuntimeException failed) {
            failedAttempts.incrementAndGet();
            LOG.log(Level.WARNING, "could not write " + batch.size() + " decisions to filter_decision: " + failed);
            closeConnection();
            return false;
        }
    }

    private void drop(List<DecisionEvent> batch, int attempts) {
        droppedOnError.addAndGet(batch.size());
        LOG.log(Level.ERROR, "dropped " + batch.size() + " decisions after " + attempts
                + " failed attempts to write them: the decision log has a gap");
        batch.clear();
    }

    /** Waits before the next try; answers true when the writer is closing instead. */
    private boolean pause(Duration backoff) {
        try {
            return closing.await(backoff.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private boolean closed() {
        return closing.getCount() == 0 || Thread.currentThread().isInterrupted();
    }

    private Counts report(Counts last) {
        var now = counts();
        boolean gaps = now.dropped() > last.dropped();
        LOG.log(gaps ? Level.WARNING : Level.INFO, "decision log: " + now
                + (gaps ? "; " + (now.dropped() - last.dropped()) + " dropped since the last report" : ""));
        return now;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already broken: it is being replaced.
            }
            connection = null;
        }
    }
}
