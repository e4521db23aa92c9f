package org.tutela.filtering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * Suspensions of learners' school internet access, decided as a sanction in a case (PROC-BUL-07). The case decides
 * and records why; this module keeps who, until when, and puts it on the learner's filtering profile through the
 * bundle, without the approval cycle of a policy version. Those who call it have checked that the person may work
 * the case.
 */
@Service
public class InternetSuspensions {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FilterPolicies policies;
    private final org.tutela.register.Devices devices;

    InternetSuspensions(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            FilterPolicies policies, org.tutela.register.Devices devices) {
        this.policies = policies;
        this.devices = devices;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whether the school's filter can enforce a suspension now: only a filtering policy in force is sent to the
     * enforcement points, so without one a suspension is recorded but nothing refuses the learner.
     */
    public boolean enforceable(SchoolId school) {
        return policies.inForce(school).isPresent();
    }

    /** What the case asks for: the learner, how the filter knows them, and when access comes back. */
    public record Request(UUID caseId, PersonId learnerId, String learner, String user, String device,
            Instant until, boolean restricted) {
    }

    /** Suspends from now until the end asked for; refused when the filter could not recognise the learner. */
    @Transactional
    public InternetSuspension suspend(SchoolId school, Request request, PersonId decidedBy) {
        var now = clock.instant();
        if (request.learner() == null || request.learner().isBlank()) {
            throw new SuspensionRefused("Choose the learner whose internet access is suspended");
        }
        if (request.until() == null || !request.until().isAfter(now)) {
            throw new SuspensionRefused("Give an end for the suspension that is in the future");
        }
        LearnerSuspension rule;
        try {
            rule = new LearnerSuspension(request.user(), request.device(), now, request.until());
        } catch (IllegalArgumentException unrecognisable) {
            var problem = unrecognisable.getMessage();
            throw new SuspensionRefused(problem.contains("user name")
                    ? "Give the learner's user name on the school network, or their device's IP address, or both"
                    : problem.contains("IP address")
                            ? "Give the device as its IP address on the school network, for example 10.20.5.31"
                            : problem);
        }
        if (rule.device() != null && (request.learnerId() == null || !devices.holderAt(school, rule.device(), now)
                .map(request.learnerId()::equals).orElse(false))) {
            // A shared computer, a classroom's or the school's own address would cut off everyone behind it.
            throw new SuspensionRefused("The device register does not show " + rule.device() + " as "
                    + request.learner().trim() + "'s device now: record it as theirs in the device register first,"
                    + " or give only their user name");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into internet_suspension (id, school_id, learner_id, learner, user_name, device, starts_at,
                    ends_at, decided_by, case_id, restricted)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, school.value(), request.learnerId() == null ? null : request.learnerId().value(),
                        request.learner().trim(), rule.user(), rule.device(), Timestamp.from(now),
                        Timestamp.from(rule.until()), decidedBy.value(), request.caseId(), request.restricted())
                .update();
        audit.record("INTERNET_ACCESS_SUSPENDED", "internet_suspension", id, school.value(), Outcome.ALLOWED,
                "until " + rule.until());
        events.publishEvent(new InternetAccessSuspended(school, id, rule.until()));
        return find(school, id);
    }

    /** Lifts a suspension before its end; one that has ended or was lifted already is refused. */
    @Transactional
    public InternetSuspension lift(SchoolId school, UUID id, PersonId by) {
        var now = clock.instant();
        var updated = jdbc.sql("""
                update internet_suspension set lifted_at = ?, lifted_by = ?
                where school_id = ? and id = ? and lifted_at is null and ends_at > ?""")
                .params(Timestamp.from(now), by.value(), school.value(), id, Timestamp.from(now)).update();
        if (updated == 0) {
            throw new SuspensionRefused("This suspension has already ended or been lifted");
        }
        audit.record("INTERNET_SUSPENSION_LIFTED", "internet_suspension", id, school.value(), Outcome.ALLOWED, null);
        events.publishEvent(new InternetSuspensionLifted(school, id));
        return find(school, id);
    }

    /** Every suspension decided in one case, newest first, including those ended or lifted. */
    public List<InternetSuspension> ofCase(SchoolId school, UUID caseId) {
        return jdbc.sql("select * from internet_suspension where school_id = ? and case_id = ? order by starts_at desc")
                .params(school.value(), caseId).query(InternetSuspensions::suspension).list();
    }

    /** Those that refuse a learner's requests now, soonest end first. */
    public List<InternetSuspension> inForce(SchoolId school) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                select * from internet_suspension
                where school_id = ? and lifted_at is null and starts_at <= ? and ends_at > ? order by ends_at""")
                .params(school.value(), now, now).query(InternetSuspensions::suspension).list();
    }

    /** The rules for the bundle: not lifted and not yet ended, so that one starting later is there in time. */
    List<PolicyBundle.Suspension> forBundle(SchoolId school) {
        return jdbc.sql("""
                select * from internet_suspension where school_id = ? and lifted_at is null and ends_at > ?
                order by starts_at""")
                .params(school.value(), Timestamp.from(clock.instant())).query(InternetSuspensions::suspension)
                .list().stream().map(InternetSuspension::rule).toList();
    }

    private InternetSuspension find(SchoolId school, UUID id) {
        return jdbc.sql("select * from internet_suspension where school_id = ? and id = ?")
                .params(school.value(), id).query(InternetSuspensions::suspension).single();
    }

    private static InternetSuspension suspension(ResultSet rs, int row) throws SQLException {
        var learnerId = (UUID) rs.getObject("learner_id");
        var liftedBy = (UUID) rs.getObject("lifted_by");
        var liftedAt = rs.getTimestamp("lifted_at");
        return new InternetSuspension((UUID) rs.getObject("id"), rs.getString("learner"),
                learnerId == null ? null : new PersonId(learnerId), rs.getString("user_name"), rs.getString("device"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                new PersonId((UUID) rs.getObject("decided_by")), (UUID) rs.getObject("case_id"),
                liftedAt == null ? null : liftedAt.toInstant(), liftedBy == null ? null : new PersonId(liftedBy),
                rs.getBoolean("restricted"));
    }
}
