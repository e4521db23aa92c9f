package org.tutela.filtering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A policy's suspensions of learners' internet access, looked up by user name and by device address, and the hosts
 * a suspension never refuses: the school's Tutela block page and reporting page.
 */
final class LearnerSuspensions {

    static final LearnerSuspensions NONE = new LearnerSuspensions(Map.of(), Map.of(), List.of());

    private final Map<String, List<LearnerSuspension>> byUser;
    private final Map<String, List<LearnerSuspension>> byDevice;
    private final List<String> reachable;

    private LearnerSuspensions(Map<String, List<LearnerSuspension>> byUser,
            Map<String, List<LearnerSuspension>> byDevice, List<String> reachable) {
        this.byUser = byUser;
        this.byDevice = byDevice;
        this.reachable = reachable;
    }

    /** A block page host that is not a host name is refused: a child must never be cut off from reporting. */
    static LearnerSuspensions of(List<LearnerSuspension> suspensions, List<String> blockPageHosts) {
        if (suspensions.isEmpty()) {
            return NONE;
        }
        var byUser = new HashMap<String, List<LearnerSuspension>>();
        var byDevice = new HashMap<String, List<LearnerSuspension>>();
        for (var suspension : suspensions) {
            if (suspension.user() != null) {
                byUser.computeIfAbsent(suspension.user(), user -> new ArrayList<>()).add(suspension);
            }
            if (suspension.device() != null) {
                byDevice.computeIfAbsent(device(suspension.device()), device -> new ArrayList<>()).add(suspension);
            }
        }
        var reachable = new ArrayList<String>();
        for (var host : blockPageHosts) {
            reachable.add(DomainName.normalise(host)
                    .orElseThrow(() -> new PolicyRefused("the block page host is not a host name: " + host)));
        }
        return new LearnerSuspensions(byUser, byDevice, List.copyOf(reachable));
    }

    boolean isEmpty() {
        return byUser.isEmpty() && byDevice.isEmpty();
    }

    /**
     * When this client's access comes back, if a suspension of theirs is in force now and the host is not one of the
     * school's Tutela pages; null otherwise. Of several in force, the latest end.
     */
    Instant suspendedUntil(String address, String user, String host, Instant now) {
        Instant until = null;
        if (user != null && !user.isEmpty() && !user.equals("-")) {
            until = later(until, byUser.get(user.toLowerCase(Locale.ROOT)), now);
        }
        if (address != null && !byDevice.isEmpty()) {
            var key = device(address);
            if (key != null) {
                until = later(until, byDevice.get(key), now);
            }
        }
        return until == null || reachable(host) ? null : until;
    }

    private boolean reachable(String host) {
        var name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (var page : reachable) {
            if (name.equals(page) || name.endsWith("." + page)) {
                return true;
            }
        }
        return false;
    }

    private static Instant later(Instant found, List<LearnerSuspension> candidates, Instant now) {
        if (candidates == null) {
            return found;
        }
        for (var candidate : candidates) {
            if (candidate.inForceAt(now) && (found == null || candidate.until().isAfter(found))) {
                found = candidate.until();
            }
        }
        return found;
    }

    private static String device(String address) {
        var bytes = ClientNetworks.literal(address);
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
