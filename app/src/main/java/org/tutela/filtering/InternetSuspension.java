package org.tutela.filtering;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.PersonId;

/**
 * A learner's school internet access suspended as a sanction decided in a case (PROC-BUL-07): who, how the filter
 * knows them, from when until when, who decided, and whether it was lifted early. The reason is the case's, and stays
 * there.
 *
 * @param learner the learner as staff know them ("Ben Jones, 6 Ash")
 * @param caseId  the case it was decided in, which this module never reads
 */
public record InternetSuspension(UUID id, String learner, PersonId learnerId, String user, String device,
        Instant from, Instant until, PersonId decidedBy, UUID caseId, Instant liftedAt, PersonId liftedBy,
        boolean restricted) {

    /**
     * The learner as the filtering pages name them: from a child-protection or staff case, not at all (ACC-05), since
     * those pages are read by technical staff and leadership; the user name or device identifies the suspension.
     */
    public String shownAs() {
        return restricted ? "A learner (the case is restricted)" : learner;
    }

    /** Whether it refuses the learner's requests now: started, not ended, not lifted. */
    public boolean inForceAt(Instant now) {
        return liftedAt == null && !now.isBefore(from) && now.isBefore(until);
    }

    public boolean lifted() {
        return liftedAt != null;
    }

    /** Who it applies to, as the filter knows them. */
    public String identifiedBy() {
        if (user != null && device != null) {
            return "user " + user + " or device " + device;
        }
        return user != null ? "user " + user : "device " + device;
    }

    PolicyBundle.Suspension rule() {
        return new PolicyBundle.Suspension(user, device, from, until);
    }
}
