package org.tutela.governance;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.register.RiskAssessmentReviews;
import org.tutela.register.TrainingCompliance;
import org.tutela.school.School;

/**
 * The training register's and the risk-assessment register's items on the compliance dashboard: Prevent training for
 * all staff (PROC-RAD-06, TRN-06), the sexual violence guidance read (PROC-SV-07), other training overdue (TRN-02),
 * and the Prevent risk assessment held and in date (PROC-RAD-05, RA-07). Counts only, never names, and no count of
 * fewer than 3 people: the names are on the training page, for those who may read it.
 */
@Component
class TrainingAndRiskCompliance implements ComplianceCheck {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final TrainingCompliance training;
    private final RiskAssessmentReviews assessments;

    TrainingAndRiskCompliance(TrainingCompliance training, RiskAssessmentReviews assessments) {
        this.training = training;
        this.assessments = assessments;
    }

    @Override
    public List<ComplianceItem> itemsFor(School school) {
        var trainingPage = "/schools/" + school.id() + "/training";
        var assessmentsPage = "/schools/" + school.id() + "/risk-assessments";
        var gaps = training.gaps(school.id());
        var items = new ArrayList<ComplianceItem>();
        items.add(gaps.withoutPrevent() == 0
                ? ComplianceItem.green("PROC-RAD-06", "Prevent training", "Every member of staff has a Prevent record.",
                        trainingPage, "Training")
                : new ComplianceItem("PROC-RAD-06", "Prevent training", Rating.RED,
                        people(gaps.withoutPrevent()) + " without a Prevent training record.",
                        "Record their Prevent training, or arrange it.", trainingPage, "Training"));
        items.add(gaps.withGuidanceUnread() == 0
                ? ComplianceItem.green("PROC-SV-07", "Guidance read", "Everyone required has read the guidance.",
                        trainingPage, "Training")
                : new ComplianceItem("PROC-SV-07", "Guidance read", Rating.AMBER,
                        people(gaps.withGuidanceUnread()) + " still to acknowledge guidance they must read (e.g. the"
                                + " sexual violence and harassment guidance).",
                        "Ask them to read it and acknowledge it on their training page.", trainingPage, "Training"));
        items.add(gaps.overdue() == 0
                ? ComplianceItem.green("TRN-02", "Training in date", "No training is overdue.", trainingPage, "Training")
                : new ComplianceItem("TRN-02", "Training in date", Rating.AMBER, gaps.overdue()
                        + (gaps.overdue() == 1 ? " training record is" : " training records are") + " overdue.",
                        "Arrange the training and record it.", trainingPage, "Training"));
        var overdue = assessments.overdue(school.id());
        if (!assessments.preventAssessmentApproved(school.id())) {
            items.add(new ComplianceItem("PROC-RAD-05", "Prevent risk assessment", Rating.RED,
                    "No approved Prevent-duty risk assessment is held.",
                    "Write the assessment and record its approval.", assessmentsPage, "Risk assessments"));
        } else {
            var preventOverdue = overdue.stream().filter(RiskAssessmentReviews.Overdue::prevent).findFirst();
            items.add(preventOverdue.map(o -> new ComplianceItem("PROC-RAD-05", "Prevent risk assessment", Rating.RED,
                    "Its review was due on " + DAY.format(o.reviewWasDue()) + ".", "Review it and record the approval.",
                    assessmentsPage, "Risk assessments"))
                    .orElseGet(() -> ComplianceItem.green("PROC-RAD-05", "Prevent risk assessment",
                            "Approved and in date.", assessmentsPage, "Risk assessments")));
        }
        var others = overdue.stream().filter(o -> !o.prevent()).toList();
        if (!others.isEmpty()) {
            items.add(new ComplianceItem("RA-01", "Risk assessments reviewed", Rating.AMBER,
                    others.size() + (others.size() == 1 ? " risk assessment is" : " risk assessments are")
                            + " past their review date.",
                    "Review them and record the approval.", assessmentsPage, "Risk assessments"));
        }
        return items;
    }

    /** Governors read the dashboard: a count of one or two people could name them, so it is not given (ACC-07). */
    static String people(int count) {
        return count < 3 ? "Fewer than 3 people" : count + " people";
    }
}
