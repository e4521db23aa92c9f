package org.tutela.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.tutela.school.PersonId;

/** A check made with another agency about the vulnerabilities of those involved (INC-17, PROC-SX-10). */
public record AgencyCheck(String agency, LocalDate checkedOn, String result, PersonId recordedBy, Instant recordedAt) {

    public AgencyCheck {
        if (agency == null || agency.isBlank()) {
            throw new ConcernRefused("Say which agency was checked with (e.g. children's social care, the police, the GP)");
        }
        if (checkedOn == null) {
            throw new ConcernRefused("Say when the agency was checked with (year-month-day)");
        }
        if (recordedAt != null && checkedOn.isAfter(LocalDate.ofInstant(recordedAt, ZoneOffset.UTC).plusDays(1))) {
            throw new ConcernRefused("The date of an agency check cannot be in the future");
        }
        if (result == null || result.isBlank()) {
            throw new ConcernRefused("Record what the agency check found, or that nothing is known to them");
        }
        agency = agency.trim();
        result = result.trim();
    }

    String line() {
        return "Agency check: " + agency + " on " + checkedOn + ": " + result;
    }
}
