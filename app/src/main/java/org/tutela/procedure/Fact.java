package org.tutela.procedure;

/** The yes-or-no facts of a case that the escalation rules read (ESC-01). Absent means "no" or "not known". */
public enum Fact {
    SAFEGUARDING("Has a safeguarding or child-protection element"),
    IMMEDIATE_RISK("Someone is in immediate danger or at immediate risk of harm"),
    CRIME_SUSPECTED("Illegal activity or a criminal offence is suspected"),
    CRIME_RECORDED("A criminal offence is recorded"),
    UNSURE_IF_CRIME("Unclear whether a criminal offence was committed"),
    UNSURE_HOW_TO_PROCEED("The school is unsure how to proceed"),
    MEETS_LOCAL_THRESHOLD("Meets the local safeguarding thresholds"),
    SIGNIFICANT_HARM("Reasonable cause to suspect significant harm (Children Act 1989)"),
    CONTENT_ON_SCHOOL_SYSTEMS("Content was taken, shared or stored on the school network or devices"),
    SCHOOL_DEVICE("A school device was used"),
    PERSONAL_DEVICE("A personal device was used"),
    OTHER_SETTINGS_INVOLVED("Learners of another school or setting are involved"),
    OTHERS_TARGETED("Learners at other schools or members of the public may have been targeted"),
    SHARING_BEYOND_COMMUNITY("Information needs to go beyond the school community"),
    IMAGE_POTENTIALLY_ILLEGAL("The image is judged potentially illegal, not merely inappropriate"),
    BELIEVED_ILLEGAL_MATERIAL("Material believed to be illegal was accessed"),
    CSE_INTELLIGENCE("Information that may relate to child sexual exploitation"),
    CONTENT_NOT_REMOVED("Content not removed by those involved"),
    IIOC_SEEN_BY_ACCIDENT("Indecent images were seen by accident"),
    IIOC_ON_SCHOOL_DEVICE("Indecent images were found on a school device"),
    STAFF_IIOC_ON_SCHOOL_DEVICE("A member of staff holds indecent images on a school-provided device"),
    STAFF_ILLEGAL_ON_PERSONAL_DEVICE("A member of staff is suspected of illegal content or crime on a personal device"),
    COMPLAINT_ABOUT_STAFF_MISUSE("A complaint about staff misuse"),
    SECURITY_BREACH("A technical or security breach of infrastructure"),
    COMPUTER_MISUSE_ACT("Computer Misuse Act breach (unauthorised access, impairment)"),
    /** PROC-CMA-03: misuse under the acceptable use policy, not in itself an offence under the Act. */
    FILTER_BYPASS_ATTEMPT("An attempt to get round the filter (VPN, proxy, anonymiser, own DNS resolver), nothing more known"),
    DEVICE_MAY_HOLD_EVIDENCE("A learner's device may hold illegal material or evidence of a crime"),
    PASSWORD_COMPROMISED("A password is suspected to be compromised"),
    ABUSIVE_PLATFORM_CONTENT("Content on the learning platform is abusive, not merely inappropriate"),
    HARMFUL_SEXUAL_BEHAVIOUR("Harmful online sexual behaviour by a child towards another child"),
    NAMED_ALLEGATION_PUBLISHED("A named allegation against a teacher is published online"),
    SERVER_SEIZED("The police decide to seize networked equipment or the server"),
    STAFF_RELATIONSHIP_CONFLICT("A member of staff's relationship with a learner or family conflicts with the rules"),
    STAFF_CONTENT_CONFLICTS_ROLE("A member of staff considers that content they shared conflicts with their role"),
    CONTACTED_ON_PERSONAL_SOCIAL_MEDIA("Staff contacted by a learner or parent on a personal social-media account"),
    OFFICIAL_SOCIAL_MEDIA("The concern arose on official social media"),
    MONITORING_ALERT("The concern came from a monitoring alert"),
    UNSUITABLE_CONTENT_SEEN("A learner or member of staff came across unsuitable content"),
    VISITOR_BREACH("A visitor breached the device or photography rules"),
    INVESTIGATION_COMPLETED("The investigation is completed");

    private final String question;

    Fact(String question) {
        this.question = question;
    }

    public String question() {
        return question;
    }
}
