package org.tutela.filtering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/**
 * A school's filtering policy versions. A change is proposed as a whole new version with a reason and a risk note;
 * a different person with a leadership role approves it (or refuses it, saying why); approval puts it in force and
 * replaces the version before. Nothing is edited after it is decided, and every step is audited.
 */
@Service
public class FilterPolicies {

    private static final TypeReference<List<PolicyBundle.Group>> GROUPS = new TypeReference<>() {
    };
    private static final TypeReference<List<IndividualException>> EXCEPTIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, school_id, version, status, groups, learner_exceptions, reason, risk_note, proposed_by, proposed_at, decided_by,
            decided_at, decision_note, activated_at, based_on
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    FilterPolicies(JdbcClient jdbc, JsonMapper json, AuditTrail audit, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.events = events;
    }

    public Optional<PolicyVersion> inForce(SchoolId school) {
        return jdbc.sql("select " + COLUMNS + " from filter_policy_version where school_id = ? and status = 'ACTIVE'")
                .param(school.value()).query(this::version).optional();
    }

    public Optional<PolicyVersion> openProposal(SchoolId school) {
        return jdbc.sql("select " + COLUMNS + " from filter_policy_version where school_id = ? and status = 'PROPOSED'")
                .param(school.value()).query(this::version).optional();
    }

    public Optional<PolicyVersion> version(SchoolId school, int version) {
        return jdbc.sql("select " + COLUMNS + " from filter_policy_version where school_id = ? and version = ?")
                .params(school.value(), version).query(this::version).optional();
    }

    /** How many exceptions for individual learners in force have reached their review date (FILT-17). */
    public long exceptionReviewsDue(SchoolId school) {
        var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        return inForce(school).map(PolicyVersion::exceptions).orElse(List.of()).stream()
                .filter(exception -> exception.reviewDue(today)).count();
    }

    /** Every version, newest first. */
    public List<PolicyVersion> history(SchoolId school) {
        return jdbc.sql("select " + COLUMNS + " from filter_policy_version where school_id = ? order by version desc")
                .param(school.value()).query(this::version).list();
    }

    /**
     * Proposes a new version of the groups, keeping the exceptions for individual learners of the version in force;
     * refused while another proposal is open, or when the groups cannot be compiled.
     */
    @Transactional
    public PolicyVersion propose(Viewer proposer, SchoolId school, List<PolicyBundle.Group> groups, String reason,
            String riskNote) {
        var exceptions = inForce(school).map(PolicyVersion::exceptions).orElse(List.of());
        return propose(proposer, school, groups, exceptions, reason, riskNote);
    }

    /** Proposes the version in force with one more exception for an individual learner (FILT-17). */
    @Transactional
    public PolicyVersion proposeException(Viewer proposer, SchoolId school, IndividualException exception,
            String reason, String riskNote) {
        var current = inForce(school).orElseThrow(() -> new PolicyChangeRefused(
                "The school needs a filtering policy in force before an exception to it can be proposed"));
        if (exception.reviewDue(java.time.LocalDate.now(clock))) {
            throw new PolicyChangeRefused("The review date must be in the future");
        }
        var exceptions = new java.util.ArrayList<>(current.exceptions());
        exceptions.add(exception);
        return propose(proposer, school, current.groups(), exceptions, reason, riskNote);
    }

    /** Proposes the version in force without one of its exceptions for an individual learner. */
    @Transactional
    public PolicyVersion proposeEndingException(Viewer proposer, SchoolId school, UUID exception, String reason,
            String riskNote) {
        var current = inForce(school).orElseThrow(() -> new PolicyChangeRefused("No filtering policy is in force"));
        var ended = current.exception(exception).orElseThrow(() -> new PolicyChangeRefused(
                "That exception is not part of the policy in force"));
        var exceptions = current.exceptions().stream().filter(kept -> !kept.equals(ended)).toList();
        return propose(proposer, school, current.groups(), exceptions, reason, riskNote);
    }

