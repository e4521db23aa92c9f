package org.tutela.register;

/**
 * A school's training gaps on one day, as counts. {@code overdue}, {@code missing} and {@code dueSoon} count
 * person-topic pairs; {@code staffNotCompliant}, {@code withoutPrevent} and {@code withGuidanceUnread} count people.
 */
public record TrainingGaps(int staff, int overdue, int missing, int dueSoon, int staffNotCompliant,
        int withoutPrevent, int withGuidanceUnread) {
}
