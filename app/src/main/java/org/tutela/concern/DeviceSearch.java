package org.tutela.concern;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.PersonId;

/**
 * A search of a learner's device (EVD-10, DEV-08): who of the leadership team searched it, who consented (CONS-12),
 * what was found, and whether content was deleted.
 */
public record DeviceSearch(UUID id, String device, PersonId searchedBy, Consent consent, String found,
        boolean contentDeleted, PersonId recordedBy, Instant recordedAt) {

    /** Who gave consent to the search; "not needed" only where the school's policy does not ask for it. */
    public enum Consent {
        LEARNER("The learner"), PARENT("A parent or carer"), NOT_NEEDED("Not needed");

        private final String label;

        Consent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DeviceSearch {
        if (device == null || device.isBlank()) {
            throw new ConcernRefused("Say which device was searched (make, model, whose)");
        }
        if (found == null || found.isBlank()) {
            throw new ConcernRefused("Say what was found (\"nothing of concern\" is an answer)");
        }
        device = device.trim();
        found = found.trim();
    }

    String line(String searcher) {
        return "Device searched: " + device + ", by " + searcher + "; consent: " + consent.label().toLowerCase()
                + "; found: " + found + "; content deleted: " + (contentDeleted ? "yes" : "no");
    }
}
