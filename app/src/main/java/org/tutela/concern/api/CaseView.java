package org.tutela.concern.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tutela.concern.ConcernDesk;
import org.tutela.concern.Involved;

/**
 * A case as the caller may see it. {@code details} is absent for the headteacher's oversight summary of a
 * child-protection case (reference, kinds, status, dates: no names, no narrative, no actions).
 */
record CaseView(UUID id, String reference, String status, String recordClass, List<String> kinds,
        Instant reportedAt, boolean summaryOnly, Details details) {

    record Details(List<String> riskAreas, List<String> facts, LocalDate happenedOn, String location, String device,
            String platform, String description, String immediateAction, boolean immediateRisk,
            List<PersonView> involved, UUID assignedTo, Instant acknowledgedAt, boolean policeHold,
            List<ActionView> actions) {
    }

    record PersonView(UUID person, String kind, String involvement, String description) {

        static PersonView of(Involved involved) {
            return new PersonView(involved.person() == null ? null : involved.person().value(), involved.kind().name(),
                    involved.involvement().name(), involved.description());
        }
    }

    static CaseView of(ConcernDesk.CaseFile file) {
        var c = file.concern();
        Details details = null;
        if (file.access().mayReadNarrative()) {
            var report = c.report();
            details = new Details(names(c.riskAreas()), names(c.facts()), report.happenedOn(),
                    report.location().name(), report.device().name(), report.platform(), report.description(),
                    report.immediateAction(), report.immediateRisk(),
                    c.involved().stream().map(PersonView::of).toList(),
                    c.assignedTo() == null ? null : c.assignedTo().value(), c.acknowledgedAt(), c.policeHold(),
                    ActionView.of(c.actions()));
        }
        return new CaseView(c.id().value(), c.reference(), c.status().name(), c.recordClass().name(),
                names(c.kinds()), c.report().reportedAt(), file.access().summaryOnly(), details);
    }

    static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
