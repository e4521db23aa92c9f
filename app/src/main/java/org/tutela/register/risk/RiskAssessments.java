package org.tutela.register.risk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.register.SchoolDay;
import org.tutela.school.People;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.SchoolId;

/**
 * The school's risk-assessment register (RA-01): each assessment with its owner, its approval and its next review,
 * which falls {@code reviewMonths} after the latest approval (12 by default: PROC-RAD-05 reviews Prevent yearly).
 */
@Repository
public class RiskAssessments {

    public static final int DEFAULT_REVIEW_MONTHS = 12;

    public record RiskAssessment(UUID id, RiskAssessmentKind kind, String title, PersonId owner, String ownerName,
            int reviewMonths, String assessment, LocalDate approvedOn, String approvedByName, LocalDate nextReviewOn,
            ReviewStatus status) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    RiskAssessments(JdbcClient jdbc, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The register as it stands today, Prevent first, then by type and title. */
    public List<RiskAssessment> of(SchoolId school) {
        var today = SchoolDay.today(clock);
        return jdbc.sql("""
                select r.id, r.kind, r.title, r.owner_id, o.given_name || ' ' || o.family_name, r.review_months,
                       r.assessment, r.approved_on, a.given_name || ' ' || a.family_name, r.next_review_on
                from risk_assessment r join person o on o.id = r.owner_id left join person a on a.id = r.approved_by
                where r.school_id = ? order by r.kind <> 'PREVENT', r.kind, r.title""")
                .param(school.value())
                .query((rs, n) -> {
                    var next = rs.getObject(10, LocalDate.class);
                    return new RiskAssessment(rs.getObject(1, UUID.class), RiskAssessmentKind.valueOf(rs.getString(2)),
                            rs.getString(3), new PersonId(rs.getObject(4, UUID.class)), rs.getString(5), rs.getInt(6),
                            rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9), next,
                            ReviewStatus.of(next, today));
                })
                .list();
    }

    public List<RiskAssessment> overdue(SchoolId school) {
        return of(school).stream().filter(assessment -> assessment.status() == ReviewStatus.OVERDUE).toList();
    }

    /** Records a draft assessment; it counts once it is approved. */
    @Transactional
    public UUID record(SchoolId school, RiskAssessmentKind kind, String title, PersonId owner, Integer reviewMonths,
            String assessment, PersonId by) {
        if (kind == null) {
            throw new RiskAssessmentRefused("kind", "Choose the type of risk assessment");
        }
        if (title == null || title.isBlank()) {
            throw new RiskAssessmentRefused("title", "Give the risk assessment a title");
        }
        if (owner == null || people.find(owner).filter(p -> school.equals(p.school()) && p.active()
                && p.kind() == PersonKind.STAFF).isEmpty()) {
            throw new RiskAssessmentRefused("owner", "Choose who owns the assessment from the school's staff");
        }
        var months = reviewMonths == null ? DEFAULT_REVIEW_MONTHS : reviewMonths;
        if (months < 1 || months > 60) {
            throw new RiskAssessmentRefused("reviewMonths", "Give a review interval from 1 to 60 months");
        }
        if (assessment == null || assessment.isBlank()) {
            throw new RiskAssessmentRefused("assessment",
                    "Give the assessment itself, or where its file is kept, for example a link to the shared drive");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into risk_assessment (id, school_id, kind, title, owner_id, review_months, assessment,
                                             recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, school.value(), kind.name(), title.trim(), owner.value(), months, assessment.trim(),
                        by.value(), Timestamp.from(clock.instant()))
                .update();
        audit.record("RISK_ASSESSMENT_RECORDED", "risk_assessment", id, school.value(), Outcome.ALLOWED,
                kind.label() + ": " + title.trim() + ", owned by " + owner);
        return id;
    }

    /** Records an approval or a review on a date, which sets the next review; the earlier ones are kept. */
    @Transactional
    public LocalDate approve(SchoolId school, UUID assessment, LocalDate approvedOn, String note, PersonId by) {
        var found = of(school).stream().filter(a -> a.id().equals(assessment)).findFirst()
                .orElseThrow(() -> new RiskAssessmentRefused("assessment", "No such risk assessment at this school"));
        if (approvedOn == null) {
            throw new RiskAssessmentRefused("approvedOn", "Give the date it was approved or reviewed");
        }
        if (approvedOn.isAfter(SchoolDay.today(clock))) {
            throw new RiskAssessmentRefused("approvedOn", "The date it was approved must be today or earlier");
        }
        if (found.approvedOn() != null && approvedOn.isBefore(found.approvedOn())) {
            throw new RiskAssessmentRefused("approvedOn",
                    "It was last approved on " + found.approvedOn() + ": give that date or a later one");
        }
        var next = approvedOn.plusMonths(found.reviewMonths());
        // Someone may have recorded a later approval since it was read: the row lock makes this wait for them, and
        // then it changes nothing, so that an older date never lands last.
        var changed = jdbc.sql("""
                update risk_assessment set approved_on = ?, approved_by = ?, next_review_on = ?, version = version + 1
                where id = ? and school_id = ? and (approved_on is null or approved_on <= ?)""")
                .params(approvedOn, by.value(), next, assessment, school.value(), approvedOn).update();
        if (changed != 1) {
            throw new RiskAssessmentRefused("approvedOn",
                    "A later approval was recorded while you were giving this one: read the register again");
        }
        jdbc.sql("""
                insert into risk_assessment_approval (assessment_id, approved_on, approved_by, note, recorded_at)
                values (?, ?, ?, ?, ?)""")
                .params(assessment, approvedOn, by.value(), note == null || note.isBlank() ? null : note.trim(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(found.approvedOn() == null ? "RISK_ASSESSMENT_APPROVED" : "RISK_ASSESSMENT_REVIEWED",
                "risk_assessment", assessment, school.value(), Outcome.ALLOWED,
                found.title() + " on " + approvedOn + ", next review by " + next);
        return next;
    }
}
