package org.tutela.identity;

import java.time.Instant;
import java.util.UUID;

/** A person's means of signing in. */
record Account(UUID id, UUID person, String email, String passwordHash, String encryptedTotpSecret,
        Instant mfaEnrolledAt, Long lastTotpStep, boolean active) {

    boolean enrolledInMultiFactor() {
        return mfaEnrolledAt != null && encryptedTotpSecret != null;
    }
}
