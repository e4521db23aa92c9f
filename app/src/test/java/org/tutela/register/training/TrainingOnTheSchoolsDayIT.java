package org.tutela.register.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
class TrainingOnTheSchoolsDayIT {

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
    void trainingCompletedTodayAtTheSchoolIsNotRefusedAsInTheFutureJustAfterMidnight() {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        var records = new TrainingRecords(jdbc, people, audit, HALF_PAST_MIDNIGHT);

        var recorded = records.recordSession(school.id(), TrainingTopic.PREVENT, LocalDate.of(2026, 7, 1),
                "Home Office e-learning", null, List.of(dsl.id()), dsl.id());

        assertThat(recorded).isNotNull();
    }
}