    private PolicyVersion propose(Viewer proposer, SchoolId school, List<PolicyBundle.Group> groups,
            List<IndividualException> exceptions, String reason, String riskNote) {
        if (reason == null || reason.isBlank()) {
            throw new PolicyChangeRefused("Say why this change is needed");
        }
        if (riskNote == null || riskNote.isBlank()) {
            throw new PolicyChangeRefused("Write the risk assessment: what could go wrong for children, and why it is acceptable");
        }
        check(groups, exceptions);
        if (openProposal(school).isPresent()) {
            throw new PolicyChangeRefused("Another change is waiting for approval: it must be approved, refused or "
                    + "withdrawn before a new one is proposed");
        }
        var basedOn = inForce(school).map(PolicyVersion::version).orElse(null);
        var next = jdbc.sql("select coalesce(max(version), 0) + 1 from filter_policy_version where school_id = ?")
                .param(school.value()).query(Integer.class).single();
        var id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into filter_policy_version (id, school_id, version, status, groups, learner_exceptions,
                                                       reason, risk_note, proposed_by, based_on)
                    values (?, ?, ?, 'PROPOSED', ?::jsonb, ?::jsonb, ?, ?, ?, ?)""")
                    .params(id, school.value(), next, json.writeValueAsString(groups),
                            json.writeValueAsString(exceptions), reason.trim(), riskNote.trim(),
                            proposer.person().value(), basedOn)
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new PolicyChangeRefused("Someone else proposed a change at the same moment: look at it first");
        }
        audit.record("FILTER_CHANGE_PROPOSED", "filter_policy", school + "/v" + next, school.value(), Outcome.ALLOWED,
                reason.trim());
        return version(school, next).orElseThrow();
    }

    /** Approves a proposal and puts it in force; the proposer cannot approve their own change. */
    @Transactional
    public PolicyVersion approve(Viewer approver, SchoolId school, int version, String note) {
        var proposal = proposal(school, version);
        if (approver.person().equals(proposal.proposedBy())) {
            throw new PolicyChangeRefused("You proposed this change, so someone else with a leadership role must "
                    + "approve it");
        }
        jdbc.sql("""
                update filter_policy_version set status = 'SUPERSEDED', row_version = row_version + 1
                where school_id = ? and status = 'ACTIVE'""").param(school.value()).update();
        decide(proposal, PolicyStatus.ACTIVE, approver.person(), note);
        audit.record("FILTER_CHANGE_APPROVED", "filter_policy", school + "/v" + version, school.value(),
                Outcome.ALLOWED, note);
        events.publishEvent(new PolicyVersionActivated(school, version));
        return version(school, version).orElseThrow();
    }

    /** Refuses a proposal, saying why; the policy in force stays as it is. */
    @Transactional
    public PolicyVersion reject(Viewer approver, SchoolId school, int version, String note) {
        var proposal = proposal(school, version);
        if (note == null || note.isBlank()) {
            throw new PolicyChangeRefused("Say why the change is not approved");
        }
        if (approver.person().equals(proposal.proposedBy())) {
            throw new PolicyChangeRefused("Withdraw your own proposal instead of refusing it");
        }
        decide(proposal, PolicyStatus.REJECTED, approver.person(), note);
        audit.record("FILTER_CHANGE_REJECTED", "filter_policy", school + "/v" + version, school.value(),
                Outcome.ALLOWED, note);
        return version(school, version).orElseThrow();
    }

    /** The proposer takes their proposal back before anyone decides it. */
    @Transactional
    public PolicyVersion withdraw(Viewer proposer, SchoolId school, int version) {
        var proposal = proposal(school, version);
        if (!proposer.person().equals(proposal.proposedBy())) {
            throw new PolicyChangeRefused("Only the person who proposed a change can withdraw it");
        }
        decide(proposal, PolicyStatus.WITHDRAWN, proposer.person(), "withdrawn by the proposer");
        audit.record("FILTER_CHANGE_WITHDRAWN", "filter_policy", school + "/v" + version, school.value(),
                Outcome.ALLOWED, null);
        return version(school, version).orElseThrow();
    }

    private PolicyVersion proposal(SchoolId school, int version) {
        var found = version(school, version)
                .orElseThrow(() -> new PolicyChangeRefused("There is no version " + version + " of this school's policy"));
        if (found.status() != PolicyStatus.PROPOSED) {
            throw new PolicyChangeRefused("Version " + version + " is " + found.status().label().toLowerCase()
                    + ": only a change waiting for approval can be decided");
        }
        return found;
    }

    private void decide(PolicyVersion proposal, PolicyStatus status, PersonId by, String note) {
        var updated = jdbc.sql("""
                update filter_policy_version
                set status = ?, decided_by = ?, decided_at = now(), decision_note = ?,
                    activated_at = case when ? = 'ACTIVE' then now() end, row_version = row_version + 1
                where id = ? and status = 'PROPOSED'""")
                .params(status.name(), by.value(), note == null || note.isBlank() ? null : note.trim(), status.name(),
                        proposal.id())
                .update();
        if (updated != 1) {
            throw new PolicyChangeRefused("Someone else decided this change a moment ago");
        }
    }

    /** Compiles the groups with the engine, so a mistake is refused here rather than at an enforcement point. */
    private static void check(List<PolicyBundle.Group> groups, List<IndividualException> exceptions) {
        if (groups.stream().noneMatch(group -> group.id().equals(RecommendedPolicy.FALLBACK_GROUP))) {
            throw new PolicyChangeRefused("The policy needs a '" + RecommendedPolicy.FALLBACK_GROUP + "' group for "
                    + "devices no network places in a group");
        }
        try {
            PolicyBundles.compile(new PolicyBundle(1, null, null, null, RecommendedPolicy.FALLBACK_GROUP, groups, List.of(),
                    null, exceptions.stream().map(IndividualException::rule).toList()),
                    BlockLists.empty(Categories.standard()));
        } catch (IllegalArgumentException refused) {
            throw new PolicyChangeRefused(refused.getMessage());
        }
    }

    private PolicyVersion version(ResultSet rs, int row) throws SQLException {
        var proposedBy = rs.getObject("proposed_by", UUID.class);
        var decidedBy = rs.getObject("decided_by", UUID.class);
        var decidedAt = rs.getTimestamp("decided_at");
        var activatedAt = rs.getTimestamp("activated_at");
        var basedOn = rs.getObject("based_on", Integer.class);
        return new PolicyVersion(rs.getObject("id", UUID.class), new SchoolId(rs.getObject("school_id", UUID.class)),
                rs.getInt("version"), PolicyStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("groups"), GROUPS),
                json.readValue(rs.getString("learner_exceptions"), EXCEPTIONS), rs.getString("reason"), rs.getString("risk_note"),
                proposedBy == null ? null : new PersonId(proposedBy), rs.getTimestamp("proposed_at").toInstant(),
                decidedBy == null ? null : new PersonId(decidedBy), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_note"), activatedAt == null ? null : activatedAt.toInstant(), basedOn);
    }
}
