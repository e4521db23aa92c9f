package org.tutela.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ActionKind;
import org.tutela.procedure.CaseFacts;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.ConcernKind.RiskArea;
import org.tutela.procedure.Evaluation;
import org.tutela.procedure.Fact;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.access.CaseGrant;
import org.tutela.school.access.RecordClass;

/**
 * One concern and the work on it. Every state change is a method that refuses what the current state does not
 * allow, and leaves a line for the chronology ({@link #takeEntries()}) in the school's words.
 */
public final class Concern {

    /** Steps that wait while the police have asked the school to hold (PROC-GEN-04). */
    static final Set<ActionCode> HELD_BY_POLICE = EnumSet.of(ActionCode.PARENTS, ActionCode.SANCTIONS,
            ActionCode.SHARING_GATE, ActionCode.OTHER_SETTING_DSL);

    private final ConcernId id;
    private final SchoolId school;
    private final String reference;
    private final Report report;
    private final Set<ConcernKind> kinds = EnumSet.noneOf(ConcernKind.class);
    private final Set<RiskArea> riskAreas = EnumSet.noneOf(RiskArea.class);
    private final Set<Fact> facts = EnumSet.noneOf(Fact.class);
    private final List<Involved> involved = new ArrayList<>();
    private final Map<ActionCode, CaseAction> actions = new LinkedHashMap<>();
    private final List<CaseGrant> grants = new ArrayList<>();
    private final List<String> entries = new ArrayList<>();
    private RecordClass recordClass;
    private ConcernStatus status;
    private PersonId assignedTo;
    private PersonId acknowledgedBy;
    private Instant acknowledgedAt;
    private Instant escalatedToTrustAt;
    private boolean policeHold;
    private String ruleSetVersion;
    private List<String> banners = List.of();
    private Closure closure;
    private String debrief;
    private final ProcedureRecords procedureRecords = new ProcedureRecords();
    private final int version;

    /** What was reported, as it was reported: never changed afterwards. */
    public record Report(PersonId reportedBy, String reporterName, Intake.ReporterKind reporterKind, Instant reportedAt,
            Intake.Source source, LocalDate happenedOn, Intake.Location location, Intake.Device device, String platform,
            String description, String immediateAction, boolean immediateRisk, EmergencyCall emergencyCall,
            boolean whistleblowing) {
    }

    /** INC-06: whether 999 was called, when and by whom; required when someone is at immediate risk. */
    public record EmergencyCall(boolean called, Instant at, String caller) {
    }

    /**
     * INC-13, INC-14: how the case ended, with what its kind asks for. An override of open mandatory actions carries
     * its reason; it never stands in for the fields by kind.
     */
    public record Closure(String outcome, String supportOffered, ParentsDecision parentsDecision, String parentsDetail,
            String override, ClosureByKind byKind, PersonId closedBy, Instant closedAt) {

        public Closure {
            byKind = byKind == null ? ClosureByKind.NONE : byKind;
        }
    }

    Concern(ConcernId id, SchoolId school, String reference, Report report, RecordClass recordClass,
            ConcernStatus status, int version) {
        this.id = id;
        this.school = school;
        this.reference = reference;
        this.report = report;
        this.recordClass = recordClass;
        this.status = status;
        this.version = version;
    }

