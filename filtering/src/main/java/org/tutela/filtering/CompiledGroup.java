package org.tutela.filtering;

import java.util.ArrayList;
import java.util.List;

/** A group's rules, compiled. */
final class CompiledGroup {

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
        if (group.generalSearchLocked()) {
            blocked |= categories.bit(Categories.SEARCH_ENGINES);
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
        // Temporary allows of illegal names were left out by FilterPolicy.compile, and reported there.
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
