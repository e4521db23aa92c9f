package org.tutela.filtering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An exception to the filtering policy for one learner, decided on their needs (FILT-17, REG-10): a site allowed or
 * blocked for them, or another group, with the rationale and the date by which it must be looked at again. It is part
 * of a policy version, so it is proposed and approved like any other change. The enforcement points receive only the
 * rule, never the learner's name or the rationale.
 *
 * @param learner the learner as staff know them ("Sam Patel, 5 Oak")
 * @param user    their Squid user name, if the school's proxy signs learners in
 * @param device  their device's IP address, for a device that is theirs alone
 */
public record IndividualException(UUID id, String learner, String user, String device, LearnerException.Kind kind,
        String domain, String group, String rationale, LocalDate reviewBy) {

    public IndividualException {
        if (id == null) {
            id = UUID.randomUUID();
        }
        if (learner == null || learner.isBlank()) {
            throw new PolicyChangeRefused("Name the learner the exception is for");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new PolicyChangeRefused("Give the rationale: what about this learner's needs makes the exception right");
        }
        if (reviewBy == null) {
            throw new PolicyChangeRefused("Give the date by which the exception must be reviewed");
        }
        if (kind == null) {
            throw new PolicyChangeRefused("Say whether the exception allows a site, blocks a site or uses another group");
        }
        learner = learner.trim();
        rationale = rationale.trim();
        user = blankToNull(user);
        device = blankToNull(device);
        domain = kind == LearnerException.Kind.GROUP ? null : blankToNull(domain);
        group = kind == LearnerException.Kind.GROUP ? blankToNull(group) : null;
    }

    /** The rule as the enforcement points get it. */
    public PolicyBundle.LearnerRule rule() {
        return new PolicyBundle.LearnerRule(user, device, kind.name(), domain, group);
    }

    /** Whether the review date has come. */
    public boolean reviewDue(LocalDate today) {
        return !reviewBy.isAfter(today);
    }

    /** What it does, in words: "allows widgit.example", "blocks games.example", "is filtered as ks2-lower". */
    public String effect() {
        return switch (kind) {
            case ALLOW -> "allows " + domain;
            case DENY -> "blocks " + domain;
            case GROUP -> "is filtered as " + group;
        };
    }

    /** Who it applies to, as the filter knows them. */
    public String identifiedBy() {
        if (user != null && device != null) {
            return "user " + user + " or device " + device;
        }
        return user != null ? "user " + user : "device " + device;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
