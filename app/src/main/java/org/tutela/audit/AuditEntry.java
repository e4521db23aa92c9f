package org.tutela.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant occurredAt, UUID actorPerson, String actorName, String action,
        String recordType, String recordId, UUID school, Outcome outcome, String sourceIp, String detail) {
}
