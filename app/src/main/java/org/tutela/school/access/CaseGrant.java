package org.tutela.school.access;

import java.time.Instant;
import java.util.Objects;

import org.tutela.school.PersonId;

/**
 * Access to one record for one more person, with a reason and an optional expiry (ACC-02). A working grant lets them
 * act on it too: it is how a case reaches the whistleblowing alternate when the DSL or headteacher is its subject.
 */
public record CaseGrant(PersonId grantee, String reason, Instant expiresAt, boolean working) {

    public CaseGrant(PersonId grantee, String reason, Instant expiresAt) {
        this(grantee, reason, expiresAt, false);
    }

    public CaseGrant {
        Objects.requireNonNull(grantee, "a grant is to a person");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a grant of access needs a reason");
        }
    }

    public boolean inForceAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
