package org.tutela.concern;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.PersonId;

/**
 * A place where a copy of the material is known to exist (EVD-08), so that seizure or deletion can be complete.
 * A copy is kept only at the police's written request, by one named custodian, outside Tutela (EVD-06).
 */
public record KnownCopy(UUID id, String location, Status status, String policeReference, Boolean writtenRequest,
        String custodian, String storedAt, PersonId recordedBy, Instant recordedAt) {

    public enum Status {
        PRESENT("Present"), SEIZED("Seized by the police"), DELETED("Deleted"),
        RETAINED_AT_POLICE_REQUEST("Kept at the police's written request");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Refuses a change that is not lawful or not complete: keeping a copy needs the police's written request. */
    public static void checkChange(Status to, String policeReference, boolean writtenRequest, String custodian,
            String storedAt, boolean deletionRecorded) {
        if (to == Status.RETAINED_AT_POLICE_REQUEST && (blank(policeReference) || !writtenRequest || blank(custodian)
                || blank(storedAt))) {
            throw new ConcernRefused("A copy is kept only at the police's written request: record their reference, that"
                    + " the request is in writing, the one person who holds it and where it is stored (outside Tutela)");
        }
        if (to == Status.DELETED && !deletionRecorded) {
            throw new ConcernRefused("Record the deletion first with \"Delete copies\": it needs the DSL's confirmation"
                    + " or the police's advice");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
