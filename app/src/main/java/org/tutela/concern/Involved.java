package org.tutela.concern;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Set;

import org.tutela.procedure.Party;
import org.tutela.school.PersonId;

/**
 * Someone involved in a concern: a person Tutela knows, or someone described (an unknown adult, a learner at another
 * school), with how they are involved. Several learners can be in one concern, each with their own involvement.
 */
public record Involved(PersonId person, Party.Kind kind, Party.Involvement involvement, String description,
        LocalDate dateOfBirth) {

    public Involved {
        Objects.requireNonNull(kind, "say who this is: a learner, staff, a parent, a visitor or someone unknown");
        Objects.requireNonNull(involvement, "say how they are involved");
        if (person == null && (description == null || description.isBlank())) {
            throw new ConcernRefused("Describe anyone who is not in the school's records, e.g. \"unknown adult on Snapchat\"");
        }
        description = description == null || description.isBlank() ? null : description.trim();
    }

    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null || date == null ? null : Period.between(dateOfBirth, date).getYears();
    }

    public Party asParty(LocalDate incidentDate, Set<String> rolesHeld) {
        return new Party(kind, involvement, ageOn(incidentDate), rolesHeld);
    }

    /** Whom the concern is about (subject or alleged perpetrator): excluded from the case whatever roles they hold. */
    public boolean about() {
        return involvement == Party.Involvement.SUBJECT || involvement == Party.Involvement.ALLEGED_PERPETRATOR;
    }
}
