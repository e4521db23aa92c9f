package org.tutela.register.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.tutela.register.TechnicalControlRefused;
import org.tutela.register.TechnicalControls;

/** The technical-control form as typed, kept whole so that a refused form comes back as the person left it. */
record ControlForm(String kind, String provider, String howInPlace, String verifiedOn, String verifiedBy,
        String nextCheckDue, String version) {

    static ControlForm empty() {
        return new ControlForm("", "", "", "", "", "", "0");
    }

    static ControlForm of(TechnicalControls.TechnicalControl control) {
        return new ControlForm(control.kind().name(), control.provider(), control.howInPlace(),
                control.verifiedOn().toString(), control.verifiedBy(), control.nextCheckDue().toString(),
                Integer.toString(control.version()));
    }

    TechnicalControls.Details details() {
        return new TechnicalControls.Details(kind(kind), provider, howInPlace, date("verifiedOn", verifiedOn),
                verifiedBy, date("nextCheckDue", nextCheckDue));
    }

    int expectedVersion() {
        try {
            return Integer.parseInt(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            throw new TechnicalControlRefused(null, "Open the control again and make your change there");
        }
    }

    private static TechnicalControls.Kind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TechnicalControls.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TechnicalControlRefused("kind", "Choose the kind of control from the list");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new TechnicalControlRefused(field, "Give the date as a real date, for example 2026-09-01");
        }
    }
}
