package org.tutela.school;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class Schools {

    private final JdbcClient jdbc;

    Schools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Trust openTrust(String name) {
        var trust = new Trust(new TrustId(UUID.randomUUID()), name);
        jdbc.sql("insert into trust (id, name) values (?, ?)").params(trust.id().value(), name).update();
        return trust;
    }

    @Transactional
    public School openSchool(TrustId trust, String name, String urn, String localAuthority) {
        var school = new School(new SchoolId(UUID.randomUUID()), trust, name, urn, localAuthority);
        jdbc.sql("insert into school (id, trust_id, name, urn, local_authority) values (?, ?, ?, ?, ?)")
                .params(school.id().value(), trust == null ? null : trust.value(), name, urn, localAuthority)
                .update();
        return school;
    }

    public Optional<School> find(SchoolId id) {
        return jdbc.sql("select id, trust_id, name, urn, local_authority from school where id = ?")
                .param(id.value())
                .query((rs, n) -> new School(new SchoolId(rs.getObject("id", UUID.class)),
                        trustOrNull(rs.getObject("trust_id", UUID.class)), rs.getString("name"), rs.getString("urn"),
                        rs.getString("local_authority")))
                .optional();
    }

    /**
     * The school a page names, when the viewer holds the permission there; refused otherwise (answered 403 and
     * audited by the access-denied handler), and 404 when there is no such school.
     */
    public School where(Viewer viewer, Permission permission, UUID school) {
        var id = new SchoolId(school);
        if (!viewer.may(permission, id)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "needs " + permission + " at school " + school);
        }
        return find(id).orElseThrow(() -> new NoSuchSchool(id));
    }

    public Optional<Trust> findTrustNamed(String name) {
        return jdbc.sql("select id, name from trust where name = ?").param(name)
                .query((rs, n) -> new Trust(new TrustId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .optional();
    }

    public List<School> ofTrust(TrustId trust) {
        return jdbc.sql("select id, trust_id, name, urn, local_authority from school where trust_id = ? order by name")
                .param(trust.value())
                .query((rs, n) -> new School(new SchoolId(rs.getObject("id", UUID.class)), trust,
                        rs.getString("name"), rs.getString("urn"), rs.getString("local_authority")))
                .list();
    }

    private static TrustId trustOrNull(UUID id) {
        return id == null ? null : new TrustId(id);
    }
}
