package org.tutela.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date at the school. The application's clock is in UTC; schools in England keep UK time, so between midnight
 * and one in the morning in summer the date in UTC is still yesterday's.
 */
public final class SchoolDay {

    public static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

    private SchoolDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(SCHOOL_TIME));
    }
}
