package org.tutela.concern;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ConcernKind;
import org.tutela.school.NoSuchSchool;
import org.tutela.school.People;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.RoleAssignment;
import org.tutela.school.access.CaseGrant;
import org.tutela.school.School;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;
import org.tutela.school.access.NeedToKnow;
import org.tutela.school.access.RestrictedRecord;

/**
 * Where concerns are recorded and worked: every change goes through the need-to-know rules, is re-evaluated against
 * the school's escalation rules, written to the chronology, and audited; every read of an R1 or R2 case is audited.
 */
@Service
public class ConcernDesk {

    private final Concerns concerns;
    private final People people;
    private final Schools schools;
    private final RuleBook rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConcernDesk(Concerns concerns, People people, Schools schools, RuleBook rules, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.concerns = concerns;
        this.people = people;
        this.schools = schools;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Who is reporting: a signed-in person, someone who gave a name, or nobody (anonymous). */
    public record Reporter(PersonId person, String name, Intake.ReporterKind kind) {
    }

    /** What the intake forms and the API send. */
    public record NewConcern(Set<ConcernKind> kinds, List<Involved> involved, java.time.LocalDate happenedOn,
            Intake.Location location, Intake.Device device, String platform, String description,
            String immediateAction, boolean immediateRisk, Concern.EmergencyCall emergencyCall, boolean whistleblowing,
            Intake.Source source) {
    }

    @Transactional
    public Concern report(Reporter reporter, SchoolId at, NewConcern intake) {
        var school = schools.find(at).orElseThrow(() -> new NoSuchSchool(at));
        var now = clock.instant();
        var report = new Concern.Report(reporter.person(), reporter.name(), reporter.kind(), now, intake.source(),
                intake.happenedOn(), intake.location(), intake.device(), blankToNull(intake.platform()),
                intake.description() == null ? null : intake.description().trim(), blankToNull(intake.immediateAction()),
                intake.immediateRisk(), intake.emergencyCall(), intake.whistleblowing());
        var concern = Concern.report(ConcernId.random(), at, concerns.nextReference(school.name(), now), report,
                intake.kinds(), intake.involved());
        concern.apply(rules.forSchool(school).evaluate(concern.caseFacts(this::rolesHeld)), now);
        routeAroundSubjects(concern);
        if (concern.actions().stream().anyMatch(a -> a.code() == ActionCode.DSL && a.outstanding())) {
            // INC-04: the DSL and deputies are told at save time, by the notification this report raises.
            concern.complete(ActionCode.DSL, null, "The DSL and deputies were notified when it was reported", null,
                    reporter.person(), now);
        }
        concerns.add(concern, reporter.person(), reporter.name() == null ? "Anonymous" : reporter.name(), now);
        audit.recordAs(reporter.person() == null ? null : reporter.person().value(),
                reporter.name() == null ? "anonymous" : reporter.name(), "CONCERN_REPORTED", "concern",
                concern.id(), at.value(), Outcome.ALLOWED, concern.reference());
        events.publishEvent(new ConcernReported(concern.id(), at, intake.immediateRisk()));
        return concern;
    }

    /** Facts known when a system (the filter, monitoring) raises the concern, applied as the rules' input. */
    @Transactional
    public void systemFacts(ConcernId id, SchoolId at, Set<org.tutela.procedure.Fact> facts) {
        var concern = found(at, id);
        concern.knownAtReport(facts);
        var now = clock.instant();
        concern.apply(rules.forSchool(school(at)).evaluate(concern.caseFacts(this::rolesHeld)), now);
        concerns.save(concern, null, "Tutela", now);
    }

    /** A case as this person may see it; refused (and audited) when they may not. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseFile open(Viewer viewer, SchoolId at, ConcernId id) {
        var concern = found(at, id);
        var access = accessOf(viewer, concern);
        if (!access.mayOpen()) {
            audit.record("RECORD_VIEW_REFUSED", "concern", id, at.value(), Outcome.DENIED, concern.recordClass().name());
            throw new AccessDeniedException("this case is need-to-know");
        }
        audit.record("RECORD_VIEWED", "concern", id, at.value(), Outcome.ALLOWED,
                concern.recordClass() + (access.summaryOnly() ? " summary" : "") + " " + access.access().reason());
        return new CaseFile(concern, access, access.mayReadNarrative() ? concerns.chronology(id) : List.of());
    }

    /** A change to a case by someone who may work it; the rules are applied again after every change. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Concern work(Viewer viewer, SchoolId at, ConcernId id, String auditAction, Consumer<Concern> change) {
        var concern = found(at, id);
        if (!accessOf(viewer, concern).mayWork()) {
            audit.record(auditAction, "concern", id, at.value(), Outcome.DENIED, "may not work this case");
            throw new AccessDeniedException("only those who may work this case can change it");
        }
        change.accept(concern);
        var now = clock.instant();
        concern.apply(rules.forSchool(school(at)).evaluate(concern.caseFacts(this::rolesHeld)), now);
        routeAroundSubjects(concern);
        concerns.save(concern, viewer.person(), viewer.displayName(), now);
        audit.record(auditAction, "concern", id, at.value(), Outcome.ALLOWED, concern.reference());
        return concern;
    }

    /** Refuses (and audits) a change by someone who may not work this case, before anything they sent is read. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public void requireWorker(Viewer viewer, SchoolId at, ConcernId id) {
        var concern = found(at, id);
        if (!accessOf(viewer, concern).mayWork()) {
            audit.record("CASE_CHANGE_REFUSED", "concern", id, at.value(), Outcome.DENIED, "may not work this case");
            throw new AccessDeniedException("only those who may work this case can change it");
        }
    }

    public CaseAccess accessOf(Viewer viewer, Concern concern) {
        var school = school(concern.school());
        var record = new RestrictedRecord(concern.recordClass(), concern.school(), school.trust(), concern.subjects(),
                concern.report().reportedBy(), Set.of(), concern.grants(), concern.escalatedToTrustAt() != null);
        return new CaseAccess(NeedToKnow.decide(viewer, record, clock.instant()));
    }

    /**
     * ACC-04, E-25, PROC-STF-07: when the case is about the DSL or the headteacher, or is sent as whistleblowing, the
     * configured alternate (the chair of governors) is given a working grant so that someone not involved can act.
     */
    void routeAroundSubjects(Concern concern) {
        var aboutLeaders = concern.subjects().stream().anyMatch(subject -> people.rolesOf(subject).stream()
                .anyMatch(held -> concern.school().equals(held.school())
                        && (held.role() == Role.DSL || held.role() == Role.HEADTEACHER)));
        if (!aboutLeaders && !concern.report().whistleblowing()) {
            return;
        }
        for (var alternate : people.holding(Role.CHAIR_OF_GOVERNORS, concern.school())) {
            var granted = concern.grants().stream().anyMatch(g -> g.grantee().equals(alternate.id()));
            if (!granted && !concern.subjects().contains(alternate.id())) {
                concern.grant(new CaseGrant(alternate.id(), "Whistleblowing alternate: the case is about the DSL or"
                        + " headteacher, or was sent as whistleblowing (ACC-04)", null, true));
            }
        }
    }

    /** The school roles a person holds, as the rules read them ("the subject is the headteacher or DSL"). */
    Set<String> rolesHeld(PersonId person) {
        return people.rolesOf(person).stream().map(RoleAssignment::role).map(Enum::name).collect(Collectors.toSet());
    }

    Concern found(SchoolId at, ConcernId id) {
        return concerns.find(id).filter(c -> c.school().equals(at))
                .orElseThrow(() -> new NoSuchConcern(id));
    }

    School school(SchoolId id) {
        return schools.find(id).orElseThrow(() -> new NoSuchSchool(id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A case with what this reader may see of it. */
    public record CaseFile(Concern concern, CaseAccess access, List<Concerns.Entry> chronology) {
    }
}
