package org.tutela.concern.chronology;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.concern.ConcernRefused;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * A learner's child-protection file as the DSL and deputies of their school keep it: the chronology read, exported
 * for a stated purpose and recipient, and sent to the next school with receipt confirmed. Everything is audited.
 */
@Service
class ChildProtectionFiles {

    private final Schools schools;
    private final People people;
    private final Chronologies chronologies;
    private final ChildProtectionTransfers transfers;
    private final ChronologyPdf pdf;
    private final AuditTrail audit;
    private final Clock clock;

    ChildProtectionFiles(Schools schools, People people, Chronologies chronologies, ChildProtectionTransfers transfers,
            ChronologyPdf pdf, AuditTrail audit, Clock clock) {
        this.schools = schools;
        this.people = people;
        this.chronologies = chronologies;
        this.transfers = transfers;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    /** The school and the learner a request names; refused (403) unless the viewer keeps that school's files. */
    record LearnerAt(School school, Person learner) {
    }

    LearnerAt find(Viewer viewer, UUID school, UUID learner) {
        var at = schools.where(viewer, Permission.KEEP_CHILD_PROTECTION_FILES, school);
        var person = people.find(new PersonId(learner))
                .filter(p -> p.kind() == PersonKind.LEARNER && at.id().equals(p.school()))
                .orElseThrow(NoSuchLearner::new);
        return new LearnerAt(at, person);
    }

    @Transactional
    public Chronology read(Viewer viewer, LearnerAt file) {
        var chronology = chronologies.of(viewer, file.learner());
        audit.record("CHRONOLOGY_VIEWED", "person", file.learner().id(), file.school().id().value(), Outcome.ALLOWED,
                chronology.lines().size() + " entries from " + chronology.cases() + " cases");
        return chronology;
    }

    List<ChildProtectionTransfer> transfersOf(LearnerAt file) {
        return transfers.of(file.learner().id());
    }

    /** ACC-10, ACC-14: an export needs a purpose and a recipient, and the audit keeps both with the format. */
    @Transactional
    public byte[] export(Viewer viewer, LearnerAt file, String purpose, String recipient) {
        if (purpose == null || purpose.isBlank() || recipient == null || recipient.isBlank()) {
            throw new ConcernRefused("Say why you are exporting this chronology and who will receive it");
        }
        var chronology = chronologies.of(viewer, file.learner());
        var pack = new ChronologyPdf.Pack(file.school(), chronology, transfersOf(file), viewer.displayName(),
                clock.instant(), purpose.trim(), recipient.trim());
        var document = pdf.render(pack);
        audit.record("CHRONOLOGY_EXPORTED", "person", file.learner().id(), file.school().id().value(), Outcome.ALLOWED,
                "format: PDF; purpose: " + pack.purpose() + "; recipient: " + pack.recipient() + "; "
                        + chronology.lines().size() + " entries from " + chronology.cases() + " cases");
        return document;
    }

    @Transactional
    public ChildProtectionTransfer recordSent(Viewer viewer, LearnerAt file, String receivingSchool, String receivingDsl,
            ChildProtectionTransfer.Method method, String purpose) {
        var sent = ChildProtectionTransfer.sent(file.school().id(), file.learner().id(), receivingSchool, receivingDsl,
                method, purpose, clock.instant(), viewer.person(), viewer.displayName());
        transfers.add(sent);
        audit.record("CP_FILE_SENT", "person", file.learner().id(), file.school().id().value(), Outcome.ALLOWED,
                "to " + sent.receivingDsl() + ", " + sent.receivingSchool() + "; " + sent.method().label()
                        + "; purpose: " + sent.purpose());
        return sent;
    }

    /** Receipt of a file sent earlier; refused when nothing was sent, or receipt was already confirmed. */
    @Transactional
    public ChildProtectionTransfer confirmReceipt(Viewer viewer, LearnerAt file, UUID transfer, String confirmedBy,
            Instant at) {
        var now = clock.instant();
        var sent = transfers.find(file.learner().id(), transfer)
                .orElseThrow(() -> new ConcernRefused("This file has not been sent: record that it was sent first"));
        var received = sent.received(confirmedBy, at == null ? now : at, viewer.person(), now);
        transfers.saveReceipt(received);
        audit.record("CP_FILE_RECEIVED", "person", file.learner().id(), file.school().id().value(), Outcome.ALLOWED,
                "confirmed by " + received.receipt().confirmedBy() + " at " + received.receipt().at());
        return received;
    }
}
