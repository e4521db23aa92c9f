package org.tutela.concern;

public enum ActionStatus {
    OPEN("To do"), STARTED("Started"), DONE("Done"), NOT_APPLICABLE("Not applicable"),
    WITHDRAWN("No longer required");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean outstanding() {
        return this == OPEN || this == STARTED;
    }
}
