package org.tutela.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the append-only audit trail. Who acted and from where are taken from the current sign-in and
 * request unless given.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action by the signed-in person. */
    public void record(String action, String recordType, Object recordId, UUID school, Outcome outcome, String detail) {
        var actor = currentActor();
        write(actor == null ? null : actor.personId(), actor == null ? "anonymous" : actor.displayName(), action,
                recordType, recordId, school != null ? school : actor == null ? null : actor.schoolId(), outcome,
                detail);
    }

    /** Records an action by a named actor, for the moments when nobody is signed in yet (a failed sign-in). */
    public void recordAs(UUID actorPerson, String actorName, String action, String recordType, Object recordId,
            UUID school, Outcome outcome, String detail) {
        write(actorPerson, actorName, action, recordType, recordId, school, outcome, detail);
    }

    private void write(UUID actorPerson, String actorName, String action, String recordType, Object recordId,
            UUID school, Outcome outcome, String detail) {
        jdbc.sql("""
                insert into audit_event (actor_person, actor_name, action, record_type, record_id, school_id, outcome,
                                         source_ip, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actorPerson, actorName, action, recordType, recordId == null ? null : recordId.toString(),
                        school, outcome.name(), sourceAddress(), detail)
                .update();
    }

    public List<AuditEntry> search(AuditQuery query) {
        if (query.schools().isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder("""
                select id, occurred_at, actor_person, actor_name, action, record_type, record_id, school_id, outcome,
                       source_ip, detail
                from audit_event where school_id = any(?)""");
        var params = new ArrayList<Object>();
        params.add(query.schools().toArray(UUID[]::new));
        if (query.person() != null) {
            sql.append(" and (actor_person = ? or (record_type = 'person' and record_id = ?))");
            params.add(query.person());
            params.add(query.person().toString());
        }
        if (query.recordType() != null && !query.recordType().isBlank()) {
            sql.append(" and record_type = ?");
            params.add(query.recordType());
        }
        if (query.recordId() != null && !query.recordId().isBlank()) {
            sql.append(" and record_id = ?");
            params.add(query.recordId().trim());
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        params.add(query.pageSize() + 1);
        params.add(query.page() * query.pageSize());
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_person", UUID.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("school_id", UUID.class),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("source_ip"),
                rs.getString("detail"))).list();
    }

    private static AuditActor currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        return null;
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

}
