package org.tutela.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A page of the school's website that must carry the CEOP report button, the safeguarding information, or both
 * (WEB-04, PROC-CSA-10), with what the last health check found, if it has run.
 */
public record WebsitePage(UUID id, String url, boolean carriesCeop, boolean carriesSafeguarding, Instant addedAt,
        LastCheck lastCheck) {

    public enum Outcome {
        PASSED("Passed"), NO_CEOP_LINK("No link to CEOP"), HTTP_ERROR("Answered with an error"),
        UNREACHABLE("Could not be reached");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What one fetch of the page found. {@code status} is null when no answer came. */
    public record LastCheck(Instant at, Integer status, Outcome outcome, String detail) {

        public boolean passed() {
            return outcome == Outcome.PASSED;
        }
    }

    public String carries() {
        return carriesCeop && carriesSafeguarding ? "The CEOP report button and the safeguarding information"
                : carriesCeop ? "The CEOP report button" : "The safeguarding information";
    }
}
