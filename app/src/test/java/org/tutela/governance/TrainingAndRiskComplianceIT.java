package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.register.risk.RiskAssessmentKind;
import org.tutela.register.risk.RiskAssessments;
import org.tutela.register.training.TrainingRecords;
import org.tutela.register.training.TrainingTopic;
import org.tutela.school.Role;
import org.tutela.school.School;

/** The training and risk-assessment registers on the compliance dashboard (PROC-RAD-05, PROC-RAD-06, PROC-SV-07). */
@TutelaTest
@Import(TestSchools.class)
class TrainingAndRiskComplianceIT {

    @Autowired
    TestSchools given;
    @Autowired
    ComplianceDashboard dashboard;
    @Autowired
    TrainingRecords training;
    @Autowired
    RiskAssessments assessments;

    @Test
    void staffWithoutPreventTrainingAndNoPreventRiskAssessmentAreRedUntilBothAreRecorded() {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var dsl = given.staff(school, Role.DSL);
        var teacher = given.staff(school, Role.CLASS_STAFF);

        var before = List.of(item(school, "Prevent training"), item(school, "Prevent risk assessment"));
        training.recordSession(school.id(), TrainingTopic.PREVENT, LocalDate.now().minusDays(10),
                "Home Office e-learning", null, List.of(head.id(), dsl.id()), dsl.id());
        var oneLeft = item(school, "Prevent training");
        training.recordSession(school.id(), TrainingTopic.PREVENT, LocalDate.now().minusDays(9),
                "Home Office e-learning", null, List.of(teacher.id()), dsl.id());
        var assessment = assessments.record(school.id(), RiskAssessmentKind.PREVENT, "Prevent duty risk assessment",
                dsl.id(), 12, "How likely it is that our learners could be drawn into terrorism.", dsl.id());
        assessments.approve(school.id(), assessment, LocalDate.now().minusMonths(13), "Approved by the head",
                head.id());
        var stale = item(school, "Prevent risk assessment");
        assessments.approve(school.id(), assessment, LocalDate.now().minusDays(1), "Reviewed by the head", head.id());

        assertThat(before).extracting(ComplianceItem::rating).containsExactly(Rating.RED, Rating.RED);
        assertThat(before.get(0).finding()).startsWith("3 people without a Prevent training record");
        assertThat(oneLeft.rating()).isEqualTo(Rating.RED);
        assertThat(oneLeft.finding()).as("a count that could name someone is not given")
                .startsWith("Fewer than 3 people without a Prevent training record");
        assertThat(item(school, "Prevent training").rating()).isEqualTo(Rating.GREEN);
        assertThat(stale.rating()).isEqualTo(Rating.RED);
        assertThat(stale.finding()).startsWith("Its review was due on");
        assertThat(item(school, "Prevent risk assessment").rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void theHeadAndDslNotHavingReadTheSexualViolenceGuidanceIsAnAmberItemThatDoesNotCountThem() {
        var school = given.aSchoolOf(given.aTrust());
        given.staff(school, Role.HEADTEACHER);
        given.staff(school, Role.DSL);

        assertThat(item(school, "Guidance read").rating()).isEqualTo(Rating.AMBER);
        assertThat(item(school, "Guidance read").finding()).startsWith("Fewer than 3 people still to acknowledge guidance");
    }

    ComplianceItem item(School school, String title) {
        return dashboard.itemsFor(school).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }
}
