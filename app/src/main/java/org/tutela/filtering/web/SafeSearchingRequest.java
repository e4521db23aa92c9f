package org.tutela.filtering.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.tutela.filtering.PolicyChangeRefused;

/** What the "safe searching taught" page sends, as typed. */
record SafeSearchingRequest(String group, String className, String taughtOn, String taughtBy) {

    static SafeSearchingRequest blank(String teacher) {
        return new SafeSearchingRequest("", "", "", teacher);
    }

    LocalDate date() {
        try {
            return taughtOn == null || taughtOn.isBlank() ? null : LocalDate.parse(taughtOn.trim());
        } catch (DateTimeParseException notADate) {
            throw new PolicyChangeRefused("Give the date it was taught, for example 2026-11-20");
        }
    }
}
