package org.tutela.procedure;

/**
 * The stable codes of required actions. A code means one thing only and is never reused for another; integrations
 * and reports key on it. {@code docs/procedures.md} lists them with their meanings.
 */
public enum ActionCode {
    DSL("Tell the designated safeguarding lead (or a deputy) and record the concern; an R1 case keeps it in the"
            + " child-protection records"),
    HEADTEACHER("Tell the headteacher"),
    WHISTLEBLOWING_ALTERNATE("Route to the whistleblowing alternate (e.g. the chair of governors), not to the subject"),
    POLICE_999("Call the police on 999 and record the call"),
    POLICE_101("Contact the police on 101 and record the log number"),
    POLICE_ADVICE("Consult the police for advice and record it"),
    POLICE_INTELLIGENCE("Pass the information to the police as possible child sexual exploitation intelligence"),
    CEOP("Report to CEOP"),
    IWF("Report the URL(s) to the Internet Watch Foundation, as text only"),
    LADO("Discuss with or refer to the Local Authority Designated Officer"),
    SOCIAL_CARE("Consult or refer to children's social care"),
    MASH_ADVICE("Seek advice from the multi-agency safeguarding hub and log it"),
    EDUCATION_SAFEGUARDING_TEAM("Report to or seek advice from the local education safeguarding team"),
    CHANNEL("Decide on a Channel referral through the Prevent referral form"),
    TRUST_SAFEGUARDING("Escalate to the trust's designated safeguarding officer"),
    TRUST_TECHNOLOGY("Tell the trust technology team"),
    OSL("Tell the online safety lead"),
    TECHNICAL_STAFF("Send to technical staff"),
    LEADERSHIP("Tell the leadership team"),
    LINE_MANAGER("Tell the line manager"),
    OTHER_SETTING_DSL("Identify and work with the other setting's DSL"),
    PARENTS("Decide on telling the parents or carers, and record it"),
    SERVICE_PROVIDER("Ask the service provider or platform to remove the content"),
    SECURE_DEVICE("Secure the device(s) and record custody; never copy or view the content"),
    DEVICE_TO_POLICE("Hand the device to the police; do not release it to the parents"),
    QUARANTINE_DEVICE("Quarantine the device until the police advise; it cannot be reissued or wiped"),
    BLOCK_AND_ISOLATE("Technical task: block access for all users and isolate the item"),
    DELETE_COPIES("Delete known copies, only after the DSL confirms it or the police advise"),
    RISK_ASSESSMENT("Complete the risk assessment"),
    CSE_TOOLKIT("Treat as possible exploitation: use the local CSE toolkit"),
    CSA_PROCEDURE("Open the online child sexual abuse procedure"),
    HARMFUL_BEHAVIOUR_PROCEDURE("Follow the local procedure for children displaying harmful behaviour"),
    POLICE_BEFORE_OTHER_STEPS("Discuss with the police before sanctions, parent contact or contact with other settings"),
    SHARING_GATE("Consult before information about the incident goes beyond the school community"),
    INVESTIGATE("Investigate and record each step: system logs examined, witnesses identified and interviewed"),
    SANCTIONS("Decide on sanctions under the behaviour, anti-bullying or AUP policy"),
    SUPPORT("Offer support and record it"),
    FILTERING_BREACH("Record the linked filtering breach"),
    REPORTING_RESTRICTION("Flag the Education Act 2011 s13 reporting restriction"),
    CONTINUITY_PLAN("Invoke the network continuity plan"),
    PASSWORD_RESET("Force a password reset for the affected account"),
    REMOVE_CONTENT("Remove the content from the learning platform"),
    CHALLENGE_VISITOR("Challenge the visitor and record it"),
    CONDUCT_POLICIES("Follow the staff conduct and allegations policies"),
    DEBRIEF("Leadership debrief: lessons learnt, policy or curriculum changes, review of handling");

    private final String meaning;

    ActionCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
