package org.tutela.register.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;

/** Reads what a form sent as typed, turning text that is not a date or a number into the form's own refusal. */
final class FormValues {

    private FormValues() {
    }

    static LocalDate date(String text, String field, String example,
            BiFunction<String, String, ? extends RuntimeException> refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            throw refusal.apply(field, "Give a real date, for example " + example);
        }
    }

    static Integer number(String text, String field, String message,
            BiFunction<String, String, ? extends RuntimeException> refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            throw refusal.apply(field, message);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String message,
            BiFunction<String, String, ? extends RuntimeException> refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException notOne) {
            throw refusal.apply(field, message);
        }
    }

    static java.util.UUID uuid(String text, String field, String message,
            BiFunction<String, String, ? extends RuntimeException> refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text.trim());
        } catch (IllegalArgumentException notOne) {
            throw refusal.apply(field, message);
        }
    }
}
