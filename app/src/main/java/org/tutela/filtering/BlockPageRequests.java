package org.tutela.filtering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.filtering.BlockPageRequest.Kind;
import org.tutela.filtering.BlockPageRequest.Status;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/**
 * Worries and unblock requests sent from the block page, each tracked to a decision: an unblock request is allowed
 * for a group until a time (a temporary allow the enforcement points pick up) or kept blocked with a reason.
 */
@Service
public class BlockPageRequests {

    private static final String COLUMNS = """
            id, school_id, kind, url, host, category, group_id, policy_version, message, reporter_name, created_at,
            status, decided_by, decided_at, decision_note
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final FilterPolicies policies;
    private final Clock clock;

    BlockPageRequests(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, FilterPolicies policies,
            Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records what a child or member of staff sent; refused with the reason when it cannot be acted on. */
    @Transactional
    public BlockPageRequest submit(Kind kind, SchoolId school, BlockedSite site, String message, String name,
            String clientAddress) {
        var text = message == null ? "" : message.trim();
        if (kind == Kind.UNBLOCK && text.isEmpty()) {
            throw new IllegalArgumentException("Say why you need this website, so a teacher can decide");
        }
        if (text.length() > 2000 || (name != null && name.length() > 200)) {
            throw new IllegalArgumentException("That is too long: please write less");
        }
        if (site.url().isEmpty()) {
            throw new IllegalArgumentException("The blocked website's address is missing");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into block_page_request (id, school_id, kind, url, host, category, group_id, policy_version,
                                                message, reporter_name, client_address)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, school.value(), kind.name(), site.url(), site.host(), site.category(), site.group(),
                        site.policyVersion(), text.isEmpty() ? null : text,
                        name == null || name.isBlank() ? null : name.trim(), clientAddress)
                .update();
        audit.recordAs(null, name == null || name.isBlank() ? "block page" : name.trim() + " (block page)",
                kind == Kind.CONCERN ? "BLOCK_PAGE_CONCERN" : "UNBLOCK_REQUESTED", "block_page_request", id,
                school.value(), Outcome.ALLOWED, site.host());
        if (kind == Kind.CONCERN) {
            events.publishEvent(new BlockPageWorrySent(id, school, site.url(), site.categoryLabel(), site.group(),
                    text.isEmpty() ? null : text, name == null || name.isBlank() ? null : name.trim()));
        }
        return find(school, id).orElseThrow();
    }

    public List<BlockPageRequest> open(SchoolId school, Kind kind) {
        return jdbc.sql("select " + COLUMNS + """
                 from block_page_request where school_id = ? and kind = ? and status = 'OPEN'
                 order by created_at""")
                .params(school.value(), kind.name()).query(BlockPageRequests::request).list();
    }

    /** The latest requests of a kind, decided or not, newest first. */
    public List<BlockPageRequest> recent(SchoolId school, Kind kind, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from block_page_request where school_id = ? and kind = ? order by created_at desc limit ?""")
                .params(school.value(), kind.name(), limit).query(BlockPageRequests::request).list();
    }

    public int countOpen(SchoolId school, Kind kind) {
        return jdbc.sql("select count(*) from block_page_request where school_id = ? and kind = ? and status = 'OPEN'")
                .params(school.value(), kind.name()).query(Integer.class).single();
    }

    public Optional<BlockPageRequest> find(SchoolId school, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from block_page_request where school_id = ? and id = ?")
                .params(school.value(), id).query(BlockPageRequests::request).optional();
    }

    /** Opens the site for a group until a time; the enforcement points pick it up with the next bundle. */
    @Transactional
    public BlockPageRequest allow(Viewer decider, SchoolId school, UUID id, GroupId group, Instant until,
            String reason) {
        var request = openRequest(school, id, Kind.UNBLOCK);
        if (request.host() == null) {
            throw new IllegalArgumentException("This request has no website name that could be allowed");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the website is allowed");
        }
        var inForce = policies.inForce(school)
                .orElseThrow(() -> new IllegalStateException("This school has no filtering policy in force"));
        if (inForce.group(group.value()) == null) {
            throw new IllegalArgumentException("Choose a group from the policy in force");
        }
        var now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            throw new IllegalArgumentException("Choose when the allow ends: it must be in the future");
        }
        // The engine refuses an allow of an illegal-list name when the bundle is compiled; it is never in force.
        jdbc.sql("""
                insert into filter_temporary_allow (id, school_id, group_id, domain, granted_by, reason, starts_at,
                                                    ends_at, request_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), school.value(), group.value(), request.host(), decider.person().value(),
                        reason.trim(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(until), id)
                .update();
        decide(request, Status.ALLOWED, decider.person(), reason.trim() + " (for " + group + " until " + until + ")");
        audit.record("TEMPORARY_ALLOW_GRANTED", "block_page_request", id, school.value(), Outcome.ALLOWED,
                request.host() + " for " + group + " until " + until);
        events.publishEvent(new TemporaryAllowGranted(school, group.value(), request.host()));
        return find(school, id).orElseThrow();
    }

    @Transactional
    public BlockPageRequest keepBlocked(Viewer decider, SchoolId school, UUID id, String reason) {
        var request = openRequest(school, id, Kind.UNBLOCK);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the website stays blocked, so the person who asked knows");
        }
        decide(request, Status.KEPT_BLOCKED, decider.person(), reason.trim());
        audit.record("UNBLOCK_REFUSED", "block_page_request", id, school.value(), Outcome.ALLOWED, reason.trim());
        return find(school, id).orElseThrow();
    }

    /** The DSL has seen a worry sent from the block page. */
    @Transactional
    public BlockPageRequest markSeen(Viewer dsl, SchoolId school, UUID id, String note) {
        var request = openRequest(school, id, Kind.CONCERN);
        decide(request, Status.SEEN, dsl.person(), note == null || note.isBlank() ? null : note.trim());
        audit.record("BLOCK_PAGE_CONCERN_SEEN", "block_page_request", id, school.value(), Outcome.ALLOWED, null);
        return find(school, id).orElseThrow();
    }

    /** Temporary allows that have not ended, for the bundle. */
    public List<PolicyBundle.Allow> temporaryAllows(SchoolId school) {
        return jdbc.sql("""
                select a.group_id, a.domain, p.given_name || ' ' || p.family_name as granted_by, a.reason, a.starts_at,
                       a.ends_at
                from filter_temporary_allow a join person p on p.id = a.granted_by
                where a.school_id = ? and a.ends_at > ? order by a.starts_at""")
                .params(school.value(), java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new PolicyBundle.Allow(rs.getString("group_id"), rs.getString("domain"),
                        rs.getString("granted_by"), rs.getString("reason"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }

    private BlockPageRequest openRequest(SchoolId school, UUID id, Kind kind) {
        var request = find(school, id).filter(found -> found.kind() == kind)
                .orElseThrow(() -> new IllegalArgumentException("No such request at this school"));
        if (request.status() != Status.OPEN) {
            throw new IllegalStateException("This request was already decided: " + request.status().label());
        }
        return request;
    }

    private void decide(BlockPageRequest request, Status status, PersonId by, String note) {
        var updated = jdbc.sql("""
                update block_page_request set status = ?, decided_by = ?, decided_at = now(), decision_note = ?,
                       row_version = row_version + 1
                where id = ? and status = 'OPEN'""")
                .params(status.name(), by.value(), note, request.id()).update();
        if (updated != 1) {
            throw new IllegalStateException("Someone else decided this request a moment ago");
        }
    }

    private static BlockPageRequest request(ResultSet rs, int row) throws SQLException {
        var decidedBy = rs.getObject("decided_by", UUID.class);
        var decidedAt = rs.getTimestamp("decided_at");
        return new BlockPageRequest(rs.getObject("id", UUID.class), new SchoolId(rs.getObject("school_id", UUID.class)),
                Kind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("host"),
                rs.getString("category"), rs.getString("group_id"), rs.getObject("policy_version", Integer.class),
                rs.getString("message"), rs.getString("reporter_name"), rs.getTimestamp("created_at").toInstant(),
                Status.valueOf(rs.getString("status")), decidedBy == null ? null : new PersonId(decidedBy),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_note"));
    }
}
