package org.tutela.concern;

/** Where the concern happened, what was used, and how the school found out (INC-02, INC-07, INC-16). */
public final class Intake {

    private Intake() {
    }

    public enum Location {
        ON_SITE("In school"), OFF_SITE("Outside school"), ONLINE_ONLY("Online only"), NOT_KNOWN("Not known");

        private final String label;

        Location(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Device {
        SCHOOL("A school device"), PERSONAL("A personal device"), BOTH("School and personal devices"),
        NONE("No device"), NOT_KNOWN("Not known");

        private final String label;

        Device(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Source {
        STAFF_OBSERVATION("Staff observation"), SELF_DISCLOSURE("Learner told us about themselves"),
        PEER_REPORT("Another learner told us"), PARENT("A parent or carer"), MONITORING_ALERT("Monitoring alert"),
        FILTERING_LOG("Filtering log"), EXTERNAL_AGENCY("An external agency"), ANONYMOUS("Anonymous report"),
        ONLINE_REPORT("The school's online reporting page");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ReporterKind { STAFF, LEARNER, PARENT_CARER, VISITOR, ANONYMOUS, SYSTEM }
}
