package org.tutela.filtering;

import java.net.InetAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * The policy in force, for every enforcement point to ask. A new version replaces the old one atomically: a decision
 * is made wholly under one version, never half under each.
 */
public final class FilterEngine {

    private final Clock clock;
    private volatile FilterPolicy policy;

    public FilterEngine(FilterPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "start with a policy");
        this.clock = clock;
    }

    public Decision decide(GroupId group, String host) {
        return policy.decide(group, host, clock.instant());
    }

    /** For a lower-case host held in a buffer, as a DNS query holds it; allocates nothing on the common path. */
    public Decision decide(GroupId group, byte[] host, int from, int to) {
        return policy.decide(group, host, from, to, clock.instant());
    }

    /** The group a client is in under the version in force, by user name or address; empty for the fallback. */
    public java.util.Optional<GroupId> groupOf(String address, String user) {
        return policy.clients().groupOf(address, user);
    }

    public java.util.Optional<GroupId> groupOf(byte[] address) {
        return policy.clients().groupOf(address);
    }

    /**
     * For a URL as a Squid helper sees it: a full URL, or {@code host:port} / {@code CONNECT host:port} for https,
     * decided on the host. See {@link FilterPolicy#decideUrl}; never throws.
     */
    public Decision decideUrl(GroupId group, String url) {
        return policy.decideUrl(group, url, clock.instant());
    }

    /** For a host as asked by one client, with the exceptions for that learner (FILT-17). */
    public Decision decideFor(String address, String user, String host) {
        return policy.decideFor(address, user, host, clock.instant());
    }

    /** For a URL as asked by one client, with the exceptions for that learner (FILT-17). */
    public Decision decideUrlFor(String address, String user, String url) {
        return policy.decideUrlFor(address, user, url, clock.instant());
    }

    /**
     * For a lower-case host in a buffer asked by one device, as the DNS resolver asks: the device's group among
     * {@code networksOf} the version in force (the fallback group for a device not in any, or a null device), that
     * group's decision, then that learner's suspension or exception by device address (see
     * {@link FilterPolicy#forDevice}), all under the same version even if another is activated meanwhile. The address
     * is written out only when the version has any suspension or exception to look it up in.
     */
    public Decision decideForDevice(Function<FilterPolicy, ClientNetworks> networksOf, InetAddress device,
            byte[] host, int from, int to) {
        var inForce = policy;
        var now = clock.instant();
        GroupId group = device == null ? null
                : networksOf.apply(inForce).groupOf(device.getAddress()).orElse(null);
        var byGroup = inForce.decide(group, host, from, to, now);
        if (device == null || !inForce.hasLearnerExceptions()) {
            return byGroup;
        }
        return inForce.forDevice(device.getHostAddress(), host, from, to, byGroup, now);
    }

    /** Puts a new version in force; an older version than the one in force is refused. */
    public synchronized void activate(FilterPolicy next) {
        if (next.version() < policy.version()) {
            throw new PolicyRefused("version " + next.version() + " is older than version " + policy.version()
                    + ", which is in force");
        }
        policy = next;
    }

    public FilterPolicy policy() {
        return policy;
    }
}
