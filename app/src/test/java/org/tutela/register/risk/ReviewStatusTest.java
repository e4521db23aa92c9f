package org.tutela.register.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReviewStatusTest {

    static final LocalDate NEXT_REVIEW = LocalDate.of(2026, 9, 1);

    @Test
    void anAssessmentNeverApprovedIsADraft() {
        assertThat(ReviewStatus.of(null, NEXT_REVIEW)).isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void anAssessmentIsApprovedUntilThirtyDaysBeforeItsReview() {
        assertThat(ReviewStatus.of(NEXT_REVIEW, LocalDate.of(2026, 8, 1))).isEqualTo(ReviewStatus.APPROVED);
        assertThat(ReviewStatus.of(NEXT_REVIEW, LocalDate.of(2026, 8, 2))).isEqualTo(ReviewStatus.REVIEW_DUE);
    }

    @Test
    void itIsOverdueFromTheDayAfterItsReviewDate() {
        assertThat(ReviewStatus.of(NEXT_REVIEW, NEXT_REVIEW)).isEqualTo(ReviewStatus.REVIEW_DUE);
        assertThat(ReviewStatus.of(NEXT_REVIEW, NEXT_REVIEW.plusDays(1))).isEqualTo(ReviewStatus.OVERDUE);
    }
}
