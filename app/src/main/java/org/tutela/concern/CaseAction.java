package org.tutela.concern;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ActionKind;
import org.tutela.procedure.Because;
import org.tutela.procedure.RequiredAction;
import org.tutela.school.PersonId;
import org.tutela.school.Role;

/**
 * A required action on one case: what the rules asked for and why, and what has been done about it. An action the
 * rules stop asking for after it was started is kept and marked, never silently removed (ESC-01).
 */
public record CaseAction(ActionCode code, ActionKind kind, Instant dueAt, String text, List<Because> because,
        Set<ActionCode> mustPrecede, Set<ActionCode> needsOneOf, ActionStatus status, Boolean decision, String note,
        PersonId doneBy, Instant doneAt, String details, Instant createdAt, boolean requiredNow, Set<Role> completedBy,
        List<String> evidence) {

    public CaseAction {
        because = List.copyOf(because);
        mustPrecede = Set.copyOf(mustPrecede);
        needsOneOf = Set.copyOf(needsOneOf);
        completedBy = completedBy == null ? Set.of() : Set.copyOf(completedBy);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static CaseAction from(RequiredAction required, Instant now) {
        return new CaseAction(required.code(), required.kind(), required.dueAt(), required.text(), required.because(),
                required.mustPrecede(), required.needsOneOf(), ActionStatus.OPEN, null, null, null, null, null, now,
                true, required.completedBy(), required.evidence());
    }

    CaseAction requiredAgain(RequiredAction required) {
        var status = this.status == ActionStatus.WITHDRAWN ? ActionStatus.OPEN : this.status;
        return new CaseAction(code, required.kind(), required.dueAt(), required.text(), required.because(),
                required.mustPrecede(), required.needsOneOf(), status, decision, note, doneBy, doneAt, details,
                createdAt, true, required.completedBy(), required.evidence());
    }

    CaseAction noLongerRequired() {
        var status = this.status == ActionStatus.OPEN ? ActionStatus.WITHDRAWN : this.status;
        return new CaseAction(code, kind, dueAt, text, because, mustPrecede, needsOneOf, status, decision, note, doneBy,
                doneAt, details, createdAt, false, completedBy, evidence);
    }

    CaseAction finished(ActionStatus status, Boolean decision, String note, PersonId by, Instant at, String details) {
        return new CaseAction(code, kind, dueAt, text, because, mustPrecede, needsOneOf, status, decision, note, by, at,
                details, createdAt, requiredNow, completedBy, evidence);
    }

    CaseAction started(PersonId by, Instant at, String note) {
        return new CaseAction(code, kind, dueAt, text, because, mustPrecede, needsOneOf, ActionStatus.STARTED,
                decision, note, by, at, details, createdAt, requiredNow, completedBy, evidence);
    }

    public boolean outstanding() {
        return status.outstanding();
    }

    public boolean overdue(Instant now) {
        return outstanding() && dueAt != null && now.isAfter(dueAt);
    }

    /** Tasks for technical staff, who see the task and never the narrative (ACC-05). */
    public boolean technical() {
        return code == ActionCode.BLOCK_AND_ISOLATE || code == ActionCode.QUARANTINE_DEVICE
                || code == ActionCode.TECHNICAL_STAFF || code == ActionCode.PASSWORD_RESET
                || code == ActionCode.CONTINUITY_PLAN;
    }

    /** Whether someone holding these roles may complete it: anyone who may work the case, unless the step says who. */
    public boolean completableBy(Set<Role> held) {
        return completedBy.isEmpty() || held.stream().anyMatch(completedBy::contains);
    }

    /** Who may complete it, in words: "Designated safeguarding lead or Headteacher". */
    public String completedByLabel() {
        return String.join(" or ", completedBy.stream().map(Role::label).sorted().toList());
    }

    public String reasons() {
        return String.join("; ", because.stream().map(b -> b.ruleId() + " " + b.rule()).toList());
    }
}
