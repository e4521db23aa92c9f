package org.tutela.filtering;

import java.time.Instant;
import java.util.Objects;

/** A site a teacher opened for a group for a lesson: who, why, until when. */
public record TemporaryAllow(GroupId group, String domain, String grantedBy, String reason, Instant from,
        Instant until) {

    public TemporaryAllow {
        Objects.requireNonNull(group, "an allow is for a group");
        var raw = domain;
        domain = DomainName.normalise(raw).orElseThrow(() -> new IllegalArgumentException("not a domain name: " + raw));
        if (grantedBy == null || grantedBy.isBlank()) {
            throw new IllegalArgumentException("say who allowed it");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a temporary allow needs a reason");
        }
        if (from == null || until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException("a temporary allow ends after it starts");
        }
    }

    public boolean inForceAt(Instant when) {
        return !when.isBefore(from) && when.isBefore(until);
    }
}
