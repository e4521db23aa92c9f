package org.tutela.school.access;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.TrustId;

/**
 * What the access rules need to know about one record: its class, where it belongs, whom it is about, who raised
 * it, to whom it is scoped (a learner's parents, their teachers), its grants, and whether it went to the trust.
 */
public record RestrictedRecord(RecordClass recordClass, SchoolId school, TrustId trust, Set<PersonId> subjects,
        PersonId reporter, Set<PersonId> scopedTo, List<CaseGrant> grants, boolean escalatedToTrust) {

    public RestrictedRecord {
        Objects.requireNonNull(recordClass, "a record has a class");
        Objects.requireNonNull(school, "every record belongs to a school");
        subjects = Set.copyOf(subjects);
        scopedTo = Set.copyOf(scopedTo);
        grants = List.copyOf(grants);
    }

    public static RestrictedRecord of(RecordClass recordClass, SchoolId school, TrustId trust) {
        return new RestrictedRecord(recordClass, school, trust, Set.of(), null, Set.of(), List.of(), false);
    }

    public RestrictedRecord about(PersonId... subjects) {
        return new RestrictedRecord(recordClass, school, trust, Set.of(subjects), reporter, scopedTo, grants,
                escalatedToTrust);
    }

    public RestrictedRecord reportedBy(PersonId reporter) {
        return new RestrictedRecord(recordClass, school, trust, subjects, reporter, scopedTo, grants, escalatedToTrust);
    }

    public RestrictedRecord scopedTo(PersonId... people) {
        return new RestrictedRecord(recordClass, school, trust, subjects, reporter, Set.of(people), grants,
                escalatedToTrust);
    }

    public RestrictedRecord withGrant(CaseGrant grant) {
        var more = new java.util.ArrayList<>(grants);
        more.add(grant);
        return new RestrictedRecord(recordClass, school, trust, subjects, reporter, scopedTo, more, escalatedToTrust);
    }

    public RestrictedRecord escalated() {
        return new RestrictedRecord(recordClass, school, trust, subjects, reporter, scopedTo, grants, true);
    }
}
