package org.tutela.register.curriculum;

import java.time.LocalDate;
import java.time.Month;

/** A school year in England: 1 September to 31 August, named by the calendar year it starts in. */
public record SchoolYear(int startsIn) {

    public static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startsIn, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startsIn + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** "2026 to 2027", as GOV.UK writes school years. */
    public String label() {
        return startsIn + " to " + (startsIn + 1);
    }
}
