package org.tutela.procedure;

/** The rule types of the escalation table: M, D and A (REQUIREMENTS §3). Ordered from strongest to weakest. */
public enum ActionKind {
    /** M: generated automatically; cannot be removed without a recorded rationale, and blocks closure while open. */
    MANDATORY("Must be done"),
    /** D: the DSL records yes or no with a reason. */
    DECISION("Decision needed"),
    /** A: advice; nothing blocks on it. */
    ADVISORY("Advice");

    private final String label;

    ActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public ActionKind strongest(ActionKind other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
