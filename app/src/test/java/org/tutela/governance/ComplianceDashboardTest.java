package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tutela.school.School;

class ComplianceDashboardTest {

    @Test
    void aCheckThatFailsShowsAFixedMessageAndNotWhatWentWrong() {
        ComplianceCheck broken = school -> {
            throw new IllegalStateException("ERROR: relation \"person\" ... Jane Doe, date of birth 2015-03-02");
        };
        ComplianceCheck working = school -> List.of(ComplianceItem.green("GOV-05", "Policy", "In force.", null, null));
        var dashboard = new ComplianceDashboard(List.of(broken, working));

        var items = dashboard.itemsFor(aSchool());

        assertThat(items).extracting(ComplianceItem::title).containsExactly("A compliance check could not run",
                "Policy");
        assertThat(items.get(0).rating()).isEqualTo(Rating.AMBER);
        assertThat(items.get(0).finding()).isEqualTo("This check could not run; the technical staff can see why in"
                + " the log.").doesNotContain("Jane Doe");
    }

    static School aSchool() {
        return new School(new org.tutela.school.SchoolId(UUID.randomUUID()), null, "St Brigid's", null, null);
    }
}
