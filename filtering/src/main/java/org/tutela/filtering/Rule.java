package org.tutela.filtering;

/** Which rule of the policy decided, in the order the engine tries them. */
public enum Rule {
    ILLEGAL_LIST("on an illegal-content list, which nobody can allow"),
    NOT_A_HOST_NAME("not a valid host name, so it cannot be checked against the lists"),
    SUSPENSION("this learner's school internet access is suspended for a while, as a sanction"),
    LEARNER_EXCEPTION("an exception for this learner, decided on their needs"),
    TEMPORARY_ALLOW("allowed for this group for a while by a member of staff"),
    DENY_LIST("on the group's deny list"),
    ALLOW_LIST("on the group's allow list"),
    NOT_ON_ALLOW_LIST("not on the list of approved sites for this group"),
    BLOCKED_CATEGORY("in a category blocked for this group"),
    SAFE_SEARCH("a search engine: safe search is enforced"),
    DEFAULT_ALLOW("in no blocked category");

    private final String explanation;

    Rule(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }

    /** The rule's name in logs and on the wire: {@code blocked-category}, {@code illegal-list}, … */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
