package org.tutela.register.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.register.SchoolDay;
import org.tutela.school.People;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.SchoolId;

/** Staff training by topic: sessions with their attendees, and each school's renewal intervals. Audited. */
@Repository
public class TrainingRecords {

    /** One completed training of one person. */
    public record Completed(UUID session, TrainingTopic topic, LocalDate completedOn, String provider, String notes) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingRecords(JdbcClient jdbc, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records one session and everyone who completed it (TRN-04: a staff meeting recorded at once). */
    @Transactional
    public UUID recordSession(SchoolId school, TrainingTopic topic, LocalDate completedOn, String provider,
            String notes, Collection<PersonId> attendees, PersonId recordedBy) {
        if (topic == null) {
            throw new TrainingRefused("topic", "Choose what the training was about");
        }
        if (completedOn == null) {
            throw new TrainingRefused("completedOn", "Give the date the training was completed");
        }
        if (completedOn.isAfter(SchoolDay.today(clock))) {
            throw new TrainingRefused("completedOn", "The date the training was completed must be today or earlier");
        }
        if (provider == null || provider.isBlank()) {
            throw new TrainingRefused("provider", "Say who provided the training, for example the local authority");
        }
        var who = new LinkedHashSet<>(attendees == null ? List.<PersonId>of() : attendees);
        if (who.isEmpty()) {
            throw new TrainingRefused("attendees", "Choose at least one member of staff who completed it");
        }
        for (var person : who) {
            var known = people.find(person).filter(p -> school.equals(p.school()) && p.active()
                    && (p.kind() == PersonKind.STAFF || p.kind() == PersonKind.GOVERNOR));
            if (known.isEmpty()) {
                throw new TrainingRefused("attendees", "Choose attendees from the school's staff");
            }
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into training_session (id, school_id, topic, completed_on, provider, notes, recorded_by,
                                              recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, school.value(), topic.name(), completedOn, provider.trim(),
                        notes == null || notes.isBlank() ? null : notes.trim(), recordedBy.value(),
                        Timestamp.from(clock.instant()))
                .update();
        for (var person : who) {
            jdbc.sql("insert into training_attendance (session_id, person_id) values (?, ?)")
                    .params(id, person.value()).update();
            audit.record("TRAINING_RECORDED", "person", person, school.value(), Outcome.ALLOWED,
                    topic.label() + " completed on " + completedOn + " (" + provider.trim() + ")");
        }
        return id;
    }

    /** For each person of the school, the last date they completed each topic. */
    public Map<PersonId, Map<TrainingTopic, LocalDate>> latest(SchoolId school) {
        var latest = new HashMap<PersonId, Map<TrainingTopic, LocalDate>>();
        jdbc.sql("""
                select a.person_id, s.topic, max(s.completed_on) from training_session s
                join training_attendance a on a.session_id = s.id
                where s.school_id = ? group by a.person_id, s.topic""")
                .param(school.value())
                .query(rs -> {
                    latest.computeIfAbsent(new PersonId(rs.getObject(1, UUID.class)),
                            p -> new EnumMap<>(TrainingTopic.class))
                            .put(TrainingTopic.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
                });
        return latest;
    }

    /** One person's training at the school, newest first. */
    public List<Completed> of(SchoolId school, PersonId person) {
        return jdbc.sql("""
                select s.id, s.topic, s.completed_on, s.provider, s.notes from training_session s
                join training_attendance a on a.session_id = s.id
                where s.school_id = ? and a.person_id = ? order by s.completed_on desc, s.recorded_at desc""")
                .params(school.value(), person.value())
                .query((rs, n) -> new Completed(rs.getObject(1, UUID.class), TrainingTopic.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The renewal interval in months of every topic at the school; a null value means it does not lapse. */
    public Map<TrainingTopic, Integer> renewals(SchoolId school) {
        var months = new EnumMap<TrainingTopic, Integer>(TrainingTopic.class);
        for (var topic : TrainingTopic.values()) {
            months.put(topic, topic.defaultRenewalMonths());
        }
        jdbc.sql("select topic, months from training_renewal where school_id = ?").param(school.value())
                .query(rs -> {
                    var set = rs.getObject(2, Integer.class);
                    months.put(TrainingTopic.valueOf(rs.getString(1)), set);
                });
        return months;
    }

    /** Sets how many months a topic lasts at the school; null for training that does not lapse. */
    @Transactional
    public void setRenewal(SchoolId school, TrainingTopic topic, Integer months) {
        if (topic == null) {
            throw new TrainingRefused("topic", "Choose a topic");
        }
        if (months != null && (months < 1 || months > 120)) {
            throw new TrainingRefused("months", "Give a number of months from 1 to 120, or leave it empty");
        }
        jdbc.sql("""
                insert into training_renewal (school_id, topic, months) values (?, ?, ?)
                on conflict (school_id, topic) do update set months = excluded.months""")
                .params(school.value(), topic.name(), months).update();
        audit.record("TRAINING_RENEWAL_SET", "training_renewal", school + "/" + topic, school.value(),
                Outcome.ALLOWED, topic.label() + ": " + (months == null ? "does not lapse" : "every " + months
                        + " months"));
    }
}
