package org.tutela.school.access;

/** The record classes of REQUIREMENTS §1.2. */
public enum RecordClass {
    R1("Safeguarding / child-protection case"),
    R2("Allegation or complaint about a member of staff"),
    R3("General online-safety incident"),
    R4("Filtering and monitoring logs and alerts"),
    R5("Register: accounts, AUP agreements, consents, devices"),
    R6("Training and engagement records"),
    R7("Policies, risk assessments, governance minutes"),
    R8("Anonymised aggregate reports");

    private final String label;

    RecordClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
