package org.tutela.governance;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.SchoolId;

/** One version of a school's online-safety policy: drafted, then activated, then superseded by the next. */
public record OnlineSafetyPolicy(UUID id, SchoolId school, String versionLabel, String body, State state,
        String draftedBy, Instant draftedAt, String activatedBy, Instant activatedAt, int version) {

    public enum State { DRAFT, ACTIVE, SUPERSEDED }

    public boolean draft() {
        return state == State.DRAFT;
    }
}
