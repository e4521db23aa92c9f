package org.tutela.filtering;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a school's filtering policy, compiled for fast decisions and immutable, so enforcement points can
 * swap versions atomically. The rules are tried in this order: illegal lists (nobody can allow them), for one client
 * a suspension of that learner's access and then their exceptions ({@link #decideFor}), a temporary
 * allow in force, the group's deny list, its allow list, allow-list-only, blocked categories, safe search. A full URL
 * adds the categories of its URL entries and expressions to its host's ({@link #decideUrl}).
 */
public final class FilterPolicy {

    private final long version;
    private final BlockLists lists;
    private final Map<GroupId, CompiledGroup> groups;
    private final CompiledGroup fallback;
    private final ClientNetworks clients;
    private final List<String> ignoredAllows;
    private final LearnerExceptions learners;
    private final LearnerSuspensions suspensions;

    private FilterPolicy(long version, BlockLists lists, Map<GroupId, CompiledGroup> groups, CompiledGroup fallback,
            ClientNetworks clients, List<String> ignoredAllows, LearnerExceptions learners,
            LearnerSuspensions suspensions) {
        this.suspensions = suspensions;
        this.ignoredAllows = ignoredAllows;
        this.learners = learners;
        this.version = version;
        this.lists = lists;
        this.groups = groups;
        this.fallback = fallback;
        this.clients = clients;
    }

    /**
     * Compiles a version. The fallback group applies to clients that no rule places in a group, so it should be the
     * most careful one (guests, or the youngest learners).
     */
    public static FilterPolicy compile(long version, BlockLists lists, List<GroupPolicy> groups,
            List<TemporaryAllow> temporaryAllows, GroupId fallback) {
        return compile(version, lists, groups, temporaryAllows, fallback, ClientNetworks.none());
    }

    /** Compiles a version together with the networks and users that place clients in its groups. */
    public static FilterPolicy compile(long version, BlockLists lists, List<GroupPolicy> groups,
            List<TemporaryAllow> temporaryAllows, GroupId fallback, ClientNetworks clients) {
        return compile(version, lists, groups, temporaryAllows, fallback, clients, List.of());
    }

    /**
     * Compiles a version with its exceptions for individual learners (FILT-17). An exception that allows a site on an
     * illegal list is left out and reported, as a temporary allow is; one that moves a learner to a group the
     * version does not have is refused.
     */
    public static FilterPolicy compile(long version, BlockLists lists, List<GroupPolicy> groups,
            List<TemporaryAllow> temporaryAllows, GroupId fallback, ClientNetworks clients,
            List<LearnerException> learnerExceptions) {
        return compile(version, lists, groups, temporaryAllows, fallback, clients, learnerExceptions, List.of(),
                List.of());
    }

