package org.tutela.concern.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.tutela.concern.ClosureByKind;
import org.tutela.concern.ConcernRefused;

/** The close form's fields by the kind of case, as sent; the concern decides which it needs. */
record ClosingByKind(String ceopSelfReport, String channelFormOn, String channelReference, String channelConsent,
        String breach, String staffOutcome, String staffOutcomeDetail, String welfareOffered, String welfareDetail,
        String policyApplied, String civilOrLegalAction) {

    ClosureByKind toClosure() {
        return new ClosureByKind(choice(ClosureByKind.CeopSelfReport.class, ceopSelfReport), date(channelFormOn),
                channelReference, "yes".equals(channelConsent), choice(ClosureByKind.Breach.class, breach),
                choice(ClosureByKind.StaffOutcome.class, staffOutcome), staffOutcomeDetail,
                welfareOffered == null || welfareOffered.isBlank() ? null : "yes".equals(welfareOffered), welfareDetail,
                policyApplied, civilOrLegalAction);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConcernRefused("Choose from the list");
        }
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ConcernRefused("Give dates as year-month-day, e.g. 2026-11-25");
        }
    }
}
