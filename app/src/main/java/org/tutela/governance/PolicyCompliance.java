package org.tutela.governance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tutela.governance.ActivationCheck.GapKind;
import org.tutela.school.School;

/** Dashboard items for the policy (GOV-05), the contacts directory (ESC-18) and the named roles. */
@Component
class PolicyCompliance implements ComplianceCheck {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    private final OnlineSafetyPolicies policies;
    private final SchoolArrangements arrangements;

    PolicyCompliance(OnlineSafetyPolicies policies, SchoolArrangements arrangements) {
        this.policies = policies;
        this.arrangements = arrangements;
    }

    @Override
    public List<ComplianceItem> itemsFor(School school) {
        var base = "/schools/" + school.id();
        var arrangementGaps = ActivationCheck.arrangementGaps(arrangements.of(school));
        var directory = arrangementGaps.stream().filter(g -> g.kind() == GapKind.DIRECTORY).toList();
        var roles = arrangementGaps.stream().filter(g -> g.kind() != GapKind.DIRECTORY).toList();
        return List.of(policy(school, base, arrangementGaps),
                directory.isEmpty()
                        ? ComplianceItem.green("ESC-18", "Local contacts directory", "Every entry the policy needs is"
                                + " filled in.", base + "/contacts", "Who to contact")
                        : new ComplianceItem("ESC-18", "Local contacts directory", Rating.AMBER, listed(directory),
                                "Fill in your local area's details, so they are at hand when a concern needs them."
                                        + " The policy cannot be activated until they are.",
                                base + "/contacts", "Who to contact"),
                roles.isEmpty()
                        ? ComplianceItem.green("GOV-05", "Named roles", "The headteacher, DSL, deputy DSL, online"
                                + " safety lead and named governor are all in place.", base + "/staff", "Staff")
                        : new ComplianceItem("GOV-05", "Named roles", Rating.AMBER, listed(roles),
                                "Give each role to someone, and each DSL and deputy an email address.",
                                base + "/staff", "Staff"));
    }

    private ComplianceItem policy(School school, String base, List<ActivationCheck.Gap> arrangementGaps) {
        var link = base + "/policy";
        var inForce = policies.inForce(school.id());
        if (inForce.isPresent()) {
            var policy = inForce.get();
            var since = "Version " + policy.versionLabel() + " has been in force since "
                    + DAY.format(policy.activatedAt()) + " (activated by " + policy.activatedBy() + ").";
            return arrangementGaps.isEmpty()
                    ? ComplianceItem.green("GOV-05", "Online-safety policy", since, link, "Online-safety policy")
                    : new ComplianceItem("GOV-05", "Online-safety policy", Rating.AMBER,
                            since + " Since then " + arrangementGaps.size() + " of the arrangements it names "
                                    + (arrangementGaps.size() == 1 ? "has" : "have") + " lapsed.",
                            "Put the directory and the named roles right (see below).", link, "Online-safety policy");
        }
        var draft = policies.draft(school.id());
        if (draft.isPresent()) {
            var gaps = policies.gapsInDraft(school);
            return new ComplianceItem("GOV-05", "Online-safety policy", Rating.AMBER,
                    "Draft version " + draft.get().versionLabel() + " is not in force yet. " + (gaps.isEmpty()
                            ? "Nothing stops it being activated." : gaps.size() + (gaps.size() == 1 ? " gap stops"
                                    : " gaps stop") + " it being activated."),
                    gaps.isEmpty() ? "The headteacher reads it and activates it."
                            : "Put each gap right; the policy page lists them.", link, "Online-safety policy");
        }
        return new ComplianceItem("GOV-05", "Online-safety policy", Rating.AMBER,
                "Tutela holds no online-safety policy for this school.",
                "Add the policy's text as a draft; the headteacher activates it once nothing is missing.", link,
                "Online-safety policy");
    }

    private static String listed(List<ActivationCheck.Gap> gaps) {
        return gaps.stream().map(ActivationCheck.Gap::what).collect(Collectors.joining("; ")) + ".";
    }
}
