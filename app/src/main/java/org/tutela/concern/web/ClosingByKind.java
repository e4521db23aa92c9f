package org.tutela.concern.web;

import org.tutela.concern.ClosureByKind;

/** The close form's fields by the kind of case, as sent; the concern decides which it needs. */
record ClosingByKind(String ceopSelfReport, String channelFormOn, String channelReference, String channelConsent,
        String breach, String staffOutcome, String staffOutcomeDetail, String welfareOffered, String welfareDetail,
        String policyApplied, String civilOrLegalAction) {

    ClosureByKind toClosure() {
        return new ClosureByKind(FormValues.choice(ClosureByKind.CeopSelfReport.class, ceopSelfReport), FormValues.date(channelFormOn),
                channelReference, "yes".equals(channelConsent), FormValues.choice(ClosureByKind.Breach.class, breach),
                FormValues.choice(ClosureByKind.StaffOutcome.class, staffOutcome), staffOutcomeDetail,
                welfareOffered == null || welfareOffered.isBlank() ? null : "yes".equals(welfareOffered), welfareDetail,
                policyApplied, civilOrLegalAction);
    }
}
