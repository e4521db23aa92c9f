package org.tutela.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tutela.school.School;

/** Gathers the items of every {@link ComplianceCheck} for a school, red first, then amber, then green. */
@Service
public class ComplianceDashboard {

    private static final Logger log = LoggerFactory.getLogger(ComplianceDashboard.class);

    static final String CHECK_FAILED = "This check could not run; the technical staff can see why in the log.";

    private final List<ComplianceCheck> checks;

    ComplianceDashboard(List<ComplianceCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<ComplianceItem> itemsFor(School school) {
        var items = new ArrayList<ComplianceItem>();
        for (var check : checks) {
            try {
                items.addAll(check.itemsFor(school));
            } catch (RuntimeException failed) {
                // One broken check must not hide the others; it shows as needing attention. Its message can carry
                // SQL or people's details, so it goes to the log only, never to governors on the dashboard.
                log.warn("Compliance check {} failed for school {}", check.getClass().getSimpleName(), school.id(),
                        failed);
                items.add(new ComplianceItem(null, "A compliance check could not run", Rating.AMBER,
                        CHECK_FAILED, "Try again later; if it keeps failing, tell your technical support.", null,
                        null));
            }
        }
        // A stable sort keeps each check's own order within a rating.
        items.sort(Comparator.comparing(ComplianceItem::rating));
        return items;
    }

    /** How many items of a rating a school has now, for the home page. */
    public long count(School school, Rating rating) {
        return itemsFor(school).stream().filter(item -> item.rating() == rating).count();
    }
}
