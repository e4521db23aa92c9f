package org.tutela.filtering;

import java.time.Instant;
import java.util.Locale;

/**
 * A learner's school internet access suspended for a while, as a sanction decided in a case (PROC-BUL-07): every
 * request from their user name or device is refused until {@code until}, except the illegal lists, which still name
 * what they block, and the school's own Tutela pages, so that a child can still report a worry. It takes effect
 * without a second approver, like a temporary allow; the engine ends it by the clock, so it needs no new bundle to end.
 * It carries no name and no reason: those stay with the case.
 */
public record LearnerSuspension(String user, String device, Instant from, Instant until) {

    public LearnerSuspension {
        user = user == null || user.isBlank() ? null : user.trim().toLowerCase(Locale.ROOT);
        device = device == null || device.isBlank() ? null : device.trim();
        if (user == null && device == null) {
            throw new IllegalArgumentException("name the learner's user name or their device's address");
        }
        if (device != null && ClientNetworks.literal(device) == null) {
            throw new IllegalArgumentException("a device is named by its IP address: " + device);
        }
        if (from == null || until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException("a suspension ends after it starts");
        }
    }

    public boolean inForceAt(Instant when) {
        return !when.isBefore(from) && when.isBefore(until);
    }
}
