package org.tutela.filtering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A policy's exceptions for individual learners, looked up by user name and by device address. */
final class LearnerExceptions {

    static final LearnerExceptions NONE = new LearnerExceptions(Map.of(), Map.of());

    private final Map<String, List<LearnerException>> byUser;
    private final Map<String, List<LearnerException>> byDevice;

    private LearnerExceptions(Map<String, List<LearnerException>> byUser, Map<String, List<LearnerException>> byDevice) {
        this.byUser = byUser;
        this.byDevice = byDevice;
    }

    /** Only the exceptions about sites; a different group is placed through {@link ClientNetworks}. */
    static LearnerExceptions of(List<LearnerException> exceptions) {
        var byUser = new HashMap<String, List<LearnerException>>();
        var byDevice = new HashMap<String, List<LearnerException>>();
        for (var exception : exceptions) {
            if (exception.kind() == LearnerException.Kind.GROUP) {
                continue;
            }
            if (exception.user() != null) {
                byUser.computeIfAbsent(exception.user(), user -> new ArrayList<>()).add(exception);
            }
            if (exception.device() != null) {
                byDevice.computeIfAbsent(device(exception.device()), device -> new ArrayList<>()).add(exception);
            }
        }
        return byUser.isEmpty() && byDevice.isEmpty() ? NONE : new LearnerExceptions(byUser, byDevice);
    }

    boolean isEmpty() {
        return byUser.isEmpty() && byDevice.isEmpty();
    }

    /**
     * The exception about this host for this client: of those that cover it, the most specific site; a deny before
     * an allow for the same site. Null when none applies.
     */
    LearnerException about(String address, String user, String host) {
        LearnerException found = null;
        if (user != null && !user.isEmpty() && !user.equals("-")) {
            found = better(found, byUser.get(user.toLowerCase(Locale.ROOT)), host);
        }
        if (address != null && !byDevice.isEmpty()) {
            var key = device(address);
            if (key != null) {
                found = better(found, byDevice.get(key), host);
            }
        }
        return found;
    }

    private static LearnerException better(LearnerException found, List<LearnerException> candidates, String host) {
        if (candidates == null) {
            return found;
        }
        for (var candidate : candidates) {
            if (!candidate.covers(host)) {
                continue;
            }
            if (found == null || candidate.domain().length() > found.domain().length()
                    || candidate.domain().equals(found.domain()) && candidate.kind() == LearnerException.Kind.DENY) {
                found = candidate;
            }
        }
        return found;
    }

    /** One spelling per address, so that "::1" and "0:0:0:0:0:0:0:1" are the same device. */
    private static String device(String address) {
        var bytes = ClientNetworks.literal(address);
        return bytes == null ? null : java.util.HexFormat.of().formatHex(bytes);
    }
}
