package org.tutela.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.school.PersonId;

/** The records kept on a case besides its actions: referrals, advice, devices in custody and evidence files. */
@Repository
public class CaseRecords {

    private final JdbcClient jdbc;

    CaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ConcernId concern, Referral r, Instant now) {
        jdbc.sql("""
                insert into concern_referral (id, concern_id, agency, channel, made_at, made_by, contact, reference,
                    shared, outcome, follow_up_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), concern.value(), r.agency().name(), r.channel().name(), Timestamp.from(r.madeAt()),
                        r.madeBy().value(), r.contact(), r.reference(), r.shared().trim(), r.outcome(), r.followUpOn(),
                        Timestamp.from(now))
                .update();
    }

    public List<Referral> referrals(ConcernId concern) {
        return jdbc.sql("select * from concern_referral where concern_id = ? order by made_at").param(concern.value())
                .query((rs, n) -> new Referral(rs.getObject("id", UUID.class), Referral.Agency.valueOf(rs.getString("agency")),
                        Referral.Channel.valueOf(rs.getString("channel")), rs.getTimestamp("made_at").toInstant(),
                        new PersonId(rs.getObject("made_by", UUID.class)), rs.getString("contact"),
                        rs.getString("reference"), rs.getString("shared"), rs.getString("outcome"),
                        rs.getObject("follow_up_on", LocalDate.class)))
                .list();
    }

    /** ESC-15: the result of a referral recorded later, e.g. a provider's answer to a removal request. */
    boolean recordOutcome(ConcernId concern, UUID referral, String outcome) {
        return jdbc.sql("""
                update concern_referral set outcome = ? where id = ? and concern_id = ?
                  and (outcome is null or trim(outcome) = '')""")
                .params(outcome.trim(), referral, concern.value()).update() == 1;
    }

    /** PROC-SV-05: the DSL's reason for closing while a removal request is unresolved. */
    void removalRationale(ConcernId concern, String rationale) {
        jdbc.sql("update concern set removal_rationale = ? where id = ?").params(rationale, concern.value()).update();
    }

    public String removalRationale(ConcernId concern) {
        return jdbc.sql("select removal_rationale from concern where id = ?").param(concern.value())
                .query(String.class).optional().orElse(null);
    }

    void add(ConcernId concern, DeviceSearch s) {
        jdbc.sql("""
                insert into device_search (id, concern_id, device, searched_by, consent, found, content_deleted,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), concern.value(), s.device(), s.searchedBy().value(), s.consent().name(), s.found(),
                        s.contentDeleted(), s.recordedBy().value(), Timestamp.from(s.recordedAt()))
                .update();
    }

    public List<DeviceSearch> deviceSearches(ConcernId concern) {
        return jdbc.sql("select * from device_search where concern_id = ? order by recorded_at").param(concern.value())
                .query((rs, n) -> new DeviceSearch(rs.getObject("id", UUID.class), rs.getString("device"),
                        new PersonId(rs.getObject("searched_by", UUID.class)),
                        DeviceSearch.Consent.valueOf(rs.getString("consent")), rs.getString("found"),
                        rs.getBoolean("content_deleted"), new PersonId(rs.getObject("recorded_by", UUID.class)),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void add(ConcernId concern, Advice a, Instant now) {
        jdbc.sql("""
                insert into concern_advice (id, concern_id, source, sought_at, advice, received_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), concern.value(), a.source().name(), Timestamp.from(a.soughtAt()), a.advice().trim(),
                        a.receivedBy().value(), Timestamp.from(now))
                .update();
    }

    public List<Advice> advice(ConcernId concern) {
        return jdbc.sql("select * from concern_advice where concern_id = ? order by sought_at").param(concern.value())
                .query((rs, n) -> new Advice(rs.getObject("id", UUID.class), Advice.Source.valueOf(rs.getString("source")),
                        rs.getTimestamp("sought_at").toInstant(), rs.getString("advice"),
                        new PersonId(rs.getObject("received_by", UUID.class))))
                .list();
    }

    void add(ConcernId concern, DeviceCustody d) {
        jdbc.sql("""
                insert into device_custody (id, concern_id, device, owner, secured_by, secured_at, location, status)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), concern.value(), d.device().trim(), d.owner().trim(), d.securedBy().value(),
                        Timestamp.from(d.securedAt()), d.location().trim(), d.status().name())
                .update();
    }

    void transfer(UUID custody, DeviceCustody.Transfer t) {
        jdbc.sql("""
                insert into device_transfer (id, custody_id, at, to_status, handed_by, received_by, reference, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), custody, Timestamp.from(t.at()), t.to().name(), t.handedBy().value(),
                        t.receivedBy().trim(), t.reference(), t.note())
                .update();
        jdbc.sql("update device_custody set status = ?, version = version + 1 where id = ?")
                .params(t.to().name(), custody).update();
    }

    public List<DeviceCustody> devices(ConcernId concern) {
        return jdbc.sql("select * from device_custody where concern_id = ? order by secured_at").param(concern.value())
                .query(this::custody).list();
    }

    Optional<DeviceCustody> device(ConcernId concern, UUID id) {
        return jdbc.sql("select * from device_custody where concern_id = ? and id = ?").params(concern.value(), id)
                .query(this::custody).optional();
    }

    private DeviceCustody custody(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var transfers = jdbc.sql("select * from device_transfer where custody_id = ? order by at").param(id)
                .query((t, n) -> new DeviceCustody.Transfer(t.getTimestamp("at").toInstant(),
                        DeviceCustody.Status.valueOf(t.getString("to_status")),
                        new PersonId(t.getObject("handed_by", UUID.class)), t.getString("received_by"),
                        t.getString("reference"), t.getString("note")))
                .list();
        return new DeviceCustody(id, rs.getString("device"), rs.getString("owner"),
                new PersonId(rs.getObject("secured_by", UUID.class)), rs.getTimestamp("secured_at").toInstant(),
                rs.getString("location"), DeviceCustody.Status.valueOf(rs.getString("status")), transfers);
    }

    void add(ConcernId concern, KnownCopy copy) {
        jdbc.sql("""
                insert into concern_copy (id, concern_id, location, status, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(copy.id(), concern.value(), copy.location().trim(), copy.status().name(),
                        copy.recordedBy().value(), Timestamp.from(copy.recordedAt()))
                .update();
    }

    void change(ConcernId concern, UUID copy, KnownCopy.Status to, String policeReference, boolean written,
            String custodian, String storedAt) {
        jdbc.sql("""
                update concern_copy set status = ?, police_reference = ?, written_request = ?, custodian = ?,
                    stored_at = ?, version = version + 1
                where concern_id = ? and id = ?""")
                .params(to.name(), policeReference, to == KnownCopy.Status.RETAINED_AT_POLICE_REQUEST ? written : null,
                        custodian, storedAt, concern.value(), copy)
                .update();
    }

    public List<KnownCopy> copies(ConcernId concern) {
        return jdbc.sql("select * from concern_copy where concern_id = ? order by recorded_at").param(concern.value())
                .query((rs, n) -> new KnownCopy(rs.getObject("id", UUID.class), rs.getString("location"),
                        KnownCopy.Status.valueOf(rs.getString("status")), rs.getString("police_reference"),
                        (Boolean) rs.getObject("written_request"), rs.getString("custodian"), rs.getString("stored_at"),
                        new PersonId(rs.getObject("recorded_by", UUID.class)), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void add(ConcernId concern, ImageryViewing viewing, Instant now) {
        jdbc.sql("""
                insert into imagery_viewing (id, concern_id, viewer, viewed_at, reason, why_not_dsl, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), concern.value(), viewing.viewer().value(), Timestamp.from(viewing.viewedAt()),
                        viewing.reason().name(), viewing.whyNotTheDsl(), Timestamp.from(now))
                .update();
    }

    public List<ImageryViewing> viewings(ConcernId concern) {
        return jdbc.sql("select * from imagery_viewing where concern_id = ? order by viewed_at").param(concern.value())
                .query((rs, n) -> new ImageryViewing(new PersonId(rs.getObject("viewer", UUID.class)),
                        rs.getTimestamp("viewed_at").toInstant(), ImageryViewing.Reason.valueOf(rs.getString("reason")),
                        rs.getString("why_not_dsl")))
                .list();
    }

    void save(ConcernId concern, PoliceStatement s, PersonId by, Instant at) {
        jdbc.sql("""
                insert into concern_statement (concern_id, witnesses, network, location, access_steps, sender,
                    identifiers, delay_reason, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (concern_id) do update set witnesses = excluded.witnesses, network = excluded.network,
                    location = excluded.location, access_steps = excluded.access_steps, sender = excluded.sender,
                    identifiers = excluded.identifiers, delay_reason = excluded.delay_reason,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(concern.value(), s.witnesses(), s.network(), s.location(), s.accessSteps(), s.sender(),
                        s.identifiers(), s.delayReason(), by.value(), Timestamp.from(at))
                .update();
    }

    public PoliceStatement statement(ConcernId concern) {
        return jdbc.sql("select * from concern_statement where concern_id = ?").param(concern.value())
                .query((rs, n) -> new PoliceStatement(rs.getString("witnesses"), rs.getString("network"),
                        rs.getString("location"), rs.getString("access_steps"), rs.getString("sender"),
                        rs.getString("identifiers"), rs.getString("delay_reason")))
                .optional().orElse(PoliceStatement.empty());
    }

    public record EvidenceFile(UUID id, String fileName, String mediaType, Instant addedAt) {
    }

    void addEvidence(ConcernId concern, String fileName, String mediaType, byte[] content, PersonId by, Instant at) {
        jdbc.sql("""
                insert into concern_evidence (id, concern_id, file_name, media_type, content, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), concern.value(), fileName, mediaType, content, by.value(), Timestamp.from(at))
                .update();
    }

    public List<EvidenceFile> evidence(ConcernId concern) {
        return jdbc.sql("select id, file_name, media_type, added_at from concern_evidence where concern_id = ? order by added_at")
                .param(concern.value())
                .query((rs, n) -> new EvidenceFile(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }
}
