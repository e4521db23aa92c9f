package org.tutela.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.procedure.EscalationRules;
import org.tutela.procedure.RuleSetInvalid;
import org.tutela.school.PersonId;
import org.tutela.school.School;
import org.tutela.school.SchoolId;

/**
 * The escalation rules each school works under: its local area's layer over the national base, and the school's own
 * additions on top (the newest version it saved). Additions are checked before they are kept.
 */
@Component
public class RuleBook {

    private final ConcurrentHashMap<String, EscalationRules> byArea = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SchoolId, EscalationRules> bySchool = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RuleBook(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public EscalationRules forSchool(School school) {
        return bySchool.computeIfAbsent(school.id(), id -> {
            var area = byArea.computeIfAbsent(school.localAuthority() == null ? "" : school.localAuthority(),
                    EscalationRules::forArea);
            return additions(id).map(a -> area.withSchoolAdditions(school.name(), a.yaml())).orElse(area);
        });
    }

    public record Additions(int version, String yaml, String reason, PersonId addedBy, Instant addedAt) {
    }

    public Optional<Additions> additions(SchoolId school) {
        return history(school).stream().findFirst();
    }

    public List<Additions> history(SchoolId school) {
        return jdbc.sql("select * from school_rules where school_id = ? order by version desc").param(school.value())
                .query((rs, n) -> new Additions(rs.getInt("version"), rs.getString("yaml"), rs.getString("reason"),
                        new PersonId(rs.getObject("added_by", UUID.class)), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** Keeps a new version of the school's additions once they load over the area's rules; refused with the reason. */
    @Transactional
    public EscalationRules saveAdditions(School school, String yaml, String reason, PersonId by) {
        return saveAdditions(school, yaml, reason, by, null);
    }

    /**
     * As {@link #saveAdditions(School, String, String, PersonId)}, refused when the school's rules are no longer the
     * version {@code basedOn} that the change was made from (0 for none yet), so that nobody's change is lost.
     */
    @Transactional
    public EscalationRules saveAdditions(School school, String yaml, String reason, PersonId by, Integer basedOn) {
        if (reason == null || reason.isBlank()) {
            throw new ConcernRefused("Say why the school's rules are changing");
        }
        var area = byArea.computeIfAbsent(school.localAuthority() == null ? "" : school.localAuthority(),
                EscalationRules::forArea);
        EscalationRules checked;
        try {
            checked = area.withSchoolAdditions(school.name(), yaml);
        } catch (RuleSetInvalid invalid) {
            audit.record("SCHOOL_RULES_REFUSED", "school_rules", school.id(), school.id().value(), Outcome.DENIED,
                    invalid.getMessage());
            throw new ConcernRefused(invalid.getMessage());
        }
        var version = jdbc.sql("select coalesce(max(version), 0) + 1 from school_rules where school_id = ?")
                .param(school.id().value()).query(Integer.class).single();
        if (basedOn != null && version != basedOn + 1) {
            throw new ConcernRefused("Someone else changed the school's rules meanwhile: look at them again and make"
                    + " your change once more");
        }
        try {
            jdbc.sql("""
                    insert into school_rules (school_id, version, yaml, reason, added_by, added_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(school.id().value(), version, yaml == null ? "" : yaml, reason.trim(), by.value(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException meanwhile) {
            throw new ConcernRefused("Someone else changed the school's rules at the same moment: look at them again"
                    + " and make your change once more");
        }
        audit.record("SCHOOL_RULES_CHANGED", "school_rules", school.id(), school.id().value(), Outcome.ALLOWED,
                "version " + version + ": " + reason.trim());
        bySchool.put(school.id(), checked);
        return checked;
    }
}
