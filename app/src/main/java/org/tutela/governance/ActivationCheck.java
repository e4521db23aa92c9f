package org.tutela.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tutela.school.Role;

/**
 * What must be true before an online-safety policy may be activated (GOV-05, ESC-18): every required entry of the
 * local contacts directory filled in, every named role held by someone, each DSL and deputy reachable, and no
 * template placeholder left in the text. Plain Java: it is given the facts and lists every gap.
 */
public final class ActivationCheck {

    /** The named roles GOV-05 requires, in the order the policy's key details list them. */
    public static final List<Role> NAMED_ROLES = List.of(Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL,
            Role.ONLINE_SAFETY_LEAD, Role.GOVERNOR);

    public enum GapKind { DIRECTORY, ROLE, CONTACT_DETAILS, PLACEHOLDER }

    /** One thing that stops activation: what is missing and where to put it right. */
    public record Gap(GapKind kind, String what, String where) {
    }

    /** An entry of the directory ESC-18 requires, and whether the school has filled it in. */
    public record DirectoryEntry(String label, boolean filled) {
    }

    /** Someone holding a named role, and whether the school holds a way to reach them. */
    public record RoleHolder(String name, boolean reachable) {
    }

    /** The school's arrangements as they stand: its directory and who holds each named role. */
    public record Arrangements(List<DirectoryEntry> directory, Map<Role, List<RoleHolder>> holders) {

        public Arrangements {
            directory = List.copyOf(directory);
            holders = Map.copyOf(holders);
        }

        public List<RoleHolder> holding(Role role) {
            return holders.getOrDefault(role, List.of());
        }
    }

    private ActivationCheck() {
    }

    /** Every gap in the arrangements and the text, directory first; empty when the policy may be activated. */
    public static List<Gap> gaps(Arrangements arrangements, String policyText) {
        var gaps = new ArrayList<Gap>(arrangementGaps(arrangements));
        for (var placeholder : TemplatePlaceholders.in(policyText)) {
            gaps.add(new Gap(GapKind.PLACEHOLDER, "Template placeholder \"" + placeholder.text() + "\" is still in the"
                    + " text", placeholder.position()));
        }
        return gaps;
    }

    /** The gaps that do not depend on the policy's text: the directory and the named roles. */
    public static List<Gap> arrangementGaps(Arrangements arrangements) {
        var gaps = new ArrayList<Gap>();
        for (var entry : arrangements.directory()) {
            if (!entry.filled()) {
                gaps.add(new Gap(GapKind.DIRECTORY, entry.label() + " is empty in the contacts directory",
                        "Who to contact"));
            }
        }
        for (var role : NAMED_ROLES) {
            var holders = arrangements.holding(role);
            if (holders.isEmpty()) {
                gaps.add(new Gap(GapKind.ROLE, "No one holds the role " + role.label().toLowerCase(java.util.Locale.ROOT)
                        + (role == Role.GOVERNOR ? " (the named governor for online safety)" : ""), "Staff"));
            }
            if (role == Role.DSL || role == Role.DEPUTY_DSL) {
                holders.stream().filter(holder -> !holder.reachable()).forEach(holder -> gaps.add(new Gap(
                        GapKind.CONTACT_DETAILS, holder.name() + " (" + role.label().toLowerCase(java.util.Locale.ROOT)
                                + ") has no contact details", "Staff")));
            }
        }
        return gaps;
    }
}
