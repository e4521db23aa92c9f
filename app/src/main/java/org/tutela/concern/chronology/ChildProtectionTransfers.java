package org.tutela.concern.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.concern.ConcernRefused;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/** The transfers of learners' child-protection files, as stored. */
@Repository
class ChildProtectionTransfers {

    private final JdbcClient jdbc;

    ChildProtectionTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ChildProtectionTransfer t) {
        jdbc.sql("""
                insert into child_protection_transfer (id, school_id, learner_id, receiving_school, receiving_dsl, method,
                    purpose, sent_at, sent_by, sent_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), t.school().value(), t.learner().value(), t.receivingSchool(), t.receivingDsl(),
                        t.method().name(), t.purpose(), Timestamp.from(t.sentAt()), t.sentBy().value(), t.sentByName())
                .update();
    }

    /** Saves a confirmed receipt, refusing when someone else confirmed it meanwhile. */
    void saveReceipt(ChildProtectionTransfer t) {
        var receipt = t.receipt();
        var updated = jdbc.sql("""
                update child_protection_transfer set received_at = ?, receipt_confirmed_by = ?, receipt_recorded_by = ?,
                    version = version + 1
                where id = ? and received_at is null""")
                .params(Timestamp.from(receipt.at()), receipt.confirmedBy(), receipt.recordedBy().value(), t.id())
                .update();
        if (updated == 0) {
            throw new ConcernRefused("Receipt of this file was confirmed by someone else meanwhile: reload the page");
        }
    }

    Optional<ChildProtectionTransfer> find(PersonId learner, UUID id) {
        return jdbc.sql("select * from child_protection_transfer where learner_id = ? and id = ?")
                .params(learner.value(), id).query(ChildProtectionTransfers::transfer).optional();
    }

    List<ChildProtectionTransfer> of(PersonId learner) {
        return jdbc.sql("select * from child_protection_transfer where learner_id = ? order by sent_at, id")
                .param(learner.value()).query(ChildProtectionTransfers::transfer).list();
    }

    private static ChildProtectionTransfer transfer(ResultSet rs, int row) throws SQLException {
        var receivedAt = rs.getTimestamp("received_at");
        var recordedBy = rs.getObject("receipt_recorded_by", UUID.class);
        return new ChildProtectionTransfer(rs.getObject("id", UUID.class),
                new SchoolId(rs.getObject("school_id", UUID.class)), new PersonId(rs.getObject("learner_id", UUID.class)),
                rs.getString("receiving_school"), rs.getString("receiving_dsl"),
                ChildProtectionTransfer.Method.valueOf(rs.getString("method")), rs.getString("purpose"),
                rs.getTimestamp("sent_at").toInstant(), new PersonId(rs.getObject("sent_by", UUID.class)),
                rs.getString("sent_by_name"), receivedAt == null ? null
                        : new ChildProtectionTransfer.Receipt(receivedAt.toInstant(), rs.getString("receipt_confirmed_by"),
                                recordedBy == null ? null : new PersonId(recordedBy)));
    }
}
