package org.tutela.filtering.log;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Decisions on a bounded queue for a writer to take. When the writer falls behind and the queue is full, an event is
 * dropped and counted, never waited for: {@link #dropped()} says how many, so a monitor can tell the network manager
 * that the log has gaps.
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

    /**
     * Like {@link #drainTo(Collection, int)}, but waits up to {@code wait} for a first event when none is waiting.
     * Answers 0 when none came, or when the writer's thread is interrupted.
     */
    public int drainTo(Collection<? super DecisionEvent> into, int max, Duration wait) {
        int moved = events.drainTo(into, max);
        if (moved > 0 || max <= 0) {
            return moved;
        }
        try {
            var first = events.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (first == null) {
                return 0;
            }
            into.add(first);
            return 1 + events.drainTo(into, max - 1);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return 0;
        }
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
