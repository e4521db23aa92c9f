package org.tutela.school;

public enum PersonKind {
    STAFF("Staff"),
    LEARNER("Learner"),
    PARENT_CARER("Parent or carer"),
    GOVERNOR("Governor"),
    VISITOR("Visitor"),
    TRUST_STAFF("Trust staff");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
