package org.tutela.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class SchoolHoursTest {

    static final SchoolHours HOURS = SchoolHours.ENGLAND_DEFAULT;
    static final Duration QUARTER = Duration.ofMinutes(15);

    static Instant london(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "[Europe/London]").toInstant();
    }

    @Test
    void aConcernReportedDuringTheSchoolDayIsDueAQuarterOfAnHourLater() {
        assertThat(HOURS.after(london("2026-11-25T10:00:00Z"), QUARTER)).isEqualTo(london("2026-11-25T10:15:00Z"));
    }

    @Test
    void aConcernReportedOnAFridayEveningIsDueOnMondayMorning() {
        assertThat(HOURS.after(london("2026-11-27T20:30:00Z"), QUARTER)).isEqualTo(london("2026-11-30T08:15:00Z"));
    }

    @Test
    void theTimeLeftAtTheEndOfADayCarriesIntoTheNext() {
        assertThat(HOURS.after(london("2026-11-25T17:55:00Z"), QUARTER)).isEqualTo(london("2026-11-26T08:10:00Z"));
    }

    @Test
    void aConcernReportedOnTheFridayBeforeHalfTermIsDueAQuarterOfAnHourIntoTheFirstDayBack() {
        var halfTerm = HOURS.closedOn(java.util.Set.copyOf(java.time.LocalDate.parse("2026-10-26")
                .datesUntil(java.time.LocalDate.parse("2026-10-31")).toList()));

        assertThat(halfTerm.after(london("2026-10-23T16:55:00Z"), QUARTER)).isEqualTo(london("2026-11-02T08:10:00Z"));
        assertThat(halfTerm.acknowledgementDue(london("2026-10-27T11:00:00Z"), QUARTER, true))
                .as("immediate risk is timed by the clock, holiday or not").isEqualTo(london("2026-10-27T11:15:00Z"));
    }

    @Test
    void fiveSchoolDaysDoNotCountATrainingDay() {
        var inset = HOURS.closedOn(java.util.Set.of(java.time.LocalDate.parse("2026-11-27")));

        // Decided on Wednesday morning: Wed, Thu, (Fri shut), Mon, Tue, Wed; back on Thursday.
        assertThat(inset.afterSchoolDays(london("2026-11-25T10:00:00Z"), 5)).isEqualTo(london("2026-12-03T08:00:00Z"));
        assertThat(HOURS.afterSchoolDays(london("2026-11-25T10:00:00Z"), 5)).isEqualTo(london("2026-12-02T08:00:00Z"));
    }

    @Test
    void someoneAtImmediateRiskIsTimedByTheClockWhateverTheHour() {
        assertThat(HOURS.acknowledgementDue(london("2026-11-27T20:30:00Z"), QUARTER, true))
                .isEqualTo(london("2026-11-27T20:45:00Z"));
    }

    @Test
    void theClocksGoingBackDoNotMoveTheMorning() {
        // 25 October 2026 is a Sunday when British Summer Time ends; Monday opens at 08:00 GMT.
        assertThat(HOURS.after(london("2026-10-23T19:00:00+01:00"), QUARTER)).isEqualTo(london("2026-10-26T08:15:00Z"));
    }

    @Test
    void fiveSchoolDaysDecidedOnAWednesdayMorningEndAsSchoolOpensTheNextWednesday() {
        assertThat(HOURS.afterSchoolDays(london("2026-11-25T10:00:00Z"), 5)).isEqualTo(london("2026-12-02T08:00:00Z"));
    }

    @Test
    void aDayDecidedAfterTheSchoolClosesDoesNotCountSoTheSuspensionStartsCountingTomorrow() {
        assertThat(HOURS.afterSchoolDays(london("2026-11-25T18:30:00Z"), 1)).isEqualTo(london("2026-11-27T08:00:00Z"));
    }

    @Test
    void schoolDaysSkipTheWeekend() {
        assertThat(HOURS.afterSchoolDays(london("2026-11-28T11:00:00Z"), 5)).as("decided on a Saturday")
                .isEqualTo(london("2026-12-07T08:00:00Z"));
        assertThat(HOURS.afterSchoolDays(london("2026-11-27T09:00:00Z"), 1)).as("one Friday")
                .isEqualTo(london("2026-11-30T08:00:00Z"));
    }
}
