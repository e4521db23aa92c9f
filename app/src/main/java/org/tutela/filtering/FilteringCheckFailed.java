package org.tutela.filtering;

import org.tutela.school.SchoolId;

/**
 * A scheduled effectiveness check reached a test name where its category is blocked (FILT-13): a filtering breach.
 * Published once when a group's category starts failing, not again on every run while it still fails.
 */
public record FilteringCheckFailed(SchoolId school, String group, String category, String testName,
        String enforcementPoint) {
}
