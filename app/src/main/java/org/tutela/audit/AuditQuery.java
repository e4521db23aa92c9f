package org.tutela.audit;

import java.util.Set;
import java.util.UUID;

/**
 * A filter over the trail of some schools: by the person who acted or was acted on, and by record.
 * Blank filters match everything.
 */
public record AuditQuery(Set<UUID> schools, UUID person, String recordType, String recordId, int page, int pageSize) {

    public AuditQuery {
        schools = Set.copyOf(schools);
        if (page < 0) {
            throw new IllegalArgumentException("pages start at 0");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("a page holds 1 to 500 entries");
        }
    }
}
