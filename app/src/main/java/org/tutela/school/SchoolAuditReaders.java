package org.tutela.school;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tutela.audit.AuditActor;
import org.tutela.audit.AuditReaders;

/** The DSL and the headteacher read their own school's trail. */
@Component
class SchoolAuditReaders implements AuditReaders {

    private final People people;

    SchoolAuditReaders(People people) {
        this.people = people;
    }

    @Override
    public Set<UUID> schoolsWhoseTrailMayBeReadBy(AuditActor actor) {
        if (actor == null) {
            return Set.of();
        }
        return people.viewer(new PersonId(actor.personId()))
                .map(viewer -> viewer.schools().stream()
                        .filter(school -> viewer.may(Permission.READ_AUDIT_TRAIL, school))
                        .map(SchoolId::value)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
