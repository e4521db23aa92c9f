package org.tutela.concern.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tutela.concern.Concern;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.Intake;
import org.tutela.concern.Involved;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.tutela.school.People;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * A new concern as an API client sends it; flags left out are false. Enumerations arrive as text and are read here, so that a wrong value is
 * refused with the same kind of message as the staff form gives, never bound straight onto the domain.
 */
record ConcernRequest(List<String> kinds, List<PersonInvolved> involved, LocalDate happenedOn, String location,
        String device, String platform, String description, String immediateAction, Boolean immediateRisk,
        EmergencyCall emergencyCall, Boolean whistleblowing, String source) {

    /** Someone involved: a person from the school's records by id, or a description with who they are. */
    record PersonInvolved(UUID person, String kind, String involvement, String description, LocalDate dateOfBirth) {
    }

    /** INC-06: whether 999 was called, and if so when and by whom. */
    record EmergencyCall(Boolean called, OffsetDateTime at, String caller) {
    }

    ConcernDesk.NewConcern toNewConcern(People people, SchoolId school, LocalDate today) {
        var chosen = EnumSet.noneOf(ConcernKind.class);
        for (var kind : nonNull(kinds)) {
            chosen.add(Enums.read(ConcernKind.class, kind, "kind of concern"));
        }
        return new ConcernDesk.NewConcern(chosen, people(people, school), happenedOn == null ? today : happenedOn,
                Enums.read(Intake.Location.class, orElse(location, "NOT_KNOWN"), "location"),
                Enums.read(Intake.Device.class, orElse(device, "NOT_KNOWN"), "device"), platform, description,
                immediateAction, Boolean.TRUE.equals(immediateRisk), call(), Boolean.TRUE.equals(whistleblowing),
                Enums.read(Intake.Source.class, orElse(source, "STAFF_OBSERVATION"), "source"));
    }

    private List<Involved> people(People people, SchoolId school) {
        var found = new ArrayList<Involved>();
        for (var one : nonNull(involved)) {
            if (one == null) {
                continue;
            }
            var how = Enums.read(Party.Involvement.class, orElse(one.involvement(), "SUBJECT"), "involvement");
            if (one.person() != null) {
                var person = people.find(new PersonId(one.person())).filter(p -> school.equals(p.school()))
                        .orElseThrow(() -> new ConcernRefused("Choose people from this school's records"));
                var kind = switch (person.kind()) {
                    case LEARNER -> Party.Kind.LEARNER;
                    case PARENT_CARER -> Party.Kind.PARENT_CARER;
                    case VISITOR -> Party.Kind.VISITOR;
                    default -> Party.Kind.STAFF;
                };
                found.add(new Involved(person.id(), kind, how, one.description(), person.dateOfBirth()));
            } else {
                found.add(new Involved(null, Enums.read(Party.Kind.class, orElse(one.kind(), "UNKNOWN"), "kind of person"),
                        how, one.description(), one.dateOfBirth()));
            }
        }
        return found;
    }

    private Concern.EmergencyCall call() {
        if (!Boolean.TRUE.equals(immediateRisk) || emergencyCall == null || emergencyCall.called() == null) {
            return null;
        }
        var called = emergencyCall.called();
        return new Concern.EmergencyCall(called, called && emergencyCall.at() != null ? emergencyCall.at().toInstant()
                : null, called ? emergencyCall.caller() : null);
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static <E extends Enum<E>> Set<E> all(Class<E> type, List<String> names, String what) {
        var set = EnumSet.noneOf(type);
        nonNull(names).forEach(name -> set.add(Enums.read(type, name, what)));
        return set;
    }
}