    /**
     * Compiles a version with its suspensions of learners' internet access (PROC-BUL-07) and the hosts of the
     * school's Tutela block page and reporting page, which a suspension never refuses.
     */
    public static FilterPolicy compile(long version, BlockLists lists, List<GroupPolicy> groups,
            List<TemporaryAllow> temporaryAllows, GroupId fallback, ClientNetworks clients,
            List<LearnerException> learnerExceptions, List<LearnerSuspension> suspensions,
            List<String> blockPageHosts) {
        // A temporary allow that cannot take effect (an illegal name, a group that is gone) is left out and
        // reported, rather than holding back the whole version: the rest of the policy must still arrive.
        var ignored = new ArrayList<String>();
        var groupIds = groups.stream().map(GroupPolicy::id).collect(java.util.stream.Collectors.toSet());
        var usable = new ArrayList<TemporaryAllow>();
        for (var allow : temporaryAllows) {
            if (!groupIds.contains(allow.group())) {
                ignored.add(allow.domain() + " for " + allow.group() + ": the group has no policy");
            } else if (illegal(lists, allow.domain())) {
                ignored.add(allow.domain() + " for " + allow.group() + ": on an illegal-content list");
            } else {
                usable.add(allow);
            }
        }
        var compiled = new HashMap<GroupId, CompiledGroup>();
        for (var group : groups) {
            var allows = usable.stream().filter(allow -> allow.group().equals(group.id())).toList();
            if (compiled.put(group.id(), CompiledGroup.of(group, lists, allows)) != null) {
                throw new PolicyRefused("group " + group.id() + " is defined twice");
            }
        }
        var fallbackGroup = compiled.get(Objects.requireNonNull(fallback, "name the fallback group"));
        if (fallbackGroup == null) {
            throw new PolicyRefused("the fallback group " + fallback + " has no policy");
        }
        var exceptions = new ArrayList<LearnerException>();
        for (var exception : learnerExceptions) {
            if (exception.kind() == LearnerException.Kind.ALLOW && illegal(lists, exception.domain())) {
                ignored.add(exception.domain() + " for " + (exception.user() != null ? exception.user()
                        : exception.device()) + ": on an illegal-content list");
            } else {
                exceptions.add(exception);
            }
        }
        var placed = clients.placing(exceptions);
        for (var group : placed.groups()) {
            if (!compiled.containsKey(group)) {
                throw new PolicyRefused("clients are placed in group " + group + ", which has no policy");
            }
        }
        return new FilterPolicy(version, lists, Map.copyOf(compiled), fallbackGroup, placed, List.copyOf(ignored),
                LearnerExceptions.of(exceptions), LearnerSuspensions.of(suspensions, blockPageHosts));
    }

    private static boolean illegal(BlockLists lists, String domain) {
        var bytes = Hosts.lowerCaseAscii(domain);
        return (lists.categoriesOf(bytes, 0, bytes.length) & lists.categories().illegalMask()) != 0;
    }

    /** Temporary allows left out of this version, and why. */
    public List<String> ignoredAllows() {
        return ignoredAllows;
    }

    /** Who is in which group under this version. */
    public ClientNetworks clients() {
        return clients;
    }

    public long version() {
        return version;
    }

    public BlockLists lists() {
        return lists;
    }

    /** Decides for a lower-case host name in {@code host[from, to)}, as a DNS resolver holds it. */
    public Decision decide(GroupId group, byte[] host, int from, int to, Instant now) {
        var rules = rulesOf(group);
        if (to <= from) {
            // Nothing to check against the lists: fail closed.
            return decision(Verdict.BLOCK, Rule.NOT_A_HOST_NAME, rules, null, null, null, null);
        }
        int listed = lists.categoriesOf(host, from, to);

        int illegal = listed & lists.categories().illegalMask();
        if (illegal != 0) {
            return blocked(Rule.ILLEGAL_LIST, rules, illegal, lists.names().matchedName(host, from, to, illegal));
        }
        var byHost = hostRules(rules, host, from, to, now);
        if (byHost != null) {
            return byHost;
        }
        int blocked = listed & rules.blockedMask;
        if (blocked != 0) {
            return blocked(Rule.BLOCKED_CATEGORY, rules, blocked, lists.names().matchedName(host, from, to, blocked));
        }
        return safeSearchOrAllow(rules, host, from, to);
    }

    public Decision decide(GroupId group, String host, Instant now) {
        var bytes = Hosts.lowerCaseAscii(host);
        return decide(group, bytes, 0, bytes.length, now);
    }

