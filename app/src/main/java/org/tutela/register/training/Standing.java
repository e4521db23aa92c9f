package org.tutela.register.training;

import java.time.LocalDate;

/** Where one person stands on one topic on a day: the status, when they last completed it and when it falls due. */
public record Standing(Status status, LocalDate completedOn, LocalDate dueOn) {

    /** How long before the due date a training shows as due soon (TRN-02's alert before). */
    public static final int DUE_SOON_DAYS = 30;

    public enum Status {
        COMPLIANT("Compliant"), DUE_SOON("Due soon"), OVERDUE("Overdue"), MISSING("Missing"),
        NOT_REQUIRED("Not required");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Overdue or missing: the person is not compliant. */
        public boolean gap() {
            return this == OVERDUE || this == MISSING;
        }
    }

    /**
     * Training completed on a day falls due the same day {@code renewalMonths} later (TRN-02: done 2023-09-04, due
     * 2024-09-04) and is overdue from the day after. A topic that does not lapse has no due date. Training not
     * required still shows its date when it was done.
     */
    public static Standing of(boolean required, LocalDate lastCompleted, Integer renewalMonths, LocalDate today) {
        var due = lastCompleted == null || renewalMonths == null ? null : lastCompleted.plusMonths(renewalMonths);
        if (!required) {
            return new Standing(Status.NOT_REQUIRED, lastCompleted, due);
        }
        if (lastCompleted == null) {
            return new Standing(Status.MISSING, null, null);
        }
        if (due == null) {
            return new Standing(Status.COMPLIANT, lastCompleted, null);
        }
        if (today.isAfter(due)) {
            return new Standing(Status.OVERDUE, lastCompleted, due);
        }
        if (!today.isBefore(due.minusDays(DUE_SOON_DAYS))) {
            return new Standing(Status.DUE_SOON, lastCompleted, due);
        }
        return new Standing(Status.COMPLIANT, lastCompleted, due);
    }
}
