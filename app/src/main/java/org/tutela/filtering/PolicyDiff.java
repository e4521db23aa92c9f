package org.tutela.filtering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a proposed version changes, group by group, in sentences a headteacher can approve or refuse. */
public final class PolicyDiff {

    private static final Categories CATEGORIES = Categories.standard();

    public record GroupChanges(String group, List<String> changes) {
    }

    private PolicyDiff() {
    }

    /** The changes from {@code before} (null for the first version) to {@code after}. */
    public static List<GroupChanges> between(PolicyVersion before, PolicyVersion after) {
        var result = new ArrayList<GroupChanges>();
        for (var group : after.groups()) {
            var old = before == null ? null : before.group(group.id());
            var changes = new ArrayList<String>();
            if (old == null) {
                changes.add("New group" + (group.block().isEmpty() ? "" : ", blocking " + labels(group.block())));
            } else {
                added(old.block(), group.block()).forEach(id -> changes.add("Now blocks " + label(id)));
                added(group.block(), old.block()).forEach(id -> changes.add("No longer blocks " + label(id)));
                added(old.allow(), group.allow()).forEach(name -> changes.add("Allows " + name));
                added(group.allow(), old.allow()).forEach(name -> changes.add("No longer allows " + name));
                added(old.deny(), group.deny()).forEach(name -> changes.add("Blocks " + name));
                added(group.deny(), old.deny()).forEach(name -> changes.add("No longer blocks " + name));
                if (old.allowListOnly() != group.allowListOnly()) {
                    changes.add(group.allowListOnly() ? "Reaches approved sites only"
                            : "Reaches any site that is not blocked, not only approved ones");
                }
                if (old.safeSearchingTaughtFirst() != group.safeSearchingTaughtFirst()) {
                    changes.add(group.safeSearchingTaughtFirst()
                            ? "General search engines only once the class has been taught safe searching"
                            : "General search engines no longer wait for safe searching to be taught");
                }
                if (old.safeSearch() != group.safeSearch()) {
                    changes.add(group.safeSearch() ? "Safe search forced on" : "Safe search no longer forced");
                }
            }
            if (!changes.isEmpty()) {
                result.add(new GroupChanges(group.label() == null ? group.id() : group.label(), changes));
            }
        }
        var exceptions = exceptionChanges(before == null ? List.of() : before.exceptions(), after.exceptions());
        if (!exceptions.isEmpty()) {
            result.add(new GroupChanges("Exceptions for individual learners", exceptions));
        }
        if (before != null) {
            for (var old : before.groups()) {
                if (after.group(old.id()) == null) {
                    result.add(new GroupChanges(old.label() == null ? old.id() : old.label(),
                            List.of("Group removed: its devices fall back to the guests group")));
                }
            }
        }
        return result;
    }

    private static List<String> exceptionChanges(List<IndividualException> before, List<IndividualException> after) {
        var changes = new ArrayList<String>();
        for (var exception : after) {
            if (!before.contains(exception)) {
                changes.add("New exception: " + exception.learner() + " (" + exception.identifiedBy() + ") "
                        + exception.effect() + ", to be reviewed by " + exception.reviewBy() + ". Rationale: "
                        + exception.rationale());
            }
        }
        for (var exception : before) {
            if (!after.contains(exception)) {
                changes.add("Exception ended: " + exception.learner() + " no longer " + exception.effect());
            }
        }
        return changes;
    }

    public static String label(String categoryId) {
        return CATEGORIES.byId(categoryId).map(Category::label).orElse(categoryId);
    }

    private static String labels(List<String> ids) {
        return String.join(", ", ids.stream().map(PolicyDiff::label).toList());
    }

    private static Set<String> added(List<String> before, List<String> after) {
        var added = new LinkedHashSet<>(after);
        added.removeAll(before);
        return added;
    }
}
