package org.tutela.register.risk;

/** The types of risk assessment of RA-01, Prevent among them (RA-07). */
public enum RiskAssessmentKind {
    NEW_TECHNOLOGY("New technology or app"),
    ONLINE_LEARNING_RESOURCE("Online learning resource"),
    VIDEO_CONFERENCING("Video conferencing"),
    SOCIAL_MEDIA_CHANNEL("Official social-media channel"),
    PROGRESS_TRACKING_APP("Progress-tracking app"),
    FILTERING_CHANGE("Filtering change"),
    PREVENT("Prevent duty"),
    DEVICE_USE("Device use"),
    LIVE_LESSONS("Live lessons"),
    SEARCH_TOOL("Search-tool choice"),
    TECHNOLOGY_ON_SITE("Use of technology on site");

    private final String label;

    RiskAssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
