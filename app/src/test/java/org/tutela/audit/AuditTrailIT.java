package org.tutela.audit;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.TestDatabase;
import org.tutela.TutelaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TutelaTest
class AuditTrailIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    DataSource applicationDataSource;

    UUID school = UUID.randomUUID();

    @BeforeEach
    void anEntry() {
        trail.recordAs(UUID.randomUUID(), "Test Person", "RECORD_VIEWED", "person", "p-1", school, Outcome.ALLOWED,
                "for the test");
    }

    @Test
    void theApplicationsDatabaseRoleCannotUpdateAnAuditRow() {
        var jdbc = JdbcClient.create(applicationDataSource);
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_name = 'someone else' where school_id = ?")
                .param(school).update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationsDatabaseRoleCannotDeleteOrTruncateTheTrail() {
        var jdbc = JdbcClient.create(applicationDataSource);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where school_id = ?").param(school).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void evenTheSchemaOwnerCannotChangeOrDeleteAnAuditRow() throws SQLException {
        var database = TestDatabase.instance();
        try (var owner = DriverManager.getConnection(database.jdbcUrl(), "tutela_owner",
                database.properties().get("TUTELA_DATABASE_OWNER_PASSWORD"));
                var statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "update audit_event set outcome = 'DENIED' where school_id = '" + school + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "delete from audit_event where school_id = '" + school + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(trail.search(new AuditQuery(Set.of(school), null, null, null, 0, 10))).hasSize(1)
                .first().satisfies(entry -> assertThat(entry.outcome()).isEqualTo(Outcome.ALLOWED));
    }

    @Test
    void theTrailIsFilteredByPersonAndByRecord() {
        var person = UUID.randomUUID();
        trail.recordAs(person, "Filter Person", "PERSON_CHANGED", "person", "p-2", school, Outcome.ALLOWED, null);
        trail.recordAs(UUID.randomUUID(), "Someone", "PERSON_CHANGED", "person", person, school, Outcome.ALLOWED, null);

        assertThat(trail.search(new AuditQuery(Set.of(school), person, null, null, 0, 10))).hasSize(2);
        assertThat(trail.search(new AuditQuery(Set.of(school), null, "person", "p-2", 0, 10))).hasSize(1);
        assertThat(trail.search(new AuditQuery(Set.of(UUID.randomUUID()), person, null, null, 0, 10))).isEmpty();
    }
}
