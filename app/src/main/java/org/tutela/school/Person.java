package org.tutela.school;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** Someone Tutela knows: staff, a learner, a parent or carer, a governor, a visitor, or trust staff. */
public record Person(PersonId id, SchoolId school, TrustId trust, PersonKind kind, String givenName, String familyName,
        String email, String jobTitle, LocalDate dateOfBirth, YearGroup yearGroup, boolean active, int version) {

    public Person {
        Objects.requireNonNull(id, "a person has an id");
        Objects.requireNonNull(kind, "a person is of a kind");
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public KeyStage keyStage() {
        return yearGroup == null ? null : yearGroup.keyStage();
    }

    /** Age in whole years on a date, as the escalation rules need it on the incident date. */
    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, date).getYears();
    }
}
