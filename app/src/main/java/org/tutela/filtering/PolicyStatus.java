package org.tutela.filtering;

public enum PolicyStatus {
    PROPOSED("Waiting for approval"),
    ACTIVE("In force"),
    SUPERSEDED("Replaced"),
    REJECTED("Not approved"),
    WITHDRAWN("Withdrawn");

    private final String label;

    PolicyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
