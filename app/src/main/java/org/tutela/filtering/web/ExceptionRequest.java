package org.tutela.filtering.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.tutela.filtering.IndividualException;
import org.tutela.filtering.LearnerException;
import org.tutela.filtering.PolicyChangeRefused;

/** What the "exception for a learner" page sends, as typed. */
record ExceptionRequest(String learner, String user, String device, String kind, String domain, String group,
        String rationale, String reviewBy, String reason, String riskNote) {

    static ExceptionRequest blank() {
        return new ExceptionRequest("", "", "", "ALLOW", "", "", "", "", "", "");
    }

    IndividualException toException() {
        LearnerException.Kind chosen;
        try {
            chosen = kind == null || kind.isBlank() ? null : LearnerException.Kind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            chosen = null;
        }
        LocalDate review;
        try {
            review = reviewBy == null || reviewBy.isBlank() ? null : LocalDate.parse(reviewBy.trim());
        } catch (DateTimeParseException notADate) {
            throw new PolicyChangeRefused("Give the review date as a date, for example 2027-07-20");
        }
        return new IndividualException(null, learner, user, device, chosen, domain, group, rationale, review);
    }
}
