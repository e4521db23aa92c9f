package org.tutela.governance;

import java.util.Objects;

/**
 * One line of the compliance dashboard.
 *
 * @param requirement the catalogue entries it answers, e.g. "PROC-IIOC-08"
 * @param title       what is checked, in the school's words
 * @param rating      red, amber or green
 * @param finding     what Tutela found
 * @param whatToDo    what to do about it; empty when green
 * @param fixLink     the page where it is put right
 * @param fixLabel    the words of that link
 */
public record ComplianceItem(String requirement, String title, Rating rating, String finding, String whatToDo,
        String fixLink, String fixLabel) {

    public ComplianceItem {
        Objects.requireNonNull(title, "an item has a title");
        Objects.requireNonNull(rating, "an item has a rating");
        Objects.requireNonNull(finding, "an item says what was found");
    }

    public static ComplianceItem green(String requirement, String title, String finding, String link, String label) {
        return new ComplianceItem(requirement, title, Rating.GREEN, finding, "", link, label);
    }
}
