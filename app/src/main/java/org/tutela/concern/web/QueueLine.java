package org.tutela.concern.web;

import java.time.Instant;

import org.tutela.concern.Concern;
import org.tutela.concern.Concerns;
import org.tutela.procedure.ActionKind;

/** One line of the queue: the summary, and how many mandatory actions are past their deadline (ESC-17). */
public record QueueLine(Concerns.Summary summary, Concern concern, long overdue, Instant acknowledgeBy) {

    QueueLine(Concerns.Summary summary, Concern concern, Instant acknowledgeBy) {
        this(summary, concern, 0, acknowledgeBy);
    }

    QueueLine withOverdue(Instant now) {
        return new QueueLine(summary, concern, concern.actions().stream()
                .filter(a -> a.kind() == ActionKind.MANDATORY && a.overdue(now)).count(), acknowledgeBy);
    }

    public boolean acknowledgementOverdue(Instant now) {
        return summary.acknowledgedAt() == null && now.isAfter(acknowledgeBy);
    }
}
