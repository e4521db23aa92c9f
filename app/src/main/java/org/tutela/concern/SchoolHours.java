package org.tutela.concern;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The hours in which the acknowledgement timer runs (INC-05: "15 minutes in school hours"). A concern reported in the
 * evening is due to be acknowledged a quarter of an hour into the next school day; one marked as immediate risk is
 * timed by the clock, whatever the hour. {@code closed} are the days the school is shut although they fall on a school
 * day of the week: holidays, half-terms, training days (from the school's calendar).
 */
public record SchoolHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days, ZoneId zone, Set<LocalDate> closed) {

    public static final SchoolHours ENGLAND_DEFAULT = new SchoolHours(LocalTime.of(8, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ZoneId.of("Europe/London"));

    public SchoolHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days, ZoneId zone) {
        this(opens, closes, days, zone, Set.of());
    }

    public SchoolHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("school hours must open before they close");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("school hours need at least one day");
        }
        days = EnumSet.copyOf(days);
        closed = Set.copyOf(closed);
    }

    /** The same hours, with the school shut on these days too. */
    public SchoolHours closedOn(Set<LocalDate> more) {
        var all = new java.util.HashSet<>(closed);
        all.addAll(more);
        return new SchoolHours(opens, closes, days, zone, all);
    }

    /** Whether the school is open on that day at all. */
    public boolean schoolDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !closed.contains(day);
    }

    /** When {@code within} of school time has passed since {@code from}. */
    public Instant after(Instant from, Duration within) {
        var remaining = within;
        var at = from.atZone(zone);
        for (int guard = 0; guard < 400; guard++) {
            var day = at.toLocalDate();
            var open = day.atTime(opens).atZone(zone);
            var close = day.atTime(closes).atZone(zone);
            if (!schoolDay(day) || !at.isBefore(close)) {
                at = day.plusDays(1).atTime(opens).atZone(zone);
                continue;
            }
            if (at.isBefore(open)) {
                at = open;
            }
            var left = Duration.between(at, close);
            if (remaining.compareTo(left) <= 0) {
                return at.plus(remaining).toInstant();
            }
            remaining = remaining.minus(left);
            at = day.plusDays(1).atTime(opens).atZone(zone);
        }
        throw new IllegalStateException("no school time within 400 days: is the school closed all year?");
    }

    /**
     * When a sanction of {@code count} school days decided at {@code from} is over: the opening of the school day after
     * the last of them (PROC-BUL-07, "suspend internet access for 5 school days"). The day it is decided counts when
     * it is a school day and the school has not closed yet. School days are the days of the week in these hours, less
     * the days the school's calendar says it is shut.
     */
    public Instant afterSchoolDays(Instant from, int count) {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("give between 1 and 100 school days");
        }
        var at = from.atZone(zone);
        var day = at.toLocalDate();
        if (!schoolDay(day) || !at.toLocalTime().isBefore(closes)) {
            day = nextSchoolDay(day);
        }
        for (int counted = 1; counted < count; counted++) {
            day = nextSchoolDay(day);
        }
        return nextSchoolDay(day).atTime(opens).atZone(zone).toInstant();
    }

    private java.time.LocalDate nextSchoolDay(java.time.LocalDate day) {
        var next = day.plusDays(1);
        for (int guard = 0; !schoolDay(next); guard++) {
            if (guard > 400) {
                throw new IllegalStateException("no school day within 400 days: is the school closed all year?");
            }
            next = next.plusDays(1);
        }
        return next;
    }

    /** When an acknowledgement is due: school time, or the clock for someone at immediate risk. */
    public Instant acknowledgementDue(Instant reportedAt, Duration within, boolean immediateRisk) {
        return immediateRisk ? reportedAt.plus(within) : after(reportedAt, within);
    }
}
