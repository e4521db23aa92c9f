package org.tutela.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;

/**
 * The DSL rota (INC-05): the DSL and deputies in the order they are alerted when a concern goes unacknowledged, and
 * who is away until when. Everyone present on the rota hears of a new concern at once; when nobody acknowledges it,
 * the next one on the rota after the first is alerted by name, then the headteacher. Someone who no longer holds a
 * DSL or deputy role drops off the rota; someone new to the role joins its end.
 */
@Repository
public class DslRota {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    public record Member(Person person, Role role, LocalDate awayUntil) {

        public boolean awayOn(LocalDate day) {
            return awayUntil != null && !awayUntil.isBefore(day);
        }
    }

    /** One line of a change to the rota: who, and until when they are away (none when present). */
    public record Place(PersonId person, LocalDate awayUntil) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    DslRota(JdbcClient jdbc, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole rota in order, away or not. */
    public List<Member> of(SchoolId school) {
        var stored = new HashMap<UUID, Object[]>();
        jdbc.sql("select person_id, position, away_until from dsl_rota_member where school_id = ?")
                .param(school.value())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, LocalDate.class)})
                .list().forEach(row -> stored.put((UUID) row[0], row));
        var holders = new LinkedHashMap<PersonId, Member>();
        for (var role : List.of(Role.DSL, Role.DEPUTY_DSL)) {
            for (var person : people.holding(role, school)) {
                var row = stored.get(person.id().value());
                holders.putIfAbsent(person.id(), new Member(person, role, row == null ? null : (LocalDate) row[2]));
            }
        }
        var ordered = new ArrayList<>(holders.values());
        // Stable: listed members by their position, then the unlisted in role order (DSL first), by name.
        ordered.sort(Comparator.comparingInt(m -> {
            var row = stored.get(m.person().id().value());
            return row == null ? Integer.MAX_VALUE : (int) row[1];
        }));
        return List.copyOf(ordered);
    }

    /** Those on the rota who are not away today, in order. */
    public List<Member> present(SchoolId school) {
        var today = LocalDate.now(clock.withZone(SCHOOL_ZONE));
        return of(school).stream().filter(m -> !m.awayOn(today)).toList();
    }

    /**
     * Replaces the order and the absences. Everyone listed must hold the DSL or deputy role at the school, each once;
     * an away date in the past is refused; at least one person must stay present.
     */
    @Transactional
    public void arrange(SchoolId school, List<Place> order, PersonId by) {
        var holders = new HashMap<PersonId, Member>();
        of(school).forEach(m -> holders.put(m.person().id(), m));
        var today = LocalDate.now(clock.withZone(SCHOOL_ZONE));
        var seen = new java.util.HashSet<PersonId>();
        for (var place : order) {
            var member = holders.get(place.person());
            if (member == null) {
                throw new ConcernRefused("Only the DSL and deputy DSLs of the school can be on the rota");
            }
            if (!seen.add(place.person())) {
                throw new ConcernRefused(member.person().fullName() + " is on the rota twice");
            }
            if (place.awayUntil() != null && place.awayUntil().isBefore(today)) {
                throw new ConcernRefused("The date " + member.person().fullName()
                        + " is away until has passed: leave it empty if they are back");
            }
        }
        if (!order.isEmpty() && order.stream().allMatch(p -> p.awayUntil() != null)
                && seen.containsAll(holders.keySet())) {
            throw new ConcernRefused("Someone on the rota must be present: a concern cannot wait for everyone's return");
        }
        // One change of a school's rota at a time: the second waits, then replaces the first's order.
        jdbc.sql("select id from school where id = ? for update").param(school.value()).query(UUID.class).single();
        jdbc.sql("delete from dsl_rota_member where school_id = ?").param(school.value()).update();
        var position = 0;
        for (var place : order) {
            jdbc.sql("""
                    insert into dsl_rota_member (school_id, person_id, position, away_until, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(school.value(), place.person().value(), position++, place.awayUntil(),
                            by == null ? null : by.value(), Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record("DSL_ROTA_CHANGED", "dsl_rota", school.value(), school.value(), Outcome.ALLOWED,
                order.size() + " on the rota, " + order.stream().filter(p -> p.awayUntil() != null).count() + " away");
    }
}
