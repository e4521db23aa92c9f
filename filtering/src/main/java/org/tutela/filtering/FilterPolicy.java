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

    private FilterPolicy(long version, BlockLists lists, Map<GroupId, CompiledGroup> groups, CompiledGroup fallback) {
        this.version = version;
        this.lists = lists;
        this.groups = groups;
        this.fallback = fallback;
    }

    /**
     * Compiles a version. The fallback group applies to clients that no rule places in a group, so it should be the
     * most careful one (guests, or the youngest learners).
     */
    public static FilterPolicy compile(long version, BlockLists lists, List<GroupPolicy> groups,
            List<TemporaryAllow> temporaryAllows, GroupId fallback) {
        var compiled = new HashMap<GroupId, CompiledGroup>();
        for (var group : groups) {
            var allows = temporaryAllows.stream().filter(allow -> allow.group().equals(group.id())).toList();
            if (compiled.put(group.id(), CompiledGroup.of(group, lists, allows)) != null) {
                throw new PolicyRefused("group " + group.id() + " is defined twice");
            }
        }
        for (var allow : temporaryAllows) {
            if (!compiled.containsKey(allow.group())) {
                throw new PolicyRefused("a temporary allow names group " + allow.group() + ", which has no policy");
            }
        }
        var fallbackGroup = compiled.get(Objects.requireNonNull(fallback, "name the fallback group"));
        if (fallbackGroup == null) {
            throw new PolicyRefused("the fallback group " + fallback + " has no policy");
        }
        return new FilterPolicy(version, lists, Map.copyOf(compiled), fallbackGroup);
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
        var categories = lists.categories();
        int listed = lists.categoriesOf(host, from, to);

        int illegal = listed & categories.illegalMask();
        if (illegal != 0) {
            return decision(Verdict.BLOCK, Rule.ILLEGAL_LIST, rules, categories.first(illegal),
                    listedName(lists.names(), host, from, to, illegal), null, null);
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
            return decision(Verdict.BLOCK, Rule.DENY_LIST, rules, null, listedName(rules.deny, host, from, to, -1), null,
                    null);
        }
        if (rules.allow.find(host, from, to) != DomainTable.NONE) {
            return decision(Verdict.ALLOW, Rule.ALLOW_LIST, rules, null, listedName(rules.allow, host, from, to, -1), null,
                    null);
        }
        if (rules.definition.allowListOnly()) {
            return decision(Verdict.BLOCK, Rule.NOT_ON_ALLOW_LIST, rules, null, null, null, null);
        }
        int blocked = listed & rules.blockedMask;
        if (blocked != 0) {
            return decision(Verdict.BLOCK, Rule.BLOCKED_CATEGORY, rules, categories.first(blocked),
                    listedName(lists.names(), host, from, to, blocked), null, null);
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

    /** The listed name that matched: of those carrying a bit of {@code anyOf}, the most specific; -1 for any. */
    private static String listedName(DomainTable table, byte[] host, int from, int to, int anyOf) {
        int start = table.matchStart(host, from, to, anyOf);
        if (start < 0) {
            return null;
        }
        int end = to > from && host[to - 1] == '.' ? to - 1 : to;
        return new String(host, start, end - start, StandardCharsets.US_ASCII);
    }

    /** A group's rules, compiled. */
    private static final class CompiledGroup {

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
                var bytes = Hosts.lowerCaseAscii(allowed.domain());
                if ((lists.categoriesOf(bytes, 0, bytes.length) & categories.illegalMask()) != 0) {
                    throw new PolicyRefused(allowed.domain() + " is on an illegal-content list: nobody can allow it");
                }
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
