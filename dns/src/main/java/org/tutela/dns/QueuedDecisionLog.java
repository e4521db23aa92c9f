package org.tutela.dns;

import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Decisions on a bounded queue for a writer to take (the PostgreSQL writer, later). When the writer falls behind and
 * the queue is full, an event is dropped and counted, never waited for: {@link #dropped()} says how many, so a
 * monitor can tell the network manager that the log has gaps.
 */
public final class QueuedDecisionLog implements DecisionLog {

    private final BlockingQueue<DecisionEvent> events;
    private final LongAdder dropped = new LongAdder();

    public QueuedDecisionLog(int capacity) {
        this.events = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public void record(DecisionEvent event) {
        if (!events.offer(event)) {
            dropped.increment();
        }
    }

    /** Moves up to {@code max} waiting events into {@code into}; answers how many. */
    public int drainTo(Collection<? super DecisionEvent> into, int max) {
        return events.drainTo(into, max);
    }

    /** Events waiting for the writer. */
    public int waiting() {
        return events.size();
    }

    /** Events lost because the queue was full, since the start. */
    public long dropped() {
        return dropped.sum();
    }
}
