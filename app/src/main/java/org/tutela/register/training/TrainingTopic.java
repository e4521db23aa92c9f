package org.tutela.register.training;

import java.util.Set;

import org.tutela.school.Role;

/**
 * The topics of staff training Tutela tracks, with who must have each and how long it lasts unless the school sets
 * otherwise. Prevent lasts three years by default: the Prevent duty guidance sets no interval, and three years is
 * the refresher most local authorities ask for.
 */
public enum TrainingTopic {
    /** TRN-06, PROC-RAD-06: every member of staff. */
    PREVENT("Prevent duty", 36, Audience.ALL_STAFF),
    /** TRN-02: annual, with alerts before and after it falls due. */
    SAFEGUARDING("Annual safeguarding", 12, Audience.ALL_STAFF),
    /** TRN-03. */
    ONLINE_SAFETY_BRIEFING("Online-safety briefing", 12, Audience.ALL_STAFF),
    /** TRN-07: staff responsible for filtering and monitoring. */
    FILTERING_AND_MONITORING("Filtering and monitoring", 12, Audience.TECHNICAL_STAFF),
    /** TRN-04: professional development and staff-meeting sessions, logged with attendees; nobody is chased for it. */
    PROFESSIONAL_DEVELOPMENT("Other professional development or staff meeting", null, Audience.NOBODY);

    enum Audience { ALL_STAFF, TECHNICAL_STAFF, NOBODY }

    private final String label;
    private final Integer defaultRenewalMonths;
    private final Audience audience;

    TrainingTopic(String label, Integer defaultRenewalMonths, Audience audience) {
        this.label = label;
        this.defaultRenewalMonths = defaultRenewalMonths;
        this.audience = audience;
    }

    public String label() {
        return label;
    }

    /** Months until it must be done again, or null when it does not lapse. */
    public Integer defaultRenewalMonths() {
        return defaultRenewalMonths;
    }

    /** Whether a member of staff holding these roles at the school must have this training. */
    public boolean requiredOf(Set<Role> roles) {
        return switch (audience) {
            case ALL_STAFF -> true;
            case TECHNICAL_STAFF -> roles.contains(Role.TECHNICAL_STAFF);
            case NOBODY -> false;
        };
    }

    /** Whether the dashboard has a column for it. */
    public boolean tracked() {
        return audience != Audience.NOBODY;
    }
}
