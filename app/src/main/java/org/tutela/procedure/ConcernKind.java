package org.tutela.procedure;

import java.util.EnumSet;
import java.util.Set;

/**
 * The base incident types of INC-03. Child-protection-by-default kinds always make an R1 case (INC-04); kinds about
 * staff make an R2 case. The default risk areas (content, contact, conduct) are proposed, and the DSL may change them.
 */
public enum ConcernKind {
    SEXUAL_VIOLENCE_OR_HARASSMENT("Online sexual violence or harassment", true, RiskArea.CONTACT, RiskArea.CONDUCT),
    SEXTING("Youth-produced sexual imagery (sexting)", true, RiskArea.CONDUCT),
    ABUSE_OR_EXPLOITATION("Online abuse or exploitation (sexual or criminal)", true, RiskArea.CONTACT),
    INDECENT_IMAGES("Indecent images of children", true, RiskArea.CONTENT),
    BULLYING("Online bullying", false, RiskArea.CONDUCT, RiskArea.CONTACT),
    HATE("Online hate", false, RiskArea.CONTENT, RiskArea.CONDUCT),
    RADICALISATION("Radicalisation or extremism", true, RiskArea.CONTACT, RiskArea.CONTENT),
    FILTERING_BREACH("Filtering breach or unsuitable content", false, RiskArea.CONTENT),
    OFFENSIVE_COMMUNICATION("Offensive communication", false, RiskArea.CONTACT),
    STAFF_ALLEGATION("Allegation about a member of staff", false, RiskArea.CONDUCT),
    PARENT_CONDUCT("Parent or carer conduct", false, RiskArea.CONDUCT),
    COMPUTER_MISUSE("Computer misuse", false, RiskArea.CONDUCT),
    LEARNING_PLATFORM_CONTENT("Learning platform content", false, RiskArea.CONTENT),
    SOCIAL_MEDIA("Social media concern", false, RiskArea.CONDUCT),
    PERSONAL_DEVICE_MISUSE("Personal device misuse", false, RiskArea.CONDUCT),
    DATA_OR_SECURITY_BREACH("Data or security breach", false, RiskArea.CONDUCT),
    OTHER("Other", false);

    public enum RiskArea {
        CONTENT("Content"), CONTACT("Contact"), CONDUCT("Conduct");

        private final String label;

        RiskArea(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final boolean childProtectionByDefault;
    private final Set<RiskArea> defaultRiskAreas;

    ConcernKind(String label, boolean childProtectionByDefault, RiskArea... defaultRiskAreas) {
        this.label = label;
        this.childProtectionByDefault = childProtectionByDefault;
        this.defaultRiskAreas = defaultRiskAreas.length == 0 ? EnumSet.noneOf(RiskArea.class)
                : EnumSet.of(defaultRiskAreas[0], defaultRiskAreas);
    }

    public String label() {
        return label;
    }

    /** Sexting, abuse or exploitation, indecent images, sexual violence or harassment, radicalisation (INC-04). */
    public boolean childProtectionByDefault() {
        return childProtectionByDefault;
    }

    /** Sexual kinds: no image or video is ever stored for them (PROC-SX-02, EVD-02). */
    public boolean sexual() {
        return this == SEXTING || this == INDECENT_IMAGES || this == ABUSE_OR_EXPLOITATION
                || this == SEXUAL_VIOLENCE_OR_HARASSMENT;
    }

    public Set<RiskArea> defaultRiskAreas() {
        return EnumSet.copyOf(defaultRiskAreas.isEmpty() ? EnumSet.noneOf(RiskArea.class) : defaultRiskAreas);
    }
}