    /** A new concern, validated as INC-02 and INC-06 ask; what the reporter said is kept as they said it. */
    public static Concern report(ConcernId id, SchoolId school, String reference, Report report,
            Set<ConcernKind> kinds, List<Involved> involved) {
        if (report.description() == null || report.description().isBlank()) {
            throw new ConcernRefused("Say what happened, in your own words");
        }
        if (report.description().length() > 20_000) {
            throw new ConcernRefused("The description is too long: keep it under 20,000 characters");
        }
        if (involved.isEmpty()) {
            throw new ConcernRefused("Say who is involved; \"unknown\" is accepted");
        }
        if (report.happenedOn() == null) {
            throw new ConcernRefused("Say when it happened (a date; today if you are not sure)");
        }
        if (report.happenedOn().isAfter(LocalDate.ofInstant(report.reportedAt(), java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new ConcernRefused("The date it happened cannot be in the future");
        }
        if (report.immediateRisk() && report.reporterKind() == Intake.ReporterKind.STAFF
                && (report.emergencyCall() == null || (report.emergencyCall().called()
                        && (report.emergencyCall().at() == null || blank(report.emergencyCall().caller()))))) {
            throw new ConcernRefused("Someone is at immediate risk: say whether 999 was called and, if so, when and by whom");
        }
        var concern = new Concern(id, school, reference, report, RecordClass.R3, ConcernStatus.NEW, 0);
        concern.kinds.addAll(kinds.isEmpty() ? EnumSet.of(ConcernKind.OTHER) : kinds);
        concern.kinds.forEach(kind -> concern.riskAreas.addAll(kind.defaultRiskAreas()));
        concern.involved.addAll(involved);
        if (report.immediateRisk()) {
            concern.facts.add(Fact.IMMEDIATE_RISK);
        }
        if (report.device() == Intake.Device.SCHOOL || report.device() == Intake.Device.BOTH) {
            concern.facts.add(Fact.SCHOOL_DEVICE);
        }
        if (report.device() == Intake.Device.PERSONAL || report.device() == Intake.Device.BOTH) {
            concern.facts.add(Fact.PERSONAL_DEVICE);
        }
        concern.entries.add("Concern reported (" + report.source().label() + ")");
        return concern;
    }

    /** The facts the escalation rules read, with each person's age on the incident date. */
    public CaseFacts caseFacts(Function<PersonId, Set<String>> rolesOf) {
        var parties = involved.stream()
                .map(i -> i.asParty(report.happenedOn(), i.person() == null ? Set.of() : rolesOf.apply(i.person())))
                .toList();
        return new CaseFacts(kinds, parties, facts, report.reportedAt());
    }

    /**
     * Takes the rules' answer: new actions are added, open ones the rules no longer ask for are withdrawn, and
     * started or finished ones are kept and marked (ESC-01). The record class follows the rules.
     */
    public void apply(Evaluation evaluation, Instant now) {
        var wanted = new LinkedHashMap<ActionCode, org.tutela.procedure.RequiredAction>();
        evaluation.actions().forEach(a -> wanted.put(a.code(), a));
        for (var existing : List.copyOf(actions.values())) {
            if (!wanted.containsKey(existing.code()) && existing.requiredNow() && !existing.because().isEmpty()) {
                var changed = existing.noLongerRequired();
                actions.put(existing.code(), changed);
                entries.add(changed.status() == ActionStatus.WITHDRAWN
                        ? "Action withdrawn because the facts changed: " + existing.code()
                        : "No longer required by the rules, kept because it was already " + existing.status().label().toLowerCase()
                                + ": " + existing.code());
            }
        }
        for (var required : wanted.values()) {
            var existing = actions.get(required.code());
            if (existing == null) {
                actions.put(required.code(), CaseAction.from(required, now));
                entries.add("Action required (" + required.kind().label().toLowerCase() + "): " + required.code()
                        + " because " + required.because().get(0).ruleId());
            } else {
                if (!existing.requiredNow() || existing.kind() != required.kind()) {
                    entries.add("Action required again or changed: " + required.code() + " (" + required.kind().label().toLowerCase() + ")");
                }
                actions.put(required.code(), existing.requiredAgain(required));
            }
        }
        if (evaluation.recordClass() != recordClass) {
            entries.add("Record class " + recordClass + " → " + evaluation.recordClass());
            recordClass = evaluation.recordClass();
        }
        banners = evaluation.banners();
        ruleSetVersion = evaluation.ruleSetVersion();
    }

    public void acknowledge(PersonId by, Instant at) {
        if (acknowledgedAt != null) {
            throw new ConcernRefused("This concern was already acknowledged");
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
        entries.add("Acknowledged");
    }

    /** PROC-SX-01: a sexting case is owned by the DSL or a deputy, never anyone else. */
    public void assignTo(PersonId person, boolean dslOrDeputy) {
        requireOpen();
        if (!dslOrDeputy && (kinds.contains(ConcernKind.SEXTING) || recordClass == RecordClass.R1)) {
            throw new ConcernRefused("A child-protection case can only be assigned to the DSL or a deputy DSL");
        }
        assignedTo = person;
        entries.add("Assigned");
    }

    /** The DSL's classification: kinds, risk areas (at least one, INC-03) and the facts the rules read. */
    public void triage(Set<ConcernKind> newKinds, Set<RiskArea> newAreas, Set<Fact> newFacts) {
        requireOpen();
        if (newKinds.isEmpty()) {
            throw new ConcernRefused("Choose at least one kind of concern");
        }
        if (newAreas.isEmpty()) {
            throw new ConcernRefused("Choose at least one risk area: content, contact or conduct");
        }
        if (!kinds.equals(newKinds) || !riskAreas.equals(newAreas) || !facts.equals(newFacts)) {
            entries.add("Facts updated: kinds " + newKinds + ", risk areas " + newAreas + ", facts " + newFacts);
        }
        kinds.clear();
        kinds.addAll(newKinds);
        riskAreas.clear();
        riskAreas.addAll(newAreas);
        facts.clear();
        facts.addAll(newFacts);
        if (status == ConcernStatus.NEW) {
            status = ConcernStatus.TRIAGED;
        }
    }

    /** Facts a system knew when it raised the concern (the filter, monitoring); the concern stays new for the DSL. */
    public void knownAtReport(Set<Fact> known) {
        if (status != ConcernStatus.NEW) {
            throw new ConcernRefused("Facts known at reporting time can only be added to a new concern");
        }
        facts.addAll(known);
        entries.add("Known when reported: " + known);
    }

    /** Something now known about the case, from the work on it rather than from triage (e.g. a server seized). */
    public void learnt(Fact fact, String how) {
        requireOpen();
        if (facts.add(fact)) {
            entries.add("Now known: " + fact.question().toLowerCase(java.util.Locale.ROOT) + " (" + how + ")");
        }
    }

    public void addInvolved(Involved person) {
        requireOpen();
        involved.add(person);
        entries.add("Person added: " + person.kind() + " (" + person.involvement().label().toLowerCase() + ")");
    }

    /**
     * Records an action as done. Refused while an action that must come first is outstanding (E-16), while none of
     * the consultations a gate needs is done (ESC-12), while the police hold the case (PROC-GEN-04), and for a
     * decision without its answer and reason.
     */
    public void complete(ActionCode code, Boolean decision, String note, String details, PersonId by, Instant at) {
        requireOpen();
        var action = outstandingAction(code);
        if (code == ActionCode.DELETE_COPIES && (note == null || !note.startsWith("Deleted "))) {
            throw new ConcernRefused("Deleting copies is a gated step: use \"Delete copies\" with the DSL's confirmation");
        }
        if (code == ActionCode.RISK_ASSESSMENT && kinds.contains(ConcernKind.SEXTING)
                && (procedureRecords.assessment() == null || !procedureRecords.assessment().complete())) {
            throw new ConcernRefused("On a sexting case the risk assessment is done by completing the decision-factor"
                    + " assessment, every factor answered");
        }
        if (policeHold && HELD_BY_POLICE.contains(code)) {
            throw new ConcernRefused("On police hold: " + code + " waits until the DSL lifts the hold");
        }
        for (var other : actions.values()) {
            if (other.mustPrecede().contains(code) && other.outstanding()) {
                throw new ConcernRefused(other.code() == ActionCode.POLICE_BEFORE_OTHER_STEPS
                        ? "Police consultation required first (" + other.code() + ")"
                        : other.code() + " must be done before " + code);
            }
        }
        if (!action.needsOneOf().isEmpty() && action.needsOneOf().stream().noneMatch(this::done)) {
            throw new ConcernRefused(code + " needs one of " + action.needsOneOf() + " to be recorded first");
        }
        if (action.kind() == ActionKind.DECISION && (decision == null || blank(note))) {
            throw new ConcernRefused("A decision needs a yes or no and the reason for it");
        }
        actions.put(code, action.finished(ActionStatus.DONE, decision, blankToNull(note), by, at, blankToNull(details)));
        entries.add("Done: " + code + (decision == null ? "" : decision ? " (yes)" : " (no)")
                + (blank(note) ? "" : ": " + note.trim()));
        // Work starts once someone has acknowledged the concern; what is done at reporting time leaves it new.
        if (acknowledgedAt != null && (status == ConcernStatus.TRIAGED || status == ConcernStatus.NEW)) {
            status = ConcernStatus.IN_PROGRESS;
        }
    }

    /**
     * Completes a step whose procedure names evidence fields: each must be filled in, and they are kept with it as
     * "Field: value" lines (PROC-GEN-01).
     */
    public void completeWithEvidence(ActionCode code, Boolean decision, String note, java.util.Map<String, String> evidence,
            PersonId by, Instant at) {
        requireOpen();
        var action = outstandingAction(code);
        var missing = action.evidence().stream().filter(f -> blank(evidence.get(f))).toList();
        if (!missing.isEmpty()) {
            throw new ConcernRefused("To complete " + code + ", fill in: " + String.join(", ", missing));
        }
        var details = action.evidence().stream().map(f -> f + ": " + evidence.get(f).trim()).toList();
        complete(code, decision, note, details.isEmpty() ? null : String.join("\n", details), by, at);
    }

    /**
     * Records that something was done (a referral, advice, a hand-over): it completes the matching required action,
     * or, when the rules did not ask for it, is kept as a done action of its own, so that gates that need it see it.
     */
    public void record(ActionCode code, Boolean decision, String note, PersonId by, Instant at) {
        requireOpen();
        var action = actions.get(code);
        if (action == null) {
            actions.put(code, new CaseAction(code, ActionKind.ADVISORY, null, code.meaning(), List.of(), Set.of(),
                    Set.of(), ActionStatus.DONE, decision, note, by, at, null, at, false, Set.of(), List.of()));
            entries.add("Recorded: " + code + (blank(note) ? "" : ": " + note.trim()));
        } else if (action.outstanding()) {
            complete(code, action.kind() == ActionKind.DECISION && decision == null ? Boolean.TRUE : decision, note,
                    null, by, at);
        }
    }

    public void start(ActionCode code, String note, PersonId by, Instant at) {
        requireOpen();
        var action = outstandingAction(code);
        actions.put(code, action.started(by, at, blankToNull(note)));
        entries.add("Started: " + code + (blank(note) ? "" : ": " + note.trim()));
    }

    /** INC-15: an action can be set aside only with a rationale of at least 20 characters. */
    public void notApplicable(ActionCode code, String rationale, PersonId by, Instant at) {
        requireOpen();
        var action = outstandingAction(code);
        if (rationale == null || rationale.trim().length() < 20) {
            throw new ConcernRefused("Say why " + code + " does not apply, in at least 20 characters");
        }
        actions.put(code, action.finished(ActionStatus.NOT_APPLICABLE, null, rationale.trim(), by, at, null));
        entries.add("Not applicable: " + code + ": " + rationale.trim());
    }

    public void holdForPolice(boolean hold, String note) {
        requireOpen();
        if (hold == policeHold) {
            return;
        }
        if (!hold && blank(note)) {
            throw new ConcernRefused("Lifting the police hold needs a note");
        }
        policeHold = hold;
        entries.add(hold ? "Police asked the school to hold: sanctions, parent contact and sharing wait"
                : "Police hold lifted: " + note.trim());
    }

    public void awaitAgency() {
        requireOpen();
        status = ConcernStatus.AWAITING_AGENCY;
        entries.add("Awaiting an external agency");
    }

    public void escalateToTrust(Instant at) {
        escalateToTrust(at, null);
    }

    /** ESC-16: the DSL's escalation may cite the local threshold document (a level, a section). */
    public void escalateToTrust(Instant at, String thresholdReference) {
        requireOpen();
        if (escalatedToTrustAt != null) {
            throw new ConcernRefused("Already escalated to the trust");
        }
        escalatedToTrustAt = at;
        entries.add("Escalated to the trust's safeguarding officer"
                + (blank(thresholdReference) ? "" : "; threshold reference: " + thresholdReference.trim()));
    }

    public void grant(CaseGrant grant) {
        grants.add(grant);
        entries.add("Access granted to one more person: " + grant.reason());
    }

    /**
     * Closes the case (INC-13, INC-14, INC-15): an outcome, a decision on parents when a learner is involved, and no
     * mandatory action outstanding unless the DSL overrides with a reason.
     */
    public void close(Closure closing) {
        requireOpen();
        var missing = new ArrayList<String>();
        if (blank(closing.outcome())) {
            missing.add("the outcome (a sanction, support given, or no further action with a reason)");
        }
        if (learnerInvolved() && closing.parentsDecision() == null) {
            missing.add("the decision on informing parents or carers");
        }
        if (closing.parentsDecision() != null && closing.parentsDecision() != ParentsDecision.INFORMED
                && blank(closing.parentsDetail())) {
            missing.add("the reason parents were not informed");
        }
        missing.addAll(closing.byKind().missing(closureNeeds(), !procedureRecords.sanctions().isEmpty()));
        if (!missing.isEmpty()) {
            throw new ConcernRefused("Before closing, record " + String.join(" and ", missing));
        }
        var open = actions.values().stream()
                .filter(a -> a.kind() == ActionKind.MANDATORY && a.outstanding() && a.code() != ActionCode.DEBRIEF)
                .map(a -> a.code().name()).toList();
        if (!open.isEmpty() && (closing.override() == null || closing.override().trim().length() < 20)) {
            throw new ConcernRefused("Mandatory actions are still open: " + String.join(", ", open)
                    + ". Complete them, mark them not applicable with a reason, or record an override (20 characters or more)");
        }
        closure = closing;
        status = ConcernStatus.CLOSED;
        entries.add("Closed: " + closing.outcome().trim() + (open.isEmpty() ? "" : " (override of " + open + ": "
                + closing.override().trim() + ")"));
        if (!closing.byKind().lines().isEmpty()) {
            entries.add("Recorded at closure: " + String.join("; ", closing.byKind().lines()));
        }
    }

    /** What closing this case asks for by its kind (PROC-CSA-03, PROC-RAD-03, PROC-FB-06, PROC-STF-04, PROC-PAR-02). */
    public ClosureByKind.Needs closureNeeds() {
        return ClosureByKind.Needs.of(kinds, involved, actions.get(ActionCode.CHANNEL));
    }

    /**
     * PROC-SX-03: the decision-factor assessment, saved as a draft or completed; completing it completes the risk
     * assessment action and records the date.
     */
    public void assessSextingRisk(java.util.Map<SextingAssessment.Factor, String> answers, boolean complete,
            PersonId by, Instant at) {
        requireOpen();
        if (!kinds.contains(ConcernKind.SEXTING)) {
            throw new ConcernRefused("The decision-factor assessment is for sexting cases");
        }
        var draft = SextingAssessment.draft(answers);
        var assessment = complete ? draft.completed(LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/London")), by)
                : draft;
        procedureRecords.assess(assessment);
        if (complete) {
            entries.add("Risk assessment completed: every decision factor answered");
            record(ActionCode.RISK_ASSESSMENT, null, "Decision-factor assessment completed", by, at);
        } else {
            entries.add("Risk assessment saved: " + assessment.answers().size() + " of "
                    + SextingAssessment.Factor.values().length + " factors answered");
        }
    }

    public void recordAgencyCheck(AgencyCheck check) {
        requireOpen();
        procedureRecords.add(check);
        entries.add(check.line());
    }

    public void agencyChecksDone() {
        requireOpen();
        procedureRecords.agencyChecksDone();
        entries.add("Agency checks done: " + procedureRecords.agencyChecks().size() + " recorded");
    }

    public void planSupport(int person, String plan, LocalDate reviewOn, PersonId by, Instant at) {
        requireOpen();
        var made = procedureRecords.plan(involved, person, plan, reviewOn, by, at);
        entries.add(made.line());
    }

    /** INC-14, PROC-SX-13: a sanction waits while the police hold the case; for a victim, the DSL confirms it. */
    public void sanction(Sanction sanction, boolean dslConfirms, boolean byDsl) {
        requireOpen();
        if (policeHold) {
            throw new ConcernRefused("On police hold: sanctions wait until the DSL lifts the hold");
        }
        procedureRecords.sanction(involved, sanction, dslConfirms, byDsl);
        entries.add(sanction.line());
        record(ActionCode.SANCTIONS, true, "Sanction: " + sanction.sanction(), sanction.recordedBy(),
                sanction.recordedAt());
    }

    /** The three things the DSL confirms before copies of sexual imagery are deleted (PROC-SX-14), or police advice. */
    public record DeletionConfirmation(boolean noAgencyNeedsThem, boolean noRiskToAChild,
            boolean noInvestigationCompromised, boolean onPoliceAdvice) {
    }

    /**
     * The gated deletion step (EVD-05): for sexting only the DSL, with all three confirmations or on police advice;
     * for indecent images found on school devices only on recorded police advice; otherwise the DSL confirms.
     */
    public void deleteCopies(DeletionConfirmation confirmation, boolean byDsl, boolean policeAdviceRecorded,
            PersonId by, Instant at) {
        requireOpen();
        outstandingAction(ActionCode.DELETE_COPIES);
        if (!byDsl) {
            throw new ConcernRefused("Only the designated safeguarding lead can confirm that copies may be deleted");
        }
        var onAdvice = confirmation.onPoliceAdvice() && policeAdviceRecorded;
        if (confirmation.onPoliceAdvice() && !policeAdviceRecorded) {
            throw new ConcernRefused("Record the police advice (a police referral or advice entry) before deleting on it");
        }
        if (facts.contains(Fact.IIOC_ON_SCHOOL_DEVICE) && !onAdvice) {
            throw new ConcernRefused("Indecent images found on a school device are deleted only on police advice");
        }
        if (kinds.contains(ConcernKind.SEXTING) && !onAdvice && !(confirmation.noAgencyNeedsThem()
                && confirmation.noRiskToAChild() && confirmation.noInvestigationCompromised())) {
            throw new ConcernRefused("Before deleting, confirm all three: no other agency needs them, deleting will not"
                    + " put a child at risk, and it will not compromise an investigation");
        }
        complete(ActionCode.DELETE_COPIES, null, onAdvice ? "Deleted on police advice" : "Deleted with the DSL's confirmation",
                null, by, at);
    }

    /** E-54: the leadership debrief after closure, with lessons learnt. */
    public void debrief(String lessons, PersonId by, Instant at) {
        if (status != ConcernStatus.CLOSED) {
            throw new ConcernRefused("A debrief follows closure");
        }
        if (blank(lessons)) {
            throw new ConcernRefused("Record the lessons learnt and any policy or curriculum changes");
        }
        debrief = lessons.trim();
        status = ConcernStatus.DEBRIEFED;
        var action = actions.get(ActionCode.DEBRIEF);
        if (action != null && action.outstanding()) {
            actions.put(ActionCode.DEBRIEF, action.finished(ActionStatus.DONE, null, debrief, by, at, null));
        }
        entries.add("Debriefed: " + debrief);
    }

    public boolean done(ActionCode code) {
        var action = actions.get(code);
        return action != null && action.status() == ActionStatus.DONE;
    }

    public boolean learnerInvolved() {
        return involved.stream().anyMatch(i -> i.kind() == org.tutela.procedure.Party.Kind.LEARNER);
    }

    public boolean sexual() {
        return kinds.stream().anyMatch(ConcernKind::sexual);
    }

    /** Whom the case is about, excluded from it whatever roles they hold (ACC-04). */
    public Set<PersonId> subjects() {
        var subjects = new java.util.HashSet<PersonId>();
        involved.stream().filter(i -> i.about() && i.person() != null).forEach(i -> subjects.add(i.person()));
        return subjects;
    }

    /** The chronology lines this change produced; taken once, when the change is saved. */
    public List<String> takeEntries() {
        var taken = List.copyOf(entries);
        entries.clear();
        return taken;
    }

    private CaseAction outstandingAction(ActionCode code) {
        var action = actions.get(code);
        if (action == null) {
            throw new ConcernRefused(code + " is not an action on this case");
        }
        if (!action.outstanding()) {
            throw new ConcernRefused(code + " is already " + action.status().label().toLowerCase());
        }
        return action;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new ConcernRefused("This concern is closed");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.trim();
    }

    // Restoring from storage, used by the repository only.
    void restore(Set<ConcernKind> k, Set<RiskArea> r, Set<Fact> f, List<Involved> people, List<CaseAction> acts,
            List<CaseGrant> g, PersonId assigned, PersonId ackBy, Instant ackAt, Instant escalated, boolean hold,
            String rules, List<String> bannerList, Closure closed, String debriefText) {
        kinds.addAll(k);
        riskAreas.addAll(r);
        facts.addAll(f);
        involved.addAll(people);
        acts.forEach(a -> actions.put(a.code(), a));
        grants.addAll(g);
        assignedTo = assigned;
        acknowledgedBy = ackBy;
        acknowledgedAt = ackAt;
        escalatedToTrustAt = escalated;
        policeHold = hold;
        ruleSetVersion = rules;
        banners = List.copyOf(bannerList);
        closure = closed;
        debrief = debriefText;
    }

    public ConcernId id() { return id; }
    public SchoolId school() { return school; }
    public String reference() { return reference; }
    public Report report() { return report; }
    public Set<ConcernKind> kinds() { return EnumSet.copyOf(kinds); }
    public Set<RiskArea> riskAreas() { return riskAreas.isEmpty() ? EnumSet.noneOf(RiskArea.class) : EnumSet.copyOf(riskAreas); }
    public Set<Fact> facts() { return facts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(facts); }
    public List<Involved> involved() { return List.copyOf(involved); }
    public List<CaseAction> actions() { return List.copyOf(actions.values()); }
    public List<CaseGrant> grants() { return List.copyOf(grants); }
    public RecordClass recordClass() { return recordClass; }
    public ConcernStatus status() { return status; }
    public PersonId assignedTo() { return assignedTo; }
    public PersonId acknowledgedBy() { return acknowledgedBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Instant escalatedToTrustAt() { return escalatedToTrustAt; }
    public boolean policeHold() { return policeHold; }
    public String ruleSetVersion() { return ruleSetVersion; }
    public List<String> banners() { return banners; }
    public Closure closure() { return closure; }
    public String debrief() { return debrief; }
    public ProcedureRecords procedureRecords() { return procedureRecords; }
    public int version() { return version; }
}