    /**
     * Decides for a URL as a Squid helper sees it: a full URL, or {@code host:port} / {@code CONNECT host:port} for
     * https, which is decided on the host alone, exactly as {@link #decide}. For a full URL the categories of the
     * host, of the URL entries that match and of the expressions found in it are taken together: an illegal one blocks
     * first, for everyone, whatever allows the host; then the host's own rules apply as in {@link #decide} (temporary
     * allow, deny list, allow list, allow-list-only); then the group's blocked categories; then safe search.
     *
     * <p>Never throws. A malformed URL is decided on whatever host can be read from it; with none it is refused
     * (after the illegal lists, so an illegal expression is still named), as {@link #decide} refuses an empty name.
     *
     * @throws IllegalStateException for a full URL when the lists were loaded for host names only, without the URL
     *                               entries and expressions it must be checked against
     */
    public Decision decideUrl(GroupId group, String url, Instant now) {
        var request = RequestUrl.parse(url);
        var host = request.host();
        if (request.hostOnly()) {
            return decide(group, host, 0, host.length, now);
        }
        if (lists.hostNamesOnly()) {
            throw new IllegalStateException("the lists were loaded for host names only: a full URL cannot be decided");
        }
        var rules = rulesOf(group);
        int byHost = lists.categoriesOf(host, 0, host.length);
        int byUrl = lists.urls().categoriesOf(host, 0, host.length, request.path());
        // Only the categories that could still change the decision are worth a regular expression.
        int byExpression = lists.expressionLists().categoriesOf(request, rules.blockedMask & ~(byHost | byUrl));
        int listed = byHost | byUrl | byExpression;

        int illegal = listed & lists.categories().illegalMask();
        if (illegal != 0) {
            return blocked(Rule.ILLEGAL_LIST, rules, illegal, listedEntry(request, byHost, byUrl, illegal));
        }
        if (host.length == 0) {
            return decision(Verdict.BLOCK, Rule.NOT_A_HOST_NAME, rules, null, null, null, null);
        }
        var byHostRules = hostRules(rules, host, 0, host.length, now);
        if (byHostRules != null) {
            return byHostRules;
        }
        int blocked = listed & rules.blockedMask;
        if (blocked != 0) {
            return blocked(Rule.BLOCKED_CATEGORY, rules, blocked, listedEntry(request, byHost, byUrl, blocked));
        }
        return safeSearchOrAllow(rules, host, 0, host.length);
    }

    /**
     * Decides for a host as asked by one client: the group the client is in (by user name, then address, else the
     * fallback), then, straight after the illegal lists, a suspension of that learner's access in force, then any
     * exception for that learner about the host.
     */
    public Decision decideFor(String address, String user, String host, Instant now) {
        var group = clients.groupOf(address, user).orElse(null);
        var bytes = Hosts.lowerCaseAscii(host);
        return forLearner(address, user, bytes, decide(group, bytes, 0, bytes.length, now), now);
    }

    /** As {@link #decideUrl}, for one client, with that learner's suspension and exceptions as in {@link #decideFor}. */
    public Decision decideUrlFor(String address, String user, String url, Instant now) {
        var group = clients.groupOf(address, user).orElse(null);
        var decision = decideUrl(group, url, now);
        return hasLearnerExceptions() ? forLearner(address, user, RequestUrl.parse(url).host(), decision, now)
                : decision;
    }

    /**
     * Whether any exception or suspension for one learner is in this version: when none is, the per-client step can
     * be skipped.
     */
    public boolean hasLearnerExceptions() {
        return !learners.isEmpty() || !suspensions.isEmpty();
    }

    /**
     * A learner's suspension or exception by their device's address, applied to a decision already made for the
     * device's group: a DNS resolver knows the address and never a user name. The illegal lists still win.
     */
    public Decision forDevice(String address, byte[] host, int from, int to, Decision byGroup, Instant now) {
        if (!hasLearnerExceptions() || address == null) {
            return byGroup;
        }
        return forLearner(address, null, java.util.Arrays.copyOfRange(host, from, to), byGroup, now);
    }

