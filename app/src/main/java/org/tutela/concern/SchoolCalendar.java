package org.tutela.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * The days a school is shut on a weekday (holidays, half-terms, training days), kept by the headteacher and the school
 * office. The acknowledgement timer does not run on them (INC-05) and a sanction in school days does not count them
 * (PROC-BUL-07).
 */
@Repository
public class SchoolCalendar {

    /** One closure: from the first day to the last, both shut. */
    public record Closure(LocalDate firstDay, LocalDate lastDay, String name) {

        public Closure {
            if (firstDay == null || lastDay == null) {
                throw new ConcernRefused("Give the first and the last day the school is shut");
            }
            if (lastDay.isBefore(firstDay)) {
                throw new ConcernRefused("The last day the school is shut comes before the first");
            }
            if (lastDay.toEpochDay() - firstDay.toEpochDay() > 120) {
                throw new ConcernRefused("A closure lasts at most 120 days: enter each holiday on its own");
            }
            if (name == null || name.isBlank()) {
                throw new ConcernRefused("Name the closure, for example \"Autumn half-term\"");
            }
            name = name.trim();
        }

        public long days() {
            return lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    /** The school day's opening and closing times, Monday to Friday, in England: the same for every school. */
    private final SchoolHours hours;

    SchoolCalendar(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${tutela.concerns.school-opens:08:00}")
            java.time.LocalTime opens,
            @org.springframework.beans.factory.annotation.Value("${tutela.concerns.school-closes:18:00}")
            java.time.LocalTime closes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.hours = new SchoolHours(opens, closes, SchoolHours.ENGLAND_DEFAULT.days(),
                SchoolHours.ENGLAND_DEFAULT.zone());
    }

    /** The school's hours with its closures: the school time its timers and sanctions count in. */
    public SchoolHours hoursOf(SchoolId school) {
        return hoursOf(school, hours);
    }

    public List<Closure> of(SchoolId school) {
        return jdbc.sql("select first_day, last_day, name from school_closure where school_id = ? order by first_day")
                .param(school.value())
                .query((rs, n) -> new Closure(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3)))
                .list();
    }

    /** These hours with the school's closures. */
    public SchoolHours hoursOf(SchoolId school, SchoolHours hours) {
        var closed = new HashSet<LocalDate>();
        var today = LocalDate.now(clock.withZone(hours.zone()));
        for (var closure : jdbc.sql("""
                select first_day, last_day, name from school_closure
                where school_id = ? and last_day >= ? and first_day <= ?""")
                .params(school.value(), today.minusDays(400), today.plusDays(400))
                .query((rs, n) -> new Closure(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3)))
                .list()) {
            closure.firstDay().datesUntil(closure.lastDay().plusDays(1)).forEach(closed::add);
        }
        return closed.isEmpty() ? hours : hours.closedOn(Set.copyOf(closed));
    }

    @Transactional
    public void add(SchoolId school, Closure closure, PersonId by) {
        var overlapping = jdbc.sql("""
                select count(*) from school_closure
                where school_id = ? and first_day <= ? and last_day >= ?""")
                .params(school.value(), closure.lastDay(), closure.firstDay()).query(Integer.class).single();
        if (overlapping > 0) {
            throw new ConcernRefused("These days overlap a closure already in the calendar");
        }
        try {
            jdbc.sql("""
                    insert into school_closure (school_id, first_day, last_day, name, added_by, added_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(school.value(), closure.firstDay(), closure.lastDay(), closure.name(),
                            by == null ? null : by.value(), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException meanwhile) {
            throw new ConcernRefused("These days overlap a closure already in the calendar");
        }
        audit.record("SCHOOL_CLOSURE_ADDED", "school_closure", school.value(), school.value(), Outcome.ALLOWED,
                closure.name() + ": " + closure.firstDay() + " to " + closure.lastDay());
    }

    @Transactional
    public void remove(SchoolId school, LocalDate firstDay) {
        var removed = jdbc.sql("delete from school_closure where school_id = ? and first_day = ?")
                .params(school.value(), firstDay).update();
        if (removed == 0) {
            throw new ConcernRefused("That closure is not in the calendar");
        }
        audit.record("SCHOOL_CLOSURE_REMOVED", "school_closure", school.value(), school.value(), Outcome.ALLOWED,
                "from " + firstDay);
    }
}
