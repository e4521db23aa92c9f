package org.tutela.governance;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.concern.Contacts;
import org.tutela.school.People;
import org.tutela.school.Role;
import org.tutela.school.School;

/**
 * Who covers safeguarding when the DSL cannot: a warning when one person is both headteacher and DSL with no deputy
 * (G-05), and when the network continuity plan is missing from the directory (RA-08).
 */
@Component
class SafeguardingCover implements ComplianceCheck {

    private final People people;
    private final Contacts contacts;

    SafeguardingCover(People people, Contacts contacts) {
        this.people = people;
        this.contacts = contacts;
    }

    @Override
    public List<ComplianceItem> itemsFor(School school) {
        var base = "/schools/" + school.id();
        var heads = people.holding(Role.HEADTEACHER, school.id());
        var dsls = people.holding(Role.DSL, school.id());
        var deputies = people.holding(Role.DEPUTY_DSL, school.id());
        var both = dsls.stream().anyMatch(dsl -> heads.stream().anyMatch(head -> head.id().equals(dsl.id())));
        var cover = both && deputies.isEmpty()
                ? new ComplianceItem("G-05", "Cover for the DSL", Rating.AMBER,
                        "One person is both headteacher and DSL, and no deputy DSL is named: no one can act when"
                                + " they are away, or take a concern about them.",
                        "Name at least one deputy DSL, and set an alternate for concerns about the headteacher.",
                        base + "/staff", "Staff")
                : ComplianceItem.green("G-05", "Cover for the DSL", deputies.isEmpty()
                        ? "The headteacher is not also the DSL." : deputies.size() == 1 ? "A deputy DSL is named."
                        : deputies.size() + " deputy DSLs are named.", base + "/staff", "Staff");
        var plan = contacts.of(school.id()).stream()
                .filter(c -> c.agency() == Contacts.Agency.NETWORK_CONTINUITY_PLAN).findFirst();
        var continuity = plan.isEmpty() || plan.get().empty()
                ? new ComplianceItem("RA-08", "Network continuity plan", Rating.AMBER,
                        "The directory does not say where the network continuity plan is, for when the police seize"
                                + " a server.",
                        "Give the plan's location (a link or where the paper copy is kept) in the directory, and"
                                + " review it every year.", base + "/contacts", "Who to contact")
                : ComplianceItem.green("RA-08", "Network continuity plan", "The directory says where the plan is.",
                        base + "/contacts", "Who to contact");
        return List.of(cover, continuity);
    }
}
