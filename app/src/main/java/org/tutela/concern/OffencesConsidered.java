package org.tutela.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.procedure.Fact;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/**
 * The statutes the DSL considers on a case where an offence is suspected (PROC-BUL-08), so that the police call and
 * the statement pack can name them. Recorded by those who may work the case; each change is in the chronology.
 */
@Repository
public class OffencesConsidered {

    /** The facts that make the question of an offence arise on a case. */
    private static final Set<Fact> OFFENCE_IN_QUESTION = EnumSet.of(Fact.CRIME_SUSPECTED, Fact.CRIME_RECORDED,
            Fact.UNSURE_IF_CRIME, Fact.COMPUTER_MISUSE_ACT);

    private final JdbcClient jdbc;
    private final ConcernDesk desk;
    private final Concerns concerns;
    private final AuditTrail audit;
    private final Clock clock;

    OffencesConsidered(JdbcClient jdbc, ConcernDesk desk, Concerns concerns, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.concerns = concerns;
        this.audit = audit;
        this.clock = clock;
    }

    public Set<Statute> of(ConcernId concern) {
        var statutes = EnumSet.noneOf(Statute.class);
        jdbc.sql("select statute from concern_offence where concern_id = ?").param(concern.value())
                .query(String.class).list().forEach(s -> statutes.add(Statute.valueOf(s)));
        return statutes;
    }

    /** Whether the case asks the question: an offence suspected, recorded or unsure, or statutes already chosen. */
    public boolean arise(Concern concern) {
        return concern.facts().stream().anyMatch(OFFENCE_IN_QUESTION::contains) || !of(concern.id()).isEmpty();
    }

    /** Replaces the statutes considered on the case with these. */
    @Transactional
    public void consider(Viewer viewer, SchoolId at, ConcernId id, Set<Statute> statutes) {
        desk.requireWorker(viewer, at, id);
        var concern = desk.found(at, id);
        if (!concern.status().open()) {
            throw new ConcernRefused("The case is closed");
        }
        if (!statutes.isEmpty() && concern.facts().stream().noneMatch(OFFENCE_IN_QUESTION::contains)) {
            throw new ConcernRefused("Record first that an offence is suspected, or that it is unclear whether one was"
                    + " committed (the case's facts)");
        }
        var before = of(id);
        if (before.equals(statutes)) {
            return;
        }
        var now = clock.instant();
        jdbc.sql("delete from concern_offence where concern_id = ?").param(id.value()).update();
        for (var statute : statutes) {
            jdbc.sql("insert into concern_offence (concern_id, statute, recorded_by, recorded_at) values (?, ?, ?, ?)")
                    .params(id.value(), statute.name(), viewer.person().value(), Timestamp.from(now)).update();
        }
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "OFFENCES", "Offences considered: "
                + (statutes.isEmpty() ? "none" : String.join("; ", statutes.stream().map(Statute::title).toList())), now);
        audit.record("OFFENCES_CONSIDERED", "concern", id, at.value(), Outcome.ALLOWED, statutes.toString());
    }
}
