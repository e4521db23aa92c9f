package org.tutela.filtering;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one group may reach: the categories blocked for it, its allow and deny lists, whether it reaches only its
 * allow list (the youngest children, FILT-04), and whether safe search is enforced. A child search engine as the
 * default (FILT-05) is the {@code search-engines} category blocked with the child engine on the allow list.
 */
public record GroupPolicy(GroupId id, String label, Set<String> blockedCategories, boolean allowListOnly,
        List<String> allow, List<String> deny, boolean safeSearch, SafeSearch.YouTube youTube) {

    public GroupPolicy {
        Objects.requireNonNull(id, "a group policy is for a group");
        label = label == null || label.isBlank() ? id.value() : label;
        blockedCategories = Set.copyOf(blockedCategories);
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        youTube = youTube == null ? SafeSearch.YouTube.STRICT : youTube;
    }
}