    private Decision forLearner(String address, String user, byte[] host, Decision byGroup, Instant now) {
        if (!hasLearnerExceptions() || byGroup.rule() == Rule.ILLEGAL_LIST
                || byGroup.rule() == Rule.NOT_A_HOST_NAME) {
            return byGroup;
        }
        var name = new String(host, StandardCharsets.US_ASCII);
        var suspendedUntil = suspensions.isEmpty() ? null : suspensions.suspendedUntil(address, user, name, now);
        if (suspendedUntil != null) {
            return new Decision(Verdict.BLOCK, Rule.SUSPENSION, byGroup.group(), null, null, null, null, version,
                    suspendedUntil);
        }
        if (learners.isEmpty()) {
            return byGroup;
        }
        var exception = learners.about(address, user, name);
        if (exception == null) {
            return byGroup;
        }
        var verdict = exception.kind() == LearnerException.Kind.ALLOW ? Verdict.ALLOW : Verdict.BLOCK;
        return new Decision(verdict, Rule.LEARNER_EXCEPTION, byGroup.group(), null, exception.domain(), null, null,
                version);
    }

    private CompiledGroup rulesOf(GroupId group) {
        return group == null ? fallback : groups.getOrDefault(group, fallback);
    }

    /** The rules about the host itself, after the illegal lists: temporary allow, deny, allow, allow-list-only. */
    private Decision hostRules(CompiledGroup rules, byte[] host, int from, int to, Instant now) {
        int temporary = rules.temporary.find(host, from, to);
        if (temporary != DomainTable.NONE) {
            for (var allow : rules.temporaryAllows.get(temporary)) {
                if (allow.inForceAt(now)) {
                    return decision(Verdict.ALLOW, Rule.TEMPORARY_ALLOW, rules, null, allow.domain(), null, allow);
                }
            }
        }
        if (rules.deny.find(host, from, to) != DomainTable.NONE) {
            var denied = rules.deny.matchedName(host, from, to, -1);
            return decision(Verdict.BLOCK, Rule.DENY_LIST, rules, null, denied, null, null);
        }
        if (rules.allow.find(host, from, to) != DomainTable.NONE) {
            var allowed = rules.allow.matchedName(host, from, to, -1);
            return decision(Verdict.ALLOW, Rule.ALLOW_LIST, rules, null, allowed, null, null);
        }
        if (rules.definition.allowListOnly()) {
            return decision(Verdict.BLOCK, Rule.NOT_ON_ALLOW_LIST, rules, null, null, null, null);
        }
        return null;
    }

    private Decision safeSearchOrAllow(CompiledGroup rules, byte[] host, int from, int to) {
        var safeHost = rules.safeSearch.rewrite(host, from, to);
        if (safeHost != null) {
            return decision(Verdict.SAFE_SEARCH, Rule.SAFE_SEARCH, rules, null, null, safeHost, null);
        }
        return rules.defaultAllow(version);
    }

    /** A block for the first category in the mask, in catalogue order. */
    private Decision blocked(Rule rule, CompiledGroup rules, int categories, String listedEntry) {
        return decision(Verdict.BLOCK, rule, rules, lists.categories().first(categories), listedEntry, null, null);
    }

    private Decision decision(Verdict verdict, Rule rule, CompiledGroup group, Category category, String listedName,
            String safeHost, TemporaryAllow allow) {
        return new Decision(verdict, rule, group.definition.id(), category, listedName, safeHost, allow, version);
    }

    /**
     * What listed a URL under the first category in the mask: a name, else a {@code host/path} entry, else an
     * expression.
     */
    private String listedEntry(RequestUrl request, int byHost, int byUrl, int categories) {
        int bit = Integer.lowestOneBit(categories);
        var host = request.host();
        if ((byHost & bit) != 0) {
            return lists.names().matchedName(host, 0, host.length, bit);
        }
        if ((byUrl & bit) != 0) {
            return lists.urls().entryFor(host, 0, host.length, request.path(), bit);
        }
        return lists.expressionLists().expressionFor(request, bit);
    }

    /** The compiled rules of a group, for exporters in this package; the fallback group's for an unknown id. */
    CompiledGroup compiledGroup(GroupId group) {
        return rulesOf(group);
    }
}
