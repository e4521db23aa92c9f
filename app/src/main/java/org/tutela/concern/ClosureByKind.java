package org.tutela.concern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;

/**
 * What closing asks for by the kind of case: the CEOP self-report for abuse or exploitation (PROC-CSA-03), the Channel
 * referral's form for a referral decided yes (PROC-RAD-03), the breach classified (PROC-FB-06), the outcome and the
 * welfare decision on a staff case (PROC-STF-04, INC-20), and the policy applied on a parent's conduct (PROC-PAR-02/03).
 */
public record ClosureByKind(CeopSelfReport ceopSelfReport, LocalDate channelFormOn, String channelReference,
        boolean channelConsent, Breach breach, StaffOutcome staffOutcome, String staffOutcomeDetail,
        Boolean welfareOffered, String welfareDetail, String policyApplied, String civilOrLegalAction) {

    public static final ClosureByKind NONE = new ClosureByKind(null, null, null, false, null, null, null, null, null,
            null, null);

    public enum CeopSelfReport {
        YES("Yes"), NO("No"), NOT_APPROPRIATE("Not appropriate");

        private final String label;

        CeopSelfReport(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Breach {
        ACCIDENTAL("Accidental"), DELIBERATE("Deliberate");

        private final String label;

        Breach(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum StaffOutcome {
        DISCIPLINARY("Disciplinary action"), CIVIL("Civil action"), LEGAL("Legal action"), NONE("None");

        private final String label;

        StaffOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Which of these a case needs, read from its kinds, its people and its Channel decision. */
    public record Needs(boolean ceop, boolean channel, boolean breach, boolean staff, boolean parent) {

        /** A staff case is an allegation about staff, or any case about a member of staff (PROC-STF-04). */
        static Needs of(java.util.Set<ConcernKind> kinds, List<Involved> involved, CaseAction channel) {
            var staffSubject = involved.stream().anyMatch(i -> i.about() && i.kind() == Party.Kind.STAFF);
            return new Needs(kinds.contains(ConcernKind.ABUSE_OR_EXPLOITATION),
                    channel != null && channel.status() == ActionStatus.DONE && Boolean.TRUE.equals(channel.decision()),
                    kinds.contains(ConcernKind.FILTERING_BREACH),
                    kinds.contains(ConcernKind.STAFF_ALLEGATION) || staffSubject,
                    kinds.contains(ConcernKind.PARENT_CONDUCT));
        }

        public boolean welfare() {
            return staff || parent;
        }

        public boolean any() {
            return ceop || channel || breach || staff || parent;
        }
    }

    public ClosureByKind {
        channelReference = trim(channelReference);
        staffOutcomeDetail = trim(staffOutcomeDetail);
        welfareDetail = trim(welfareDetail);
        policyApplied = trim(policyApplied);
        civilOrLegalAction = trim(civilOrLegalAction);
    }

    /** What is missing for a case with these needs; a deliberate breach also needs a sanction recorded on the case. */
    List<String> missing(Needs needs, boolean sanctionRecorded) {
        var missing = new ArrayList<String>();
        if (needs.ceop() && ceopSelfReport == null) {
            missing.add("whether the learner was supported to self-report to CEOP (yes, no or not appropriate)");
        }
        if (needs.channel()) {
            if (channelFormOn == null) {
                missing.add("the date of the Prevent referral form");
            }
            if (channelReference == null) {
                missing.add("the Channel referral's reference");
            }
            if (!channelConsent) {
                missing.add("that the individual was informed and consented (taking part in Channel is voluntary)");
            }
        }
        if (needs.breach()) {
            if (breach == null) {
                missing.add("whether the filtering breach was accidental or deliberate");
            } else if (breach == Breach.DELIBERATE && !sanctionRecorded) {
                missing.add("a sanction under the AUP or behaviour policy for the deliberate breach");
            }
        }
        if (needs.staff()) {
            if (staffOutcome == null) {
                missing.add("the outcome for the member of staff (disciplinary, civil or legal action, or none)");
            } else if (staffOutcome != StaffOutcome.NONE && staffOutcomeDetail == null) {
                missing.add("what the " + staffOutcome.label().toLowerCase() + " is");
            }
        }
        if (needs.parent()) {
            if (policyApplied == null) {
                missing.add("the policy applied to the parent's or carer's conduct");
            }
            if (civilOrLegalAction == null) {
                missing.add("any civil or legal action (or \"none\")");
            }
        }
        if (needs.welfare()) {
            if (welfareOffered == null) {
                missing.add("whether welfare support was offered");
            } else if (welfareOffered && welfareDetail == null) {
                missing.add("what welfare support was offered");
            }
        }
        return missing;
    }

    /** What was recorded, in the school's words, for the case page and the chronology. */
    public List<String> lines() {
        var lines = new ArrayList<String>();
        if (ceopSelfReport != null) {
            lines.add("Learner supported to self-report via CEOP: " + ceopSelfReport.label().toLowerCase());
        }
        if (channelFormOn != null || channelReference != null) {
            lines.add("Channel referral: form of " + channelFormOn + ", reference " + channelReference
                    + (channelConsent ? ", the individual informed and consenting" : ""));
        }
        if (breach != null) {
            lines.add("Filtering breach: " + breach.label().toLowerCase());
        }
        if (staffOutcome != null) {
            lines.add("Outcome for the member of staff: " + staffOutcome.label().toLowerCase()
                    + (staffOutcomeDetail == null ? "" : ": " + staffOutcomeDetail));
        }
        if (policyApplied != null) {
            lines.add("Policy applied: " + policyApplied);
        }
        if (civilOrLegalAction != null) {
            lines.add("Civil or legal action: " + civilOrLegalAction);
        }
        if (welfareOffered != null) {
            lines.add("Welfare support offered: " + (welfareOffered ? "yes" : "no")
                    + (welfareDetail == null ? "" : ": " + welfareDetail));
        }
        return lines;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
