package org.tutela.identity;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner sees it on "Your account": never the secret, which is shown once and not kept. */
public record PersonalAccessToken(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {

    /** Public for the account page's template. */
    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
