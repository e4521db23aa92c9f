package org.tutela.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.filtering.InternetSuspension;
import org.tutela.filtering.InternetSuspensions;
import org.tutela.filtering.SuspensionRefused;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/**
 * Suspending a learner's school internet access as a sanction in a case (PROC-BUL-07: "suspend the user's school
 * internet access for a set period"): recorded in the case as a sanction, with who decided, why and until when, and
 * put on the learner's filtering profile through the filtering module, which ends it by itself. Lifting it early is
 * recorded in the case too.
 */
@Service
public class InternetSanctions {

    /** The kinds of case in which a suspension makes sense as a sanction. */
    public static final Set<ConcernKind> KINDS = EnumSet.of(ConcernKind.BULLYING, ConcernKind.COMPUTER_MISUSE,
            ConcernKind.FILTERING_BREACH);

    /** How the end of a suspension is written, in school time: "Monday 30 November 2026 08:00". */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Locale.UK);
    private static final java.time.ZoneId SCHOOL_ZONE = SchoolHours.ENGLAND_DEFAULT.zone();

    private final ConcernDesk desk;
    private final Concerns concerns;
    private final InternetSuspensions suspensions;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final SchoolCalendar calendar;

    InternetSanctions(ConcernDesk desk, Concerns concerns, InternetSuspensions suspensions, People people,
            AuditTrail audit, Clock clock, SchoolCalendar calendar) {
        this.desk = desk;
        this.calendar = calendar;
        this.concerns = concerns;
        this.suspensions = suspensions;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the person working the case decides: for whom (their place among those involved), under which policy,
     * how the filter knows them, for how many school days or until when, and why; for a victim, the DSL's
     * confirmation and rationale as for any sanction (PROC-SX-13).
     */
    public record Order(int person, Sanction.Policy policy, String user, String device, Integer schoolDays,
            LocalDateTime until, String reason, boolean dslConfirms, String dslRationale) {
    }

    /** Whether a case of these kinds offers the suspension. */
    public static boolean offeredFor(Concern concern) {
        return concern.kinds().stream().anyMatch(KINDS::contains);
    }

    /** The learners on the case a suspension can be for: their places among those involved. */
    public static List<Integer> learners(Concern concern) {
        var involved = concern.involved();
        return java.util.stream.IntStream.range(0, involved.size())
                .filter(i -> involved.get(i).kind() == Party.Kind.LEARNER).boxed().toList();
    }

    @Transactional
    public InternetSuspension suspend(Viewer viewer, SchoolId at, ConcernId id, Order order) {
        var concern = desk.found(at, id);
        if (!offeredFor(concern)) {
            throw new ConcernRefused("School internet access is suspended from a bullying, computer misuse or"
                    + " filtering breach case");
        }
        if (order.person() < 0 || order.person() >= concern.involved().size()
                || concern.involved().get(order.person()).kind() != Party.Kind.LEARNER) {
            throw new ConcernRefused("Choose the learner whose internet access is suspended");
        }
        if (order.reason() == null || order.reason().isBlank()) {
            throw new ConcernRefused("Say why the learner's internet access is suspended");
        }
        var now = clock.instant();
        var until = until(at, order, now);
        var learner = concern.involved().get(order.person());
        var name = learner.person() == null ? learner.description()
                : people.find(learner.person()).map(Person::fullName).orElse("A learner");
        var untilText = WHEN.format(until.atZone(SCHOOL_ZONE));
        var sanction = "School internet access suspended until " + untilText
                + (order.schoolDays() == null ? "" : " (" + order.schoolDays() + " school days)") + ": "
                + order.reason().trim();
        var byDsl = viewer.rolesFor(at, null).contains(Role.DSL);
        desk.work(viewer, at, id, "INTERNET_SUSPENSION_DECIDED", c -> c.sanction(new Sanction(order.person(),
                order.policy(), sanction, order.dslRationale(), viewer.person(), now), order.dslConfirms(), byDsl));
        try {
            return suspensions.suspend(at, new InternetSuspensions.Request(id.value(), learner.person(), name,
                    order.user(), order.device(), until,
                    concern.recordClass() != org.tutela.school.access.RecordClass.R3), viewer.person());
        } catch (SuspensionRefused refused) {
            throw new ConcernRefused(refused.getMessage());
        }
    }

    /** Lifts a suspension of this case before its end, with the reason, in the case's chronology. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public void lift(Viewer viewer, SchoolId at, ConcernId id, UUID suspension, String reason) {
        var concern = desk.found(at, id);
        if (!desk.accessOf(viewer, concern).mayWork()) {
            audit.record("INTERNET_SUSPENSION_LIFTED", "concern", id, at.value(), Outcome.DENIED,
                    "may not work this case");
            throw new AccessDeniedException("only those who may work this case can change it");
        }
        if (reason == null || reason.isBlank()) {
            throw new ConcernRefused("Say why the suspension is lifted early");
        }
        var ofCase = suspensions.ofCase(at, id.value()).stream().filter(s -> s.id().equals(suspension)).findFirst()
                .orElseThrow(() -> new ConcernRefused("This case has no such suspension"));
        try {
            suspensions.lift(at, suspension, viewer.person());
        } catch (SuspensionRefused refused) {
            throw new ConcernRefused(refused.getMessage());
        }
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "SANCTION", "School internet access of "
                + ofCase.learner() + " restored early (it was suspended until "
                + WHEN.format(ofCase.until().atZone(SCHOOL_ZONE)) + "): " + reason.trim(), clock.instant());
        audit.record("INTERNET_SUSPENSION_LIFTED", "concern", id, at.value(), Outcome.ALLOWED, concern.reference());
    }

    /** Whether the school's Tutela filter is in force, so that a suspension is enforced and not only recorded. */
    public boolean enforceable(SchoolId at) {
        return suspensions.enforceable(at);
    }

    /** The suspensions decided in this case, for those who may read it. */
    public List<InternetSuspension> ofCase(SchoolId at, ConcernId id) {
        return suspensions.ofCase(at, id.value());
    }

    private Instant until(SchoolId at, Order order, Instant now) {
        var hours = calendar.hoursOf(at);
        if (order.schoolDays() != null && order.until() != null) {
            throw new ConcernRefused("Give either a number of school days or an end date and time, not both");
        }
        if (order.schoolDays() != null) {
            if (order.schoolDays() < 1 || order.schoolDays() > 100) {
                throw new ConcernRefused("Give between 1 and 100 school days");
            }
            return hours.afterSchoolDays(now, order.schoolDays());
        }
        if (order.until() == null) {
            throw new ConcernRefused("Give how many school days the suspension lasts, or when it ends");
        }
        var until = order.until().atZone(SCHOOL_ZONE).toInstant();
        if (!until.isAfter(now)) {
            throw new ConcernRefused("Give an end for the suspension that is in the future");
        }
        if (until.isAfter(hours.afterSchoolDays(now, 100))) {
            throw new ConcernRefused("A suspension lasts at most 100 school days: give an earlier end");
        }
        return until;
    }
}
