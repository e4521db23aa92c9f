package org.tutela.filtering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * One version of a school's filtering policy: its groups, its exceptions for individual learners, and who proposed
 * and decided it, when and why.
 */
public record PolicyVersion(UUID id, SchoolId school, int version, PolicyStatus status, List<PolicyBundle.Group> groups,
        List<IndividualException> exceptions, String reason, String riskNote, PersonId proposedBy, Instant proposedAt,
        PersonId decidedBy, Instant decidedAt, String decisionNote, Instant activatedAt, Integer basedOn) {

    public PolicyVersion {
        groups = List.copyOf(groups);
        exceptions = List.copyOf(exceptions);
    }

    public java.util.Optional<IndividualException> exception(UUID id) {
        return exceptions.stream().filter(exception -> exception.id().equals(id)).findFirst();
    }

    public PolicyBundle.Group group(String id) {
        return groups.stream().filter(group -> group.id().equals(id)).findFirst().orElse(null);
    }
}
