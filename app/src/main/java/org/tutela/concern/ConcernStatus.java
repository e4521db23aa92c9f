package org.tutela.concern;

/** The case lifecycle of INC-15. */
public enum ConcernStatus {
    NEW("Received"),
    TRIAGED("Triaged"),
    IN_PROGRESS("Actions in progress"),
    AWAITING_AGENCY("Awaiting an external agency"),
    CLOSED("Closed"),
    DEBRIEFED("Debriefed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the person who reported it sees (ACC-03): received, with the DSL, or closed; never the detail. */
    public String reporterLabel() {
        return switch (this) {
            case NEW -> "Received by the safeguarding team";
            case TRIAGED, IN_PROGRESS, AWAITING_AGENCY -> "Being dealt with by the safeguarding team";
            case CLOSED, DEBRIEFED -> "Closed";
        };
    }

    public boolean open() {
        return this != CLOSED && this != DEBRIEFED;
    }
}
