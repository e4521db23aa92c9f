package org.tutela.dns;

import java.net.InetAddress;
import java.time.Instant;

import org.tutela.filtering.Category;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.Rule;
import org.tutela.filtering.Verdict;

/**
 * One answer the resolver gave and why: when (UTC), to which client in which group, for which name (lower case, no
 * trailing dot) and query type, and the verdict with its rule, category and policy version. {@code rule} is null
 * when the resolver itself decided, not the policy: the DNS-over-HTTPS canary ({@link #DOH_CANARY}).
 */
public record DecisionEvent(Instant at, InetAddress client, GroupId group, String name, int type, Verdict verdict,
        Rule rule, Category category, long policyVersion) {

    /** Firefox's canary domain: NXDOMAIN for it tells Firefox not to turn DNS-over-HTTPS on by itself. */
    public static final String DOH_CANARY = "use-application-dns.net";
}
