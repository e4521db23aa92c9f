package org.tutela.filtering;

import java.time.Instant;
import java.time.LocalDate;

import org.tutela.school.PersonId;

/** "Safe searching taught on {@code taughtOn} by {@code taughtBy}" to the class in a filtering group (FILT-06). */
public record SafeSearchingLesson(String group, String className, LocalDate taughtOn, String taughtBy,
        PersonId recordedBy, Instant recordedAt) {
}
