package org.tutela.concern.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tutela.concern.CaseRecords;
import org.tutela.concern.Concern;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.Concerns;
import org.tutela.concern.Involved;
import org.tutela.procedure.ConcernKind;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.Viewer;

/**
 * Puts together a learner's chronology from every case involving them that the reader may read in full; a case they
 * may not read in full is left out without a trace, so the chronology does not reveal that it exists.
 */
@Component
class Chronologies {

    // Referrals, advice and devices are written to a case's log when they are recorded; their own records say more
    // and carry the time they happened, so the chronology takes those instead of the log's copies.
    private static final Set<String> TOLD_BY_THEIR_OWN_RECORDS = Set.of("REFERRAL", "ADVICE", "CUSTODY");

    private final Concerns concerns;
    private final CaseRecords records;
    private final ConcernDesk desk;
    private final People people;

    Chronologies(Concerns concerns, CaseRecords records, ConcernDesk desk, People people) {
        this.concerns = concerns;
        this.records = records;
        this.desk = desk;
        this.people = people;
    }

    Chronology of(Viewer viewer, Person learner) {
        var names = new HashMap<PersonId, String>();
        var lines = new ArrayList<Chronology.Line>();
        var cases = 0;
        for (var summary : concerns.involving(learner.id())) {
            var concern = concerns.find(summary.id()).orElseThrow();
            if (desk.accessOf(viewer, concern).mayReadNarrative()) {
                lines.addAll(linesOf(concern, learner, names));
                cases++;
            }
        }
        // A stable sort: what happened at the same moment stays in the order it was recorded.
        lines.sort(Comparator.comparing(Chronology.Line::at));
        return new Chronology(learner, lines, cases);
    }

    private List<Chronology.Line> linesOf(Concern concern, Person learner, Map<PersonId, String> names) {
        var ref = concern.reference();
        var lines = new ArrayList<Chronology.Line>();
        var report = concern.report();
        lines.add(new Chronology.Line(report.reportedAt(),
                report.reporterName() == null ? "Someone who did not give a name" : report.reporterName(), ref,
                "Concern reported (" + concern.kinds().stream().map(ConcernKind::label).collect(Collectors.joining(", "))
                        + ")" + involvement(concern, learner) + ". What happened: " + report.description()));
        for (var entry : concerns.chronology(concern.id())) {
            if (!TOLD_BY_THEIR_OWN_RECORDS.contains(entry.kind())) {
                lines.add(new Chronology.Line(entry.at(), entry.actorName(), ref, entry.text()));
            }
        }
        for (var r : records.referrals(concern.id())) {
            lines.add(new Chronology.Line(r.madeAt(), name(r.madeBy(), names), ref, "Referral to " + r.agency().label()
                    + " (" + r.channel().label() + ")" + (r.contact() == null ? "" : ", contact " + r.contact())
                    + (r.reference() == null ? "" : ", their reference " + r.reference()) + ". Shared: " + r.shared()
                    + (r.outcome() == null ? "" : ". Outcome: " + r.outcome())));
        }
        for (var a : records.advice(concern.id())) {
            lines.add(new Chronology.Line(a.soughtAt(), name(a.receivedBy(), names), ref,
                    "Advice from " + a.source().label() + ": " + a.advice()));
        }
        for (var d : records.devices(concern.id())) {
            lines.add(new Chronology.Line(d.securedAt(), name(d.securedBy(), names), ref,
                    "Device secured: " + d.device() + " (" + d.owner() + "), kept at " + d.location()));
            for (var t : d.transfers()) {
                lines.add(new Chronology.Line(t.at(), name(t.handedBy(), names), ref, "Device " + d.device() + ": "
                        + t.to().label() + ", received by " + t.receivedBy()
                        + (t.reference() == null ? "" : ", reference " + t.reference())
                        + (t.note() == null ? "" : ". " + t.note())));
            }
        }
        return lines;
    }

    private static String involvement(Concern concern, Person learner) {
        return concern.involved().stream().filter(i -> learner.id().equals(i.person())).map(Involved::involvement)
                .findFirst().map(how -> "; " + learner.fullName() + ": " + how.label().toLowerCase()).orElse("");
    }

    private String name(PersonId id, Map<PersonId, String> names) {
        return names.computeIfAbsent(id, known -> people.find(known).map(Person::fullName).orElse("Someone no longer known"));
    }
}
