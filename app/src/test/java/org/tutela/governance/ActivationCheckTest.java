package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tutela.governance.ActivationCheck.Arrangements;
import org.tutela.governance.ActivationCheck.DirectoryEntry;
import org.tutela.governance.ActivationCheck.Gap;
import org.tutela.governance.ActivationCheck.GapKind;
import org.tutela.governance.ActivationCheck.RoleHolder;
import org.tutela.school.Role;

class ActivationCheckTest {

    static final String FINISHED_TEXT = "St Brigid's online safety policy. DSL: Daniel Price.";

    @Test
    void completeArrangementsAndAFinishedTextHaveNoGaps() {
        assertThat(ActivationCheck.gaps(complete(), FINISHED_TEXT)).isEmpty();
    }

    @Test
    void anEmptyLadoEntryIsListedAsADirectoryGap() {
        var arrangements = new Arrangements(List.of(new DirectoryEntry("Police (non-emergency)", true),
                new DirectoryEntry("Local authority designated officer (LADO)", false)), everyRoleHeld());

        assertThat(ActivationCheck.gaps(arrangements, FINISHED_TEXT)).containsExactly(new Gap(GapKind.DIRECTORY,
                "Local authority designated officer (LADO) is empty in the contacts directory", "Who to contact"));
    }

    @Test
    void everyUnfilledNamedRoleIsListed() {
        var holders = everyRoleHeld();
        holders.put(Role.DEPUTY_DSL, List.of());
        holders.remove(Role.GOVERNOR);

        assertThat(ActivationCheck.gaps(new Arrangements(List.of(), holders), FINISHED_TEXT))
                .extracting(Gap::kind, Gap::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GapKind.ROLE,
                                "No one holds the role deputy designated safeguarding lead"),
                        org.assertj.core.groups.Tuple.tuple(GapKind.ROLE,
                                "No one holds the role governor (the named governor for online safety)"));
    }

    @Test
    void aDslWithNoWayToReachThemIsListed() {
        var holders = everyRoleHeld();
        holders.put(Role.DSL, List.of(new RoleHolder("Daniel Price", false)));

        assertThat(ActivationCheck.gaps(new Arrangements(List.of(), holders), FINISHED_TEXT)).containsExactly(
                new Gap(GapKind.CONTACT_DETAILS, "Daniel Price (designated safeguarding lead) has no contact details",
                        "Staff"));
    }

    @Test
    void aPlaceholderInTheTextIsListedWithItsPosition() {
        var gaps = ActivationCheck.gaps(complete(), "Policy\nDSL: (Name and role)");

        assertThat(gaps).containsExactly(new Gap(GapKind.PLACEHOLDER,
                "Template placeholder \"(Name and role)\" is still in the text", "line 2, column 6"));
    }

    @Test
    void everyGapIsListedAtOnceDirectoryFirstThenRolesThenText() {
        var holders = everyRoleHeld();
        holders.put(Role.ONLINE_SAFETY_LEAD, List.of());
        var arrangements = new Arrangements(List.of(new DirectoryEntry("MASH", false)), holders);

        assertThat(ActivationCheck.gaps(arrangements, "<school name>")).extracting(Gap::kind)
                .containsExactly(GapKind.DIRECTORY, GapKind.ROLE, GapKind.PLACEHOLDER);
    }

    static Arrangements complete() {
        return new Arrangements(List.of(new DirectoryEntry("LADO", true), new DirectoryEntry("MASH", true)),
                everyRoleHeld());
    }

    static Map<Role, List<RoleHolder>> everyRoleHeld() {
        var holders = new EnumMap<Role, List<RoleHolder>>(Role.class);
        for (var role : ActivationCheck.NAMED_ROLES) {
            holders.put(role, List.of(new RoleHolder("Someone", true)));
        }
        return holders;
    }
}
