package org.tutela.procedure;

import java.util.Objects;
import java.util.Set;

/**
 * One person involved in a case as the rules see them: what kind of person, how involved, their age on the incident
 * date (null when not known) and the school roles they hold (for "the subject is the headteacher or DSL").
 */
public record Party(Kind kind, Involvement involvement, Integer ageOnIncidentDate, Set<String> rolesHeld) {

    public enum Kind { LEARNER, STAFF, PARENT_CARER, VISITOR, UNKNOWN_ADULT, UNKNOWN }

    public enum Involvement {
        VICTIM("Victim"), ALLEGED_PERPETRATOR("Alleged perpetrator"), WITNESS("Witness"), SUBJECT("Subject"),
        SHARED_CONTENT("Shared or endorsed the content");

        private final String label;

        Involvement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Party {
        Objects.requireNonNull(kind, "a party is of a kind");
        Objects.requireNonNull(involvement, "a party has an involvement");
        if (ageOnIncidentDate != null && (ageOnIncidentDate < 0 || ageOnIncidentDate > 130)) {
            throw new IllegalArgumentException("an age must be between 0 and 130");
        }
        rolesHeld = rolesHeld == null ? Set.of() : Set.copyOf(rolesHeld);
    }

    public static Party of(Kind kind, Involvement involvement, Integer age) {
        return new Party(kind, involvement, age, Set.of());
    }

    /** Witnesses are not "involved" for the age rules: a teacher who saw it is not an adult in a sexting case. */
    public boolean partyToIt() {
        return involvement != Involvement.WITNESS;
    }

    /** 18 or over on the incident date (REF-04, G-18); staff, parents and unknown adults are adults. */
    public boolean adult() {
        if (ageOnIncidentDate != null) {
            return ageOnIncidentDate >= 18;
        }
        return kind == Kind.STAFF || kind == Kind.PARENT_CARER || kind == Kind.UNKNOWN_ADULT;
    }

    public boolean under(int age) {
        return ageOnIncidentDate != null && ageOnIncidentDate < age;
    }

    /** Whom the concern is about: its subject or the alleged perpetrator. */
    public boolean about() {
        return involvement == Involvement.SUBJECT || involvement == Involvement.ALLEGED_PERPETRATOR;
    }
}
