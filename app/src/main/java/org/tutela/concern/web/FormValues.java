package org.tutela.concern.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.tutela.concern.ConcernRefused;

/** Reading the concern pages' form fields, each refused with a message the person can act on. */
final class FormValues {

    private FormValues() {
    }

    /** One choice from a list; empty gives null. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConcernRefused("Choose from the list");
        }
    }

    /** One choice from a list, which must be made. */
    static <E extends Enum<E>> E required(Class<E> type, String value) {
        var choice = choice(type, value);
        if (choice == null) {
            throw new ConcernRefused("Choose from the list");
        }
        return choice;
    }

    static <E extends Enum<E>> EnumSet<E> choices(Class<E> type, List<String> values) {
        var set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> set.add(choice(type, v)));
        }
        return set;
    }

    static UUID id(String text, String problem) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ConcernRefused(problem);
        }
    }

    /** A date as year-month-day; empty gives null. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ConcernRefused("Give dates as year-month-day, e.g. 2026-11-25");
        }
    }

    /** A moment as year-month-day hours:minutes in school time; empty gives {@code now}. */
    static Instant moment(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return now;
        }
        try {
            return LocalDateTime.parse(text.trim().replace(' ', 'T')).atZone(ConcernForm.SCHOOL_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConcernRefused("Give the time as year-month-day hours:minutes, e.g. 2026-11-25 10:30");
        }
    }

    /** Trimmed text; empty gives null. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
