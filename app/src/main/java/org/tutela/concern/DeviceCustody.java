package org.tutela.concern;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tutela.school.PersonId;

/**
 * EVD-01: a device secured as evidence. Tutela holds where it is and who has it, never its content. Every hand-over
 * is a transfer with both parties and the time.
 */
public record DeviceCustody(UUID id, String device, String owner, PersonId securedBy, Instant securedAt, String location,
        Status status, List<Transfer> transfers) {

    public enum Status {
        SECURED("Secured in school"), WITH_POLICE("With the police"), QUARANTINED("Quarantined – police hold"),
        RETURNED("Returned");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Transfer(Instant at, Status to, PersonId handedBy, String receivedBy, String reference, String note) {
    }

    public DeviceCustody {
        if (device == null || device.isBlank() || location == null || location.isBlank() || owner == null
                || owner.isBlank()) {
            throw new ConcernRefused("Record which device, whose it is and where it is secured");
        }
        transfers = List.copyOf(transfers);
    }

    /** Refuses a hand-over the device's state or the law does not allow (EVD-01, E-45, PROC-IIOC-05). */
    public static void checkTransfer(Status from, Status to, String receivedBy, String reference, boolean evidenceOfCrime) {
        if (receivedBy == null || receivedBy.isBlank()) {
            throw new ConcernRefused("Say who received the device");
        }
        if (to == Status.WITH_POLICE && (reference == null || reference.isBlank())) {
            throw new ConcernRefused("A hand-over to the police needs the officer's name or number and a reference");
        }
        if (from == Status.WITH_POLICE && to != Status.RETURNED) {
            throw new ConcernRefused("The police have this device: it can only be recorded as returned by them");
        }
        if (to == Status.RETURNED && evidenceOfCrime && from != Status.WITH_POLICE) {
            throw new ConcernRefused("This device may hold evidence of a crime: it goes to the police, not back to the family");
        }
        if (from == Status.QUARANTINED && to == Status.RETURNED) {
            throw new ConcernRefused("A quarantined device stays held until the police advise; it cannot be reissued");
        }
    }
}
