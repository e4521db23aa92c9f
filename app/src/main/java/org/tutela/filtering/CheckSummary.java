package org.tutela.filtering;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The last check of one category for one group at one enforcement point: when, how many test names, and those that
 * got through.
 */
public record CheckSummary(String enforcementPoint, String group, String category, Instant lastRun, int policyVersion,
        int tried, List<CheckResult> reachable) {

    static CheckSummary of(List<CheckResult> results) {
        var first = results.get(0);
        var last = results.stream().map(CheckResult::runAt).max(Comparator.naturalOrder()).orElseThrow();
        return new CheckSummary(first.enforcementPoint(), first.group(), first.category(), last, first.policyVersion(), results.size(),
                results.stream().filter(result -> !result.passed()).toList());
    }

    public boolean passed() {
        return reachable.isEmpty();
    }

    public String categoryLabel() {
        return PolicyDiff.label(category);
    }
}
