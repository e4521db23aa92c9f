package org.tutela.concern;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.procedure.Party;
import org.tutela.school.PersonId;

/** The procedure records of a concern as stored; saved and read with the concern by {@link Concerns}. */
final class ProcedureRecordRows {

    private final JdbcClient jdbc;

    ProcedureRecordRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(ConcernId id, ProcedureRecords records) {
        var assessment = records.assessment();
        if (assessment != null) {
            jdbc.sql("""
                    insert into sexting_assessment (concern_id, completed_on, completed_by) values (?, ?, ?)
                    on conflict (concern_id) do update set completed_on = excluded.completed_on,
                        completed_by = excluded.completed_by""")
                    .params(id.value(), assessment.completedOn(), uuid(assessment.completedBy())).update();
            for (var factor : SextingAssessment.Factor.values()) {
                var answer = assessment.answers().get(factor);
                if (answer != null) {
                    jdbc.sql("""
                            insert into sexting_assessment_answer (concern_id, factor, answer) values (?, ?, ?)
                            on conflict (concern_id, factor) do update set answer = excluded.answer""")
                            .params(id.value(), factor.name(), answer).update();
                }
            }
        }
        var checks = records.agencyChecks();
        var storedChecks = count("agency_check", id);
        for (var i = storedChecks; i < checks.size(); i++) {
            var c = checks.get(i);
            jdbc.sql("""
                    insert into agency_check (concern_id, position, agency, checked_on, result, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), i, c.agency(), c.checkedOn(), c.result(), uuid(c.recordedBy()),
                            Timestamp.from(c.recordedAt())).update();
        }
        jdbc.sql("update concern set agency_checks_done = ? where id = ?")
                .params(records.agencyChecksMarkedDone(), id.value()).update();
        for (var p : records.supportPlans().values()) {
            jdbc.sql("""
                    insert into support_plan (concern_id, person, involvement, plan, review_on, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (concern_id, person) do update set involvement = excluded.involvement,
                        plan = excluded.plan, review_on = excluded.review_on, recorded_by = excluded.recorded_by,
                        recorded_at = excluded.recorded_at""")
                    .params(id.value(), p.person(), p.as().name(), p.plan(), p.reviewOn(), uuid(p.recordedBy()),
                            Timestamp.from(p.recordedAt())).update();
        }
        var sanctions = records.sanctions();
        var storedSanctions = count("concern_sanction", id);
        for (var i = storedSanctions; i < sanctions.size(); i++) {
            var s = sanctions.get(i);
            jdbc.sql("""
                    insert into concern_sanction (concern_id, position, person, policy, sanction, dsl_rationale,
                        recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), i, s.person(), s.policy().name(), s.sanction(), s.dslRationale(),
                            uuid(s.recordedBy()), Timestamp.from(s.recordedAt())).update();
        }
    }

    void load(ConcernId id, boolean checksDone, ProcedureRecords into) {
        var answers = new EnumMap<SextingAssessment.Factor, String>(SextingAssessment.Factor.class);
        jdbc.sql("select factor, answer from sexting_assessment_answer where concern_id = ?").param(id.value())
                .query(rs -> {
                    answers.put(SextingAssessment.Factor.valueOf(rs.getString("factor")), rs.getString("answer"));
                });
        var assessment = jdbc.sql("select completed_on, completed_by from sexting_assessment where concern_id = ?")
                .param(id.value())
                .query((rs, n) -> new SextingAssessment(answers, rs.getObject("completed_on", LocalDate.class),
                        person(rs.getObject("completed_by", UUID.class))))
                .optional().orElse(null);
        var checks = jdbc.sql("select * from agency_check where concern_id = ? order by position").param(id.value())
                .query((rs, n) -> new AgencyCheck(rs.getString("agency"), rs.getObject("checked_on", LocalDate.class),
                        rs.getString("result"), person(rs.getObject("recorded_by", UUID.class)),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        var plans = jdbc.sql("select * from support_plan where concern_id = ? order by person").param(id.value())
                .query((rs, n) -> new SupportPlan(rs.getInt("person"), Party.Involvement.valueOf(rs.getString("involvement")),
                        rs.getString("plan"), rs.getObject("review_on", LocalDate.class),
                        person(rs.getObject("recorded_by", UUID.class)), rs.getTimestamp("recorded_at").toInstant()))
                .list();
        var sanctions = jdbc.sql("select * from concern_sanction where concern_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> new Sanction(rs.getInt("person"), Sanction.Policy.valueOf(rs.getString("policy")),
                        rs.getString("sanction"), rs.getString("dsl_rationale"),
                        person(rs.getObject("recorded_by", UUID.class)), rs.getTimestamp("recorded_at").toInstant()))
                .list();
        into.restore(assessment, checks, checksDone, plans, sanctions);
    }

    private int count(String table, ConcernId id) {
        return jdbc.sql("select count(*) from " + table + " where concern_id = ?").param(id.value())
                .query(Integer.class).single();
    }

    private static UUID uuid(PersonId id) {
        return id == null ? null : id.value();
    }

    private static PersonId person(UUID id) {
        return id == null ? null : new PersonId(id);
    }
}
