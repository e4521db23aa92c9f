package org.tutela.concern;

/** The decision on telling parents or carers that every case involving a learner must record (INC-13). */
public enum ParentsDecision {
    INFORMED("Informed"), NOT_YET("Not yet"), NOT_APPROPRIATE("Not appropriate");

    private final String label;

    ParentsDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
