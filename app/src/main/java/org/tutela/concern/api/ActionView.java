package org.tutela.concern.api;

import java.time.Instant;
import java.util.List;

import org.tutela.concern.CaseAction;

/** A required action with why the rules ask for it: the rule's id and words, and the policy it comes from. */
record ActionView(String code, String kind, Instant dueAt, String text, List<BecauseView> because, String status,
        boolean requiredNow, Boolean decision, String note, Instant doneAt, List<String> completedBy,
        List<String> evidence) {

    record BecauseView(String ruleId, String rule, String reference) {
    }

    static ActionView of(CaseAction action) {
        return new ActionView(action.code().name(), action.kind().name(), action.dueAt(), action.text(),
                action.because().stream().map(b -> new BecauseView(b.ruleId(), b.rule(), b.reference())).toList(),
                action.status().name(), action.requiredNow(), action.decision(), action.note(), action.doneAt(),
                action.completedBy().stream().map(Enum::name).sorted().toList(), action.evidence());
    }

    static List<ActionView> of(List<CaseAction> actions) {
        return actions.stream().map(ActionView::of).toList();
    }
}
