package org.tutela.filtering.log;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.tutela.filtering.Category;
import org.tutela.filtering.Decision;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.Verdict;

/**
 * One decision an enforcement point made and acted on, as a row of {@code filter_decision}: when (UTC), for which
 * school, where it was enforced, for which client (address, and user name when Squid knows it) in which group, for
 * which host (lower case, no trailing dot), with the URL and search terms when a proxy saw them or the query type
 * when the resolver answered, and the verdict with its rule code, category and policy version. Only the time,
 * enforcement, host, verdict and rule are always known.
 */
public record DecisionEvent(Instant occurredAt, UUID schoolId, Enforcement enforcement, InetAddress clientAddress,
        String userName, GroupId group, String host, String url, String searchTerms, String queryType,
        Verdict verdict, String rule, Category category, long policyVersion) {

    /** Firefox's canary domain: NXDOMAIN for it tells Firefox not to turn DNS-over-HTTPS on by itself. */
    public static final String DOH_CANARY = "use-application-dns.net";

    /** The rule code for the canary, which the resolver answers itself, whatever the policy says. */
    public static final String DOH_CANARY_RULE = "doh-canary";

    /** Where the decision was enforced; {@link #code()} is the {@code enforcement} column. */
    public enum Enforcement {
        DNS, SQUID;

        public String code() {
            return this == DNS ? "dns" : "squid";
        }
    }

    public DecisionEvent {
        Objects.requireNonNull(occurredAt, "a decision has a time");
        Objects.requireNonNull(enforcement, "a decision has an enforcement point");
        Objects.requireNonNull(host, "a decision is about a host");
        Objects.requireNonNull(verdict, "a decision has a verdict");
        Objects.requireNonNull(rule, "a decision has a rule");
    }

    /** What the resolver answered for a query of {@code queryType} ({@code A}, {@code AAAA}, …) from {@code client}. */
    public static DecisionEvent resolved(Instant at, UUID schoolId, InetAddress client, String name, String queryType,
            Decision decision) {
        return new DecisionEvent(at, schoolId, Enforcement.DNS, client, null, decision.group(), name, null, null,
                queryType, decision.verdict(), decision.rule().code(), decision.category(), decision.policyVersion());
    }

    /**
     * What the proxy answered for a request to {@code host}; {@code url} is null for a tunnel, whose URL the proxy
     * never sees, and the search terms are read from it.
     */
    public static DecisionEvent proxied(Instant at, UUID schoolId, InetAddress client, String userName, String host,
            String url, Decision decision) {
        return new DecisionEvent(at, schoolId, Enforcement.SQUID, client, userName, decision.group(), host, url,
                SearchTerms.in(host, url), null, decision.verdict(), decision.rule().code(), decision.category(),
                decision.policyVersion());
    }
}
