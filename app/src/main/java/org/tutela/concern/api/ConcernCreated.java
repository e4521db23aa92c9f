package org.tutela.concern.api;

import java.util.List;
import java.util.UUID;

import org.tutela.concern.Concern;

/** What the reporter learns at once: the reference to quote, where the case stands, and what must happen next. */
record ConcernCreated(UUID id, String reference, String status, String recordClass, List<ActionView> actions) {

    static ConcernCreated of(Concern concern) {
        return new ConcernCreated(concern.id().value(), concern.reference(), concern.status().name(),
                concern.recordClass().name(), ActionView.of(concern.actions()));
    }
}
