package org.tutela.filtering;

import java.time.Instant;
import java.util.UUID;

import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/** Something sent from the block page: a worry for the DSL, or a request to unblock a site. */
public record BlockPageRequest(UUID id, SchoolId school, Kind kind, String url, String host, String category,
        String group, Integer policyVersion, String message, String reporterName, Instant createdAt, Status status,
        PersonId decidedBy, Instant decidedAt, String decisionNote) {

    public enum Kind {
        /** "Tell a trusted adult": goes to the DSL and deputies. */
        CONCERN,
        /** "Ask for this to be unblocked": goes to the online safety lead and technical staff. */
        UNBLOCK
    }

    public enum Status {
        OPEN("Waiting"), ALLOWED("Allowed for a while"), KEPT_BLOCKED("Kept blocked"), SEEN("Seen by the DSL");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String categoryLabel() {
        return category == null ? "Not known" : PolicyDiff.label(category);
    }
}
