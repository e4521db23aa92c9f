package org.tutela.filtering;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one group may reach: the categories blocked for it, its allow and deny lists, whether it reaches only its
 * allow list (the youngest children, FILT-04), and whether safe search is enforced. A child search engine as the
 * default (FILT-05) is the {@code search-engines} category blocked with the child engine on the allow list. A group
 * whose general search engines wait until safe searching has been taught (FILT-06) has them blocked until the school
 * records that it has been.
 */
public record GroupPolicy(GroupId id, String label, Set<String> blockedCategories, boolean allowListOnly,
        List<String> allow, List<String> deny, boolean safeSearch, SafeSearch.YouTube youTube,
        boolean safeSearchingTaughtFirst, boolean safeSearchingTaught) {

    public GroupPolicy {
        Objects.requireNonNull(id, "a group policy is for a group");
        label = label == null || label.isBlank() ? id.value() : label;
        blockedCategories = Set.copyOf(blockedCategories);
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        youTube = youTube == null ? SafeSearch.YouTube.STRICT : youTube;
    }

    public GroupPolicy(GroupId id, String label, Set<String> blockedCategories, boolean allowListOnly,
            List<String> allow, List<String> deny, boolean safeSearch, SafeSearch.YouTube youTube) {
        this(id, label, blockedCategories, allowListOnly, allow, deny, safeSearch, youTube, false, false);
    }

    /** Whether general search engines are blocked because the group has not yet been taught safe searching. */
    public boolean generalSearchLocked() {
        return safeSearchingTaughtFirst && !safeSearchingTaught;
    }
}
