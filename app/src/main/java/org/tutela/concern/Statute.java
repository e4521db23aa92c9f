package org.tutela.concern;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tutela.procedure.ConcernKind;

/**
 * The offences the seed policies name (seed 000 appendix B; PROC-BUL-08, PROC-HATE, PROC-CSA, PROC-IIOC, PROC-CMA),
 * offered to the DSL when an offence is suspected, those that fit the case's kinds first. The wording is the seeds';
 * a school's own legislation library (REF-01) is a separate register.
 */
public enum Statute {
    PROTECTION_FROM_HARASSMENT_1997("Protection from Harassment Act 1997", "harassment: conduct on two or more occasions",
            ConcernKind.BULLYING, ConcernKind.HATE, ConcernKind.OFFENSIVE_COMMUNICATION, ConcernKind.PARENT_CONDUCT),
    MALICIOUS_COMMUNICATIONS_1988_S1("Malicious Communications Act 1988, s1",
            "sending an indecent, grossly offensive or threatening message to cause distress or anxiety",
            ConcernKind.BULLYING, ConcernKind.HATE, ConcernKind.OFFENSIVE_COMMUNICATION, ConcernKind.PARENT_CONDUCT),
    COMMUNICATIONS_2003_S127("Communications Act 2003, s127",
            "a grossly offensive, indecent, obscene or menacing message sent over a public network",
            ConcernKind.BULLYING, ConcernKind.HATE, ConcernKind.OFFENSIVE_COMMUNICATION, ConcernKind.PARENT_CONDUCT,
            ConcernKind.SOCIAL_MEDIA),
    PUBLIC_ORDER_1986_SS17_29("Public Order Act 1986, ss17-29", "stirring up racial hatred",
            ConcernKind.HATE, ConcernKind.RADICALISATION),
    RACIAL_AND_RELIGIOUS_HATRED_2006("Racial and Religious Hatred Act 2006", "stirring up religious hatred",
            ConcernKind.HATE, ConcernKind.RADICALISATION),
    CRIMINAL_JUSTICE_AND_COURTS_2015_S33("Criminal Justice and Courts Act 2015, s33",
            "sharing private sexual images without consent, to cause distress",
            ConcernKind.SEXUAL_VIOLENCE_OR_HARASSMENT, ConcernKind.BULLYING, ConcernKind.STAFF_ALLEGATION),
    SEXUAL_OFFENCES_2003_S8("Sexual Offences Act 2003, s8", "causing or inciting a child under 13 to engage in sexual activity",
            ConcernKind.ABUSE_OR_EXPLOITATION, ConcernKind.SEXUAL_VIOLENCE_OR_HARASSMENT),
    SEXUAL_OFFENCES_2003_S10("Sexual Offences Act 2003, s10", "causing or inciting a child (13 to 16) to engage in sexual activity",
            ConcernKind.ABUSE_OR_EXPLOITATION, ConcernKind.SEXUAL_VIOLENCE_OR_HARASSMENT),
    SEXUAL_OFFENCES_2003_S12("Sexual Offences Act 2003, s12", "causing a child to watch a sexual act",
            ConcernKind.ABUSE_OR_EXPLOITATION, ConcernKind.SEXUAL_VIOLENCE_OR_HARASSMENT),
    SEXUAL_OFFENCES_2003_S13("Sexual Offences Act 2003, s13", "child sex offences committed by a child",
            ConcernKind.SEXUAL_VIOLENCE_OR_HARASSMENT, ConcernKind.SEXTING),
    SEXUAL_OFFENCES_2003_S15("Sexual Offences Act 2003, s15", "meeting a child following sexual grooming",
            ConcernKind.ABUSE_OR_EXPLOITATION),
    SEXUAL_OFFENCES_2003_S16("Sexual Offences Act 2003, s16", "abuse of a position of trust",
            ConcernKind.STAFF_ALLEGATION),
    SERIOUS_CRIME_2015_S67("Serious Crime Act 2015, s67", "an adult sending a child sexual communication",
            ConcernKind.ABUSE_OR_EXPLOITATION, ConcernKind.STAFF_ALLEGATION),
    SERIOUS_CRIME_2015_S69("Serious Crime Act 2015, s69", "possessing a paedophile manual",
            ConcernKind.INDECENT_IMAGES, ConcernKind.STAFF_ALLEGATION),
    PROTECTION_OF_CHILDREN_1978_S1("Protection of Children Act 1978, s1",
            "taking, making, showing or distributing indecent images of children",
            ConcernKind.INDECENT_IMAGES, ConcernKind.SEXTING, ConcernKind.STAFF_ALLEGATION),
    CRIMINAL_JUSTICE_1988_S160("Criminal Justice Act 1988, s160", "possessing indecent images of children",
            ConcernKind.INDECENT_IMAGES, ConcernKind.SEXTING, ConcernKind.STAFF_ALLEGATION),
    CRIMINAL_JUSTICE_AND_IMMIGRATION_2008_S63("Criminal Justice and Immigration Act 2008, s63",
            "possessing extreme pornographic images", ConcernKind.FILTERING_BREACH, ConcernKind.STAFF_ALLEGATION),
    OBSCENE_PUBLICATIONS_1959_1964("Obscene Publications Acts 1959 and 1964", "publishing obscene material",
            ConcernKind.FILTERING_BREACH, ConcernKind.LEARNING_PLATFORM_CONTENT),
    COMPUTER_MISUSE_1990_SS1_3("Computer Misuse Act 1990, ss1-3",
            "unauthorised access, access with intent to commit a further offence, impairing a computer",
            ConcernKind.COMPUTER_MISUSE, ConcernKind.DATA_OR_SECURITY_BREACH),
    COPYRIGHT_DESIGNS_AND_PATENTS_1988("Copyright, Designs and Patents Act 1988", "copying or sharing protected work",
            ConcernKind.LEARNING_PLATFORM_CONTENT, ConcernKind.SOCIAL_MEDIA);

    private final String title;
    private final String offence;
    private final Set<ConcernKind> kinds;

    Statute(String title, String offence, ConcernKind... kinds) {
        this.title = title;
        this.offence = offence;
        this.kinds = EnumSet.noneOf(ConcernKind.class);
        this.kinds.addAll(Arrays.asList(kinds));
    }

    public String title() {
        return title;
    }

    public String offence() {
        return offence;
    }

    public boolean fits(Set<ConcernKind> caseKinds) {
        return caseKinds.stream().anyMatch(kinds::contains);
    }

    /** Every statute, those that fit the case's kinds first, each group in the seeds' order. */
    public static List<Statute> forCase(Set<ConcernKind> caseKinds) {
        return Arrays.stream(values()).sorted(Comparator.comparing((Statute s) -> !s.fits(caseKinds))).toList();
    }
}
