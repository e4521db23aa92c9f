package org.tutela.register.risk;

import java.time.LocalDate;

/** Where a risk assessment stands on a day: not yet approved, approved, its review coming up, or overdue. */
public enum ReviewStatus {
    DRAFT("Draft"), APPROVED("Approved"), REVIEW_DUE("Review due"), OVERDUE("Overdue");

    /** How long before the review date an assessment shows as due for review. */
    public static final int REVIEW_DUE_DAYS = 30;

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reviewed on or before {@code nextReviewOn} is in time; the day after, it is overdue. */
    public static ReviewStatus of(LocalDate nextReviewOn, LocalDate today) {
        if (nextReviewOn == null) {
            return DRAFT;
        }
        if (today.isAfter(nextReviewOn)) {
            return OVERDUE;
        }
        return today.isBefore(nextReviewOn.minusDays(REVIEW_DUE_DAYS)) ? APPROVED : REVIEW_DUE;
    }
}
