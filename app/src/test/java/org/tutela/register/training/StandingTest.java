package org.tutela.register.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.register.training.Standing.Status;

class StandingTest {

    static final LocalDate COMPLETED = LocalDate.of(2023, 9, 4);

    @Nested
    class AnnualSafeguarding {

        @Test
        void trainingCompletedOnTheFourthOfSeptemberFallsDueAYearLater() {
            var standing = Standing.of(true, COMPLETED, 12, LocalDate.of(2024, 1, 10));

            assertThat(standing.status()).isEqualTo(Status.COMPLIANT);
            assertThat(standing.dueOn()).isEqualTo(LocalDate.of(2024, 9, 4));
        }

        @Test
        void itIsDueSoonThirtyDaysBeforeItFallsDueAndNotADayEarlier() {
            assertThat(Standing.of(true, COMPLETED, 12, LocalDate.of(2024, 8, 4)).status()).isEqualTo(Status.COMPLIANT);
            assertThat(Standing.of(true, COMPLETED, 12, LocalDate.of(2024, 8, 5)).status()).isEqualTo(Status.DUE_SOON);
        }

        @Test
        void onTheDueDateItIsStillDueAndTheDayAfterItIsOverdue() {
            assertThat(Standing.of(true, COMPLETED, 12, LocalDate.of(2024, 9, 4)).status()).isEqualTo(Status.DUE_SOON);
            assertThat(Standing.of(true, COMPLETED, 12, LocalDate.of(2024, 9, 5)).status()).isEqualTo(Status.OVERDUE);
        }
    }

    @Test
    void someoneWithNoRecordOfRequiredTrainingIsMissingIt() {
        var standing = Standing.of(true, null, 36, LocalDate.of(2026, 11, 25));

        assertThat(standing.status()).isEqualTo(Status.MISSING);
        assertThat(standing.status().gap()).isTrue();
    }

    @Test
    void trainingThatDoesNotLapseStaysCompliantAndHasNoDueDate() {
        var standing = Standing.of(true, LocalDate.of(2015, 7, 1), null, LocalDate.of(2026, 11, 25));

        assertThat(standing.status()).isEqualTo(Status.COMPLIANT);
        assertThat(standing.dueOn()).isNull();
    }

    @Test
    void preventDoneThreeYearsAndADayAgoIsOverdueWithTheDefaultInterval() {
        var months = TrainingTopic.PREVENT.defaultRenewalMonths();

        assertThat(Standing.of(true, LocalDate.of(2023, 11, 24), months, LocalDate.of(2026, 11, 25)).status())
                .isEqualTo(Status.OVERDUE);
        assertThat(Standing.of(true, LocalDate.of(2023, 11, 25), months, LocalDate.of(2026, 11, 25)).status())
                .isEqualTo(Status.DUE_SOON);
    }

    @Test
    void trainingNotRequiredOfSomeoneIsNeverAGapButKeepsItsDates() {
        var standing = Standing.of(false, COMPLETED, 12, LocalDate.of(2026, 1, 1));

        assertThat(standing.status()).isEqualTo(Status.NOT_REQUIRED);
        assertThat(standing.status().gap()).isFalse();
        assertThat(standing.completedOn()).isEqualTo(COMPLETED);
    }

    @Test
    void filteringAndMonitoringTrainingIsRequiredOnlyOfTechnicalStaff() {
        assertThat(TrainingTopic.FILTERING_AND_MONITORING.requiredOf(java.util.Set.of(org.tutela.school.Role.TECHNICAL_STAFF)))
                .isTrue();
        assertThat(TrainingTopic.FILTERING_AND_MONITORING.requiredOf(java.util.Set.of(org.tutela.school.Role.CLASS_STAFF)))
                .isFalse();
        assertThat(TrainingTopic.PREVENT.requiredOf(java.util.Set.of())).isTrue();
    }
}
