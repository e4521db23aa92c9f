package org.tutela.register.curriculum;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.register.SchoolDay;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonKind;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.YearGroup;

/** Online-safety lessons taught to year groups and classes, tagged by topic (TRN-09), and their coverage. */
@Repository
public class CurriculumLessons {

    public record Lesson(UUID id, YearGroup yearGroup, String className, LocalDate taughtOn, String title,
            String taughtBy, String externalContributor, Set<CurriculumTopic> topics) {
    }

    /** What a teacher records about a lesson, as given. */
    public record NewLesson(YearGroup yearGroup, String className, LocalDate taughtOn, String title, String taughtBy,
            String externalContributor, Collection<CurriculumTopic> topics) {
    }

    /** A lesson that cannot be recorded as given; {@code field} names the form field to fix. */
    public static class LessonRefused extends RuntimeException {

        private final String field;

        public LessonRefused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    CurriculumLessons(JdbcClient jdbc, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID record(SchoolId school, NewLesson lesson, PersonId by) {
        if (lesson.yearGroup() == null) {
            throw new LessonRefused("yearGroup", "Choose the year group that was taught");
        }
        if (lesson.taughtOn() == null) {
            throw new LessonRefused("taughtOn", "Give the date the lesson was taught");
        }
        if (lesson.taughtOn().isAfter(SchoolDay.today(clock))) {
            throw new LessonRefused("taughtOn", "The date the lesson was taught must be today or earlier");
        }
        if (lesson.title() == null || lesson.title().isBlank()) {
            throw new LessonRefused("title", "Give the lesson a title, for example \"Sharing pictures safely\"");
        }
        if (lesson.taughtBy() == null || lesson.taughtBy().isBlank()) {
            throw new LessonRefused("taughtBy", "Say who taught it");
        }
        if (lesson.topics() == null || lesson.topics().isEmpty()) {
            throw new LessonRefused("topics", "Choose at least one online-safety topic the lesson covered");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into curriculum_lesson (id, school_id, year_group, class_name, taught_on, title, taught_by,
                                               external_contributor, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, school.value(), lesson.yearGroup().name(), blankToNull(lesson.className()),
                        lesson.taughtOn(), lesson.title().trim(), lesson.taughtBy().trim(),
                        blankToNull(lesson.externalContributor()), by.value(), Timestamp.from(clock.instant()))
                .update();
        for (var topic : EnumSet.copyOf(lesson.topics())) {
            jdbc.sql("insert into curriculum_lesson_topic (lesson_id, topic) values (?, ?)").params(id, topic.name())
                    .update();
        }
        audit.record("LESSON_RECORDED", "curriculum_lesson", id, school.value(), Outcome.ALLOWED,
                lesson.yearGroup().label() + ", " + lesson.title().trim() + " on " + lesson.taughtOn() + " by "
                        + lesson.taughtBy().trim());
        return id;
    }

    /** The lessons of a school year, newest first. */
    public List<Lesson> taughtIn(SchoolId school, SchoolYear year) {
        var topics = new HashMap<UUID, Set<CurriculumTopic>>();
        jdbc.sql("""
                select t.lesson_id, t.topic from curriculum_lesson_topic t join curriculum_lesson l on l.id = t.lesson_id
                where l.school_id = ? and l.taught_on between ? and ?""")
                .params(school.value(), year.firstDay(), year.lastDay())
                .query(rs -> {
                    topics.computeIfAbsent(rs.getObject(1, UUID.class), l -> EnumSet.noneOf(CurriculumTopic.class))
                            .add(CurriculumTopic.valueOf(rs.getString(2)));
                });
        return jdbc.sql("""
                select id, year_group, class_name, taught_on, title, taught_by, external_contributor
                from curriculum_lesson where school_id = ? and taught_on between ? and ?
                order by taught_on desc, recorded_at desc""")
                .params(school.value(), year.firstDay(), year.lastDay())
                .query((rs, n) -> {
                    var id = rs.getObject(1, UUID.class);
                    return new Lesson(id, YearGroup.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                            topics.getOrDefault(id, Set.of()));
                })
                .list();
    }

    /** Coverage by year group of every topic in the school year containing today. */
    public Coverage coverage(SchoolId school) {
        var year = SchoolYear.containing(SchoolDay.today(clock));
        var yearGroups = people.ofSchool(school, PersonKind.LEARNER).stream().filter(Person::active)
                .map(Person::yearGroup).filter(java.util.Objects::nonNull).distinct().toList();
        var lessons = taughtIn(school, year).stream()
                .map(lesson -> new Coverage.Taught(lesson.yearGroup(), lesson.taughtOn(), lesson.topics())).toList();
        return Coverage.of(year, yearGroups, lessons);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
