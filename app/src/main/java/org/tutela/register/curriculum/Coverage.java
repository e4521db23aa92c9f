package org.tutela.register.curriculum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tutela.school.YearGroup;

/**
 * Which year groups have been taught each topic in a school year, and which have not (TRN-09): the report that shows
 * PROC-IIOC-09's "made aware at a level suited to their age" is being done.
 */
public record Coverage(SchoolYear year, List<YearGroup> yearGroups, List<TopicRow> topics) {

    /** A lesson as coverage needs it. */
    public record Taught(YearGroup yearGroup, LocalDate on, Set<CurriculumTopic> topics) {
    }

    /** One topic: for each year group the last day it was taught this year, or null when it has not been. */
    public record TopicRow(CurriculumTopic topic, Map<YearGroup, LocalDate> lastTaught) {

        public LocalDate lastTaught(YearGroup year) {
            return lastTaught.get(year);
        }

        public List<YearGroup> taught() {
            return lastTaught.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
        }

        public List<YearGroup> notTaught() {
            return lastTaught.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        }
    }

    /**
     * Coverage of every topic for the school's year groups (those it has learners in, and any a lesson was taught
     * to) from the lessons taught in the school year; lessons of other years do not count.
     */
    public static Coverage of(SchoolYear year, Collection<YearGroup> schoolYearGroups, Collection<Taught> lessons) {
        var years = new TreeSet<YearGroup>(schoolYearGroups);
        var inYear = lessons.stream().filter(lesson -> year.contains(lesson.on())).toList();
        inYear.forEach(lesson -> years.add(lesson.yearGroup()));
        var rows = new ArrayList<TopicRow>();
        for (var topic : CurriculumTopic.values()) {
            var last = new EnumMap<YearGroup, LocalDate>(YearGroup.class);
            years.forEach(group -> last.put(group, null));
            for (var lesson : inYear) {
                if (lesson.topics().contains(topic)) {
                    last.merge(lesson.yearGroup(), lesson.on(), (a, b) -> a == null || b.isAfter(a) ? b : a);
                }
            }
            rows.add(new TopicRow(topic, last));
        }
        return new Coverage(year, List.copyOf(years), List.copyOf(rows));
    }

    public TopicRow row(CurriculumTopic topic) {
        return topics.stream().filter(row -> row.topic() == topic).findFirst().orElseThrow();
    }
}
