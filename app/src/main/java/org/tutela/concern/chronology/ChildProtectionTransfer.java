package org.tutela.concern.chronology;

import java.time.Instant;
import java.util.UUID;

import org.tutela.concern.ConcernRefused;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * A learner's child-protection file sent to their next school: to which school and DSL, how, why, by whom and when;
 * and, once the receiving school confirms it, who confirmed receipt and when.
 */
public record ChildProtectionTransfer(UUID id, SchoolId school, PersonId learner, String receivingSchool, String receivingDsl,
        Method method, String purpose, Instant sentAt, PersonId sentBy, String sentByName, Receipt receipt) {

    public enum Method {
        SECURE_TRANSFER("Secure electronic transfer"), BY_HAND("By hand, with a signature");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Receipt(Instant at, String confirmedBy, PersonId recordedBy) {
    }

    public ChildProtectionTransfer {
        if (blank(receivingSchool) || blank(receivingDsl)) {
            throw new ConcernRefused("Say which school the file goes to and the name of its DSL");
        }
        if (method == null) {
            throw new ConcernRefused("Say how the file was sent: by secure transfer or by hand");
        }
        if (blank(purpose)) {
            throw new ConcernRefused("Say why the file was sent, e.g. transfer to the new school's DSL");
        }
        receivingSchool = receivingSchool.trim();
        receivingDsl = receivingDsl.trim();
        purpose = purpose.trim();
    }

    static ChildProtectionTransfer sent(SchoolId school, PersonId learner, String receivingSchool, String receivingDsl,
            Method method, String purpose, Instant at, PersonId by, String byName) {
        return new ChildProtectionTransfer(UUID.randomUUID(), school, learner, receivingSchool, receivingDsl, method,
                purpose, at, by, byName, null);
    }

    /** The receiving school confirmed it has the file; refused twice, or at a time before it was sent. */
    ChildProtectionTransfer received(String confirmedBy, Instant at, PersonId recordedBy, Instant now) {
        if (receipt != null) {
            throw new ConcernRefused("Receipt of this file was already confirmed by " + receipt.confirmedBy());
        }
        if (blank(confirmedBy)) {
            throw new ConcernRefused("Say who at " + receivingSchool + " confirmed they received the file");
        }
        if (at.isBefore(sentAt)) {
            throw new ConcernRefused("The file cannot have been received before it was sent");
        }
        if (at.isAfter(now)) {
            throw new ConcernRefused("Receipt cannot be confirmed for a time still to come");
        }
        return new ChildProtectionTransfer(id, school, learner, receivingSchool, receivingDsl, method, purpose, sentAt,
                sentBy, sentByName, new Receipt(at, confirmedBy.trim(), recordedBy));
    }

    public boolean received() {
        return receipt != null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
