package org.tutela.filtering;

/**
 * A verdict with everything needed to explain it: the rule that decided, the category and list entry that
 * matched, the group it applied to, the policy version, where safe search sends the request, and for a learner whose
 * access is suspended, when it comes back.
 */
public record Decision(Verdict verdict, Rule rule, GroupId group, Category category, String listedName,
        String safeHost, TemporaryAllow temporaryAllow, long policyVersion, java.time.Instant suspendedUntil) {

    public Decision(Verdict verdict, Rule rule, GroupId group, Category category, String listedName, String safeHost,
            TemporaryAllow temporaryAllow, long policyVersion) {
        this(verdict, rule, group, category, listedName, safeHost, temporaryAllow, policyVersion, null);
    }

    public boolean blocked() {
        return verdict == Verdict.BLOCK;
    }

    /** One line a person can read: "BLOCK ks2-lower: in a category blocked for this group (Gambling, casino.example), policy v3". */
    public String explain() {
        var text = new StringBuilder(verdict.name()).append(' ').append(group).append(": ").append(rule.explanation());
        if (category != null || listedName != null) {
            text.append(" (");
            if (category != null) {
                text.append(category.label());
            }
            if (listedName != null) {
                text.append(category != null ? ", " : "").append(listedName);
            }
            text.append(')');
        }
        if (safeHost != null) {
            text.append(" via ").append(safeHost);
        }
        if (temporaryAllow != null) {
            text.append(" by ").append(temporaryAllow.grantedBy()).append(" until ").append(temporaryAllow.until())
                    .append(": ").append(temporaryAllow.reason());
        }
        if (suspendedUntil != null) {
            text.append(" until ").append(suspendedUntil);
        }
        return text.append(", policy v").append(policyVersion).toString();
    }
}
