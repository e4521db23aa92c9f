package org.tutela.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.School;
import org.tutela.school.SchoolId;

/**
 * The school's online-safety policy: one draft at a time, one version in force. Activation is refused, and the
 * refusal audited, while {@link ActivationCheck} finds any gap.
 */
@Repository
public class OnlineSafetyPolicies {

    static final int LONGEST_TEXT = 200_000;
    static final String CHANGED_SINCE = "Someone else saved the draft after you opened it: your text is below;"
            + " compare it with the draft above, then save it again";

    private static final String COLUMNS = """
            select p.id, p.school_id, p.version_label, p.body, p.state,
                   d.given_name || ' ' || d.family_name as drafted_by, p.drafted_at,
                   a.given_name || ' ' || a.family_name as activated_by, p.activated_at, p.version
            from online_safety_policy p join person d on d.id = p.drafted_by left join person a on a.id = p.activated_by
            """;

    private final JdbcClient jdbc;
    private final SchoolArrangements arrangements;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OnlineSafetyPolicies(JdbcClient jdbc, SchoolArrangements arrangements, AuditTrail audit,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.arrangements = arrangements;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Optional<OnlineSafetyPolicy> inForce(SchoolId school) {
        return jdbc.sql(COLUMNS + "where p.school_id = ? and p.state = 'ACTIVE'").param(school.value())
                .query(OnlineSafetyPolicies::policy).optional();
    }

    public Optional<OnlineSafetyPolicy> draft(SchoolId school) {
        return jdbc.sql(COLUMNS + "where p.school_id = ? and p.state = 'DRAFT'").param(school.value())
                .query(OnlineSafetyPolicies::policy).optional();
    }

    /** Versions that were in force once, newest first. */
    public List<OnlineSafetyPolicy> superseded(SchoolId school) {
        return jdbc.sql(COLUMNS + "where p.school_id = ? and p.state = 'SUPERSEDED' order by p.activated_at desc")
                .param(school.value()).query(OnlineSafetyPolicies::policy).list();
    }

    /** What stops the draft being activated now; empty when it may be (or when there is no draft). */
    public List<ActivationCheck.Gap> gapsInDraft(School school) {
        return draft(school.id()).map(draft -> ActivationCheck.gaps(arrangements.of(school), draft.body()))
                .orElse(List.of());
    }

    /**
     * Saves the school's draft, replacing the one there was when it is still the version the writer read
     * ({@code draftVersion}; null when there was no draft then). The version in force is not touched.
     */
    public OnlineSafetyPolicy saveDraft(School school, Integer draftVersion, String versionLabel, String body,
            PersonId by) {
        if (versionLabel == null || versionLabel.isBlank()) {
            throw new PolicyRefused("Give the version, for example 2026-27 or 3.1");
        }
        if (versionLabel.strip().length() > 40) {
            throw new PolicyRefused("Keep the version to 40 characters or fewer");
        }
        if (body == null || body.isBlank()) {
            throw new PolicyRefused("Paste the text of the policy, or choose a plain text or Markdown file");
        }
        if (body.length() > LONGEST_TEXT) {
            throw new PolicyRefused("The policy text is longer than " + LONGEST_TEXT + " characters");
        }
        var now = Timestamp.from(clock.instant());
        UUID id;
        if (draftVersion != null) {
            id = jdbc.sql("""
                    update online_safety_policy set version_label = ?, body = ?, drafted_by = ?, drafted_at = ?,
                        version = version + 1
                    where school_id = ? and state = 'DRAFT' and version = ? returning id""")
                    .params(versionLabel.strip(), body, by.value(), now, school.id().value(), draftVersion)
                    .query(UUID.class).optional().orElseThrow(() -> PolicyRefused.draftChanged(CHANGED_SINCE));
        } else {
            id = UUID.randomUUID();
            try {
                jdbc.sql("""
                        insert into online_safety_policy (id, school_id, version_label, body, state, drafted_by,
                            drafted_at)
                        values (?, ?, ?, ?, 'DRAFT', ?, ?)""")
                        .params(id, school.id().value(), versionLabel.strip(), body, by.value(), now).update();
            } catch (DuplicateKeyException e) {
                throw PolicyRefused.draftChanged(CHANGED_SINCE);
            }
        }
        audit.record("POLICY_DRAFTED", "online_safety_policy", id, school.id().value(), Outcome.ALLOWED,
                "version " + versionLabel.strip());
        return draft(school.id()).orElseThrow();
    }

    /**
     * Puts the draft in force, superseding the version there was, when the check finds no gap and the draft is the
     * one the activator read ({@code draftVersion}). A refusal is audited and lists every gap.
     */
    public OnlineSafetyPolicy activate(School school, int draftVersion, PersonId by) {
        var draft = draft(school.id()).orElseThrow(() -> new PolicyRefused("There is no draft policy to activate"));
        if (draft.version() != draftVersion) {
            throw new PolicyRefused("The draft changed after you opened it: read it again, then activate it");
        }
        var gaps = ActivationCheck.gaps(arrangements.of(school), draft.body());
        if (!gaps.isEmpty()) {
            audit.record("POLICY_ACTIVATION_REFUSED", "online_safety_policy", draft.id(), school.id().value(),
                    Outcome.DENIED, gaps.size() + (gaps.size() == 1 ? " gap: " : " gaps, first: ")
                            + gaps.get(0).what());
            throw new PolicyRefused("The policy cannot be activated until " + (gaps.size() == 1 ? "this gap is"
                    : "these " + gaps.size() + " gaps are") + " put right", gaps);
        }
        var now = Timestamp.from(clock.instant());
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update online_safety_policy set state = 'SUPERSEDED', version = version + 1 "
                    + "where school_id = ? and state = 'ACTIVE'").param(school.id().value()).update();
            var changed = jdbc.sql("""
                    update online_safety_policy set state = 'ACTIVE', activated_by = ?, activated_at = ?,
                        version = version + 1 where id = ? and state = 'DRAFT' and version = ?""")
                    .params(by.value(), now, draft.id(), draftVersion).update();
            if (changed != 1) {
                status.setRollbackOnly();
                throw new PolicyRefused("The draft changed after you opened it: read it again, then activate it");
            }
        });
        audit.record("POLICY_ACTIVATED", "online_safety_policy", draft.id(), school.id().value(), Outcome.ALLOWED,
                "version " + draft.versionLabel());
        return inForce(school.id()).orElseThrow();
    }

    private static OnlineSafetyPolicy policy(ResultSet rs, int row) throws SQLException {
        var activatedAt = rs.getTimestamp("activated_at");
        return new OnlineSafetyPolicy(rs.getObject("id", UUID.class), new SchoolId(rs.getObject("school_id", UUID.class)),
                rs.getString("version_label"), rs.getString("body"),
                OnlineSafetyPolicy.State.valueOf(rs.getString("state")), rs.getString("drafted_by"),
                rs.getTimestamp("drafted_at").toInstant(), rs.getString("activated_by"),
                activatedAt == null ? null : activatedAt.toInstant(), rs.getInt("version"));
    }
}
