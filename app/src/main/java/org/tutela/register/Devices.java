package org.tutela.register;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.People;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/** The school's devices and their assignment history; every change is audited. */
@Repository
public class Devices {

    public enum Kind { LAPTOP, TABLET, DESKTOP, PHONE, OTHER }

    public record Device(UUID id, String name, Kind kind, String address, PersonId assignedTo, String assignedName,
            Instant assignedSince) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    Devices(JdbcClient jdbc, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Device> of(SchoolId school) {
        return jdbc.sql("""
                select d.id, d.name, d.kind, host(d.address), a.person_id, p.given_name || ' ' || p.family_name, a.from_at
                from device d
                left join device_assignment a on a.device_id = d.id and a.to_at is null
                left join person p on p.id = a.person_id
                where d.school_id = ? and d.active order by d.name""")
                .param(school.value())
                .query((rs, n) -> new Device(rs.getObject(1, UUID.class), rs.getString(2), Kind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, UUID.class) == null ? null : new PersonId(rs.getObject(5, UUID.class)),
                        rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Transactional
    public UUID add(SchoolId school, String name, Kind kind, String address) {
        if (name == null || name.isBlank()) {
            throw new DeviceRefused("Give the device a name or asset tag");
        }
        var ip = address == null || address.isBlank() ? null : address.trim();
        if (ip != null && !ip.matches("[0-9a-fA-F:.]+")) {
            throw new DeviceRefused("The address must be an IP address, e.g. 10.20.3.41");
        }
        var id = UUID.randomUUID();
        try {
            jdbc.sql("insert into device (id, school_id, name, kind, address, added_at) values (?, ?, ?, ?, ?::inet, ?)")
                    .params(id, school.value(), name.trim(), kind.name(), ip, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new DeviceRefused("There is already a device called " + name.trim());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new DeviceRefused("The address must be an IP address, e.g. 10.20.3.41");
        }
        audit.record("DEVICE_ADDED", "device", id, school.value(), Outcome.ALLOWED, name.trim());
        return id;
    }

    /** Gives a device to a person of the school from now; the previous holder's assignment ends now. */
    @Transactional
    public void assign(SchoolId school, UUID device, PersonId person, PersonId by) {
        var found = jdbc.sql("select count(*) from device where id = ? and school_id = ?").params(device, school.value())
                .query(Integer.class).single();
        if (found == 0) {
            throw new DeviceRefused("No such device at this school");
        }
        if (person != null && people.find(person).filter(p -> school.equals(p.school())).isEmpty()) {
            throw new DeviceRefused("Give the device to someone at this school");
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("update device_assignment set to_at = ? where device_id = ? and to_at is null").params(now, device)
                .update();
        if (person != null) {
            jdbc.sql("insert into device_assignment (device_id, person_id, from_at, given_by) values (?, ?, ?, ?)")
                    .params(device, person.value(), now, by.value()).update();
        }
        audit.record(person == null ? "DEVICE_RETURNED" : "DEVICE_ASSIGNED", "device", device, school.value(),
                Outcome.ALLOWED, person == null ? null : person.toString());
    }

    /** Who had the device with this address at that moment, if the register knows. */
    public Optional<PersonId> holderAt(SchoolId school, String address, Instant at) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select a.person_id from device d join device_assignment a on a.device_id = d.id
                where d.school_id = ? and d.address = ?::inet and a.from_at <= ? and (a.to_at is null or a.to_at > ?)
                order by a.from_at desc limit 1""")
                .params(school.value(), address, Timestamp.from(at), Timestamp.from(at))
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).optional();
    }
}
