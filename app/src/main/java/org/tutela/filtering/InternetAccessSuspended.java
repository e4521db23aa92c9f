package org.tutela.filtering;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.SchoolId;

/** A learner's internet access was suspended until a time; the enforcement points need the new bundle. */
public record InternetAccessSuspended(SchoolId school, UUID suspension, Instant until) {
}
