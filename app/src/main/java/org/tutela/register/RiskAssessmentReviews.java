package org.tutela.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.tutela.register.risk.ReviewStatus;
import org.tutela.register.risk.RiskAssessmentKind;
import org.tutela.register.risk.RiskAssessments;
import org.tutela.school.SchoolId;

/** Which of a school's risk assessments are past their review, for other modules (a governance dashboard). */
@Service
public class RiskAssessmentReviews {

    /** An assessment whose review date has passed; {@code kind} is a label such as "Prevent duty". */
    public record Overdue(UUID id, String kind, String title, LocalDate reviewWasDue, boolean prevent) {
    }

    private final RiskAssessments assessments;

    RiskAssessmentReviews(RiskAssessments assessments) {
        this.assessments = assessments;
    }

    public List<Overdue> overdue(SchoolId school) {
        return assessments.overdue(school).stream()
                .map(a -> new Overdue(a.id(), a.kind().label(), a.title(), a.nextReviewOn(),
                        a.kind() == RiskAssessmentKind.PREVENT)).toList();
    }

    /** Whether the school holds an approved Prevent-duty risk assessment (PROC-RAD-05), in date or not. */
    public boolean preventAssessmentApproved(SchoolId school) {
        return assessments.of(school).stream().anyMatch(a -> a.kind() == RiskAssessmentKind.PREVENT
                && a.status() != ReviewStatus.DRAFT);
    }
}
