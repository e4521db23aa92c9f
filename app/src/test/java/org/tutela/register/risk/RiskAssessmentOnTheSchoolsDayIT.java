package org.tutela.register.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.TutelaTest;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.TestSchools;
import org.tutela.school.People;
import org.tutela.school.Role;

/** Dates are the school's: just after midnight on a summer night in England it is already tomorrow there. */
@TutelaTest
@Import(TestSchools.class)
class RiskAssessmentOnTheSchoolsDayIT {

    /** 00:30 on 1 July in England, 23:30 on 30 June in UTC. */
    static final Clock HALF_PAST_MIDNIGHT = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);

    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    People people;
    @Autowired
    AuditTrail audit;

    @Test
    void anApprovalTodayAtTheSchoolIsNotRefusedAsInTheFutureJustAfterMidnight() {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var assessments = new RiskAssessments(jdbc, people, audit, HALF_PAST_MIDNIGHT);
        var prevent = assessments.record(school.id(), RiskAssessmentKind.PREVENT, "Prevent duty risk assessment",
                head.id(), 12, "How likely it is that our learners could be drawn into terrorism.", head.id());

        var nextReview = assessments.approve(school.id(), prevent, LocalDate.of(2026, 7, 1), null, head.id());

        assertThat(nextReview).isEqualTo(LocalDate.of(2027, 7, 1));
    }
}
