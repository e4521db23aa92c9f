package org.tutela.filtering;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.SchoolId;

/**
 * Someone's device tried to reach an address on an illegal-content list (blocked, as always). The address itself is
 * never passed on: the IWF and police lists are not to be seen. The concern module opens a filtering breach from it.
 */
public record IllegalContentAttempted(UUID attempt, SchoolId school, String clientAddress, String userName,
        String group, Instant firstAt, Instant lastAt, int attempts) {
}
