package org.tutela.concern.web;

import java.time.Instant;

import org.tutela.concern.Concern;
import org.tutela.concern.Concerns;
import org.tutela.procedure.ActionKind;

/** One line of the queue: the summary, and how many mandatory actions are past their deadline (ESC-17). */
public record QueueLine(Concerns.Summary summary, Concern concern, long overdue) {

    QueueLine(Concerns.Summary summary, Concern concern) {
        this(summary, concern, 0);
    }

    QueueLine withOverdue(Instant now) {
        return new QueueLine(summary, concern, concern.actions().stream()
                .filter(a -> a.kind() == ActionKind.MANDATORY && a.overdue(now)).count());
    }
}
