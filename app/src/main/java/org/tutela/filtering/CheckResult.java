package org.tutela.filtering;

import java.time.Instant;

/** One test name tried for one group: what the enforcement point decided, and whether that is what the policy says. */
public record CheckResult(Instant runAt, int policyVersion, String group, String category, String testName,
        String enforcementPoint, String verdict, String rule, boolean passed) {

    public String categoryLabel() {
        return PolicyDiff.label(category);
    }
}
