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
 * swap versions atomically. The rules are tried in this order: illegal lists (nobody can allow them), a temporary
 * allow in force, the group's deny list, its allow list, allow-list-only, blocked categories, safe search.
 */
public final class FilterPolicy {

    private final long version;
    private final BlockLists lists;
    private final Map<GroupId, CompiledGroup> groups;
    private final CompiledGroup fallback;
    private final ClientNetworks clients;
    private final List<String> ignoredAllows;

    private FilterPolicy(long version, BlockLists lists, Map<GroupId, CompiledGroup> groups, CompiledGroup fallback,
            ClientNetworks clients, List<String> ignoredAllows) {
        this.ignoredAllows = ignoredAllows;
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
        for (var group : clients.groups()) {
            if (!compiled.containsKey(group)) {
                throw new PolicyRefused("clients are placed in group " + group + ", which has no policy");
            }
        }
        return new FilterPolicy(version, lists, Map.copyOf(compiled), fallbackGroup, clients, List.copyOf(ignored));
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
        var rules = group == null ? fallback : groups.getOrDefault(group, fallback);
        if (to <= from) {
            // Nothing to check against the lists: fail closed.
            return decision(Verdict.BLOCK, Rule.NOT_A_HOST_NAME, rules, null, null, null, null);
        }
        var categories = lists.categories();
        int listed = lists.categoriesOf(host, from, to);

        int illegal = listed & categories.illegalMask();
        if (illegal != 0) {
            return decision(Verdict.BLOCK, Rule.ILLEGAL_LIST, rules, categories.first(illegal),
                    listedName(lists.names(), host, from, to), null, null);
        }
        int temporary = rules.temporary.find(host, from, to);
        if (temporary != DomainTable.NONE) {
            for (var allow : rules.temporaryAllows.get(temporary)) {
                if (allow.inForceAt(now)) {
                    return decision(Verdict.ALLOW, Rule.TEMPORARY_ALLOW, rules, null, allow.domain(), null, allow);
                }
            }
        }
        if (rules.deny.find(host, from, to) != DomainTable.NONE) {
            return decision(Verdict.BLOCK, Rule.DENY_LIST, rules, null, listedName(rules.deny, host, from, to), null,
                    null);
        }
        if (rules.allow.find(host, from, to) != DomainTable.NONE) {
            return decision(Verdict.ALLOW, Rule.ALLOW_LIST, rules, null, listedName(rules.allow, host, from, to), null,
                    null);
        }
        if (rules.definition.allowListOnly()) {
            return decision(Verdict.BLOCK, Rule.NOT_ON_ALLOW_LIST, rules, null, null, null, null);
        }
        int blocked = listed & rules.blockedMask;
        if (blocked != 0) {
            return decision(Verdict.BLOCK, Rule.BLOCKED_CATEGORY, rules, categories.first(blocked),
                    listedName(lists.names(), host, from, to), null, null);
        }
        var safeHost = rules.safeSearch.rewrite(host, from, to);
        if (safeHost != null) {
            return decision(Verdict.SAFE_SEARCH, Rule.SAFE_SEARCH, rules, null, null, safeHost, null);
        }
        return rules.defaultAllow(version);
    }

    public Decision decide(GroupId group, String host, Instant now) {
        var bytes = Hosts.lowerCaseAscii(host);
        return decide(group, bytes, 0, bytes.length, now);
    }

    private Decision decision(Verdict verdict, Rule rule, CompiledGroup group, Category category, String listedName,
            String safeHost, TemporaryAllow allow) {
        return new Decision(verdict, rule, group.definition.id(), category, listedName, safeHost, allow, version);
    }

    private static String listedName(DomainTable table, byte[] host, int from, int to) {
        int start = table.matchStart(host, from, to);
        if (start < 0) {
            return null;
        }
        int end = to > from && host[to - 1] == '.' ? to - 1 : to;
        return new String(host, start, end - start, StandardCharsets.US_ASCII);
    }

    /** The compiled rules of a group, for exporters in this package; the fallback group's for an unknown id. */
    CompiledGroup compiledGroup(GroupId group) {
        return groups.getOrDefault(group, fallback);
    }

    /** A group's rules, compiled. */
    static final class CompiledGroup {

        final GroupPolicy definition;
        final int blockedMask;
        final DomainTable allow;
        final DomainTable deny;
        final SafeSearch safeSearch;
        final DomainTable temporary;
        final List<List<TemporaryAllow>> temporaryAllows;
        private Decision defaultAllow;

        private CompiledGroup(GroupPolicy definition, int blockedMask, DomainTable allow, DomainTable deny,
                SafeSearch safeSearch, DomainTable temporary, List<List<TemporaryAllow>> temporaryAllows) {
            this.definition = definition;
            this.blockedMask = blockedMask;
            this.allow = allow;
            this.deny = deny;
            this.safeSearch = safeSearch;
            this.temporary = temporary;
            this.temporaryAllows = temporaryAllows;
        }

        static CompiledGroup of(GroupPolicy group, BlockLists lists, List<TemporaryAllow> allows) {
            var categories = lists.categories();
            int blocked = categories.illegalMask();
            for (var id : group.blockedCategories()) {
                blocked |= categories.bit(categories.byId(id)
                        .orElseThrow(() -> new PolicyRefused("group " + group.id() + " blocks an unknown category: " + id)));
            }
            var allow = table(group.allow(), group, "allow");
            for (var name : group.allow()) {
                var bytes = Hosts.lowerCaseAscii(DomainName.normalise(name).orElseThrow());
                if ((lists.categoriesOf(bytes, 0, bytes.length) & categories.illegalMask()) != 0) {
                    throw new PolicyRefused(name + " is on an illegal-content list: nobody can allow it");
                }
            }
            var temporaryNames = DomainTable.builder();
            var byName = new ArrayList<List<TemporaryAllow>>();
            for (var allowed : allows) {
                int index = temporaryNames.add(allowed.domain(), byName.size(), (existing, added) -> existing);
                if (index == byName.size()) {
                    byName.add(new ArrayList<>());
                }
                byName.get(index).add(allowed);
            }
            return new CompiledGroup(group, blocked, allow, table(group.deny(), group, "deny"),
                    group.safeSearch() ? SafeSearch.enforced(group.youTube()) : SafeSearch.off(),
                    temporaryNames.build(), byName);
        }

        Decision defaultAllow(long version) {
            var cached = defaultAllow;
            if (cached == null) {
                cached = new Decision(Verdict.ALLOW, Rule.DEFAULT_ALLOW, definition.id(), null, null, null, null, version);
                defaultAllow = cached;
            }
            return cached;
        }

        private static DomainTable table(List<String> names, GroupPolicy group, String list) {
            var builder = DomainTable.builder();
            for (var name : names) {
                builder.add(DomainName.normalise(name).orElseThrow(() -> new PolicyRefused(
                        "the " + list + " list of group " + group.id() + " has an entry that is not a host name: " + name)),
                        0);
            }
            return builder.build();
        }
    }
}
