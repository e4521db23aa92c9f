package org.tutela.register.curriculum;

/**
 * Online-safety topics a lesson is tagged with: the eight strands of UKCIS Education for a Connected World (2020),
 * then topics the policies name on their own (PROC-IIOC-09, FILT-06, TRN-11).
 */
public enum CurriculumTopic {
    SELF_IMAGE_AND_IDENTITY("Self-image and identity"),
    ONLINE_RELATIONSHIPS("Online relationships"),
    ONLINE_REPUTATION("Online reputation"),
    ONLINE_BULLYING("Online bullying"),
    MANAGING_ONLINE_INFORMATION("Managing online information"),
    HEALTH_WELLBEING_AND_LIFESTYLE("Health, well-being and lifestyle"),
    PRIVACY_AND_SECURITY("Privacy and security"),
    COPYRIGHT_AND_OWNERSHIP("Copyright and ownership"),
    INDECENT_IMAGES_CONSEQUENCES("Indecent images: consequences"),
    SAFE_SEARCHING("Safe searching"),
    TRANSITION("Transition between key stages or schools");

    private final String label;

    CurriculumTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it is one of the eight strands of Education for a Connected World. */
    public boolean connectedWorldStrand() {
        return ordinal() <= COPYRIGHT_AND_OWNERSHIP.ordinal();
    }
}
