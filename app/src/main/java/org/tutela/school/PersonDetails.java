package org.tutela.school;

import java.time.LocalDate;
import java.util.Locale;

/** The details of a person that an administrator keeps up to date. Checked here, whatever page or import sent them. */
public record PersonDetails(String givenName, String familyName, String email, String jobTitle, LocalDate dateOfBirth,
        YearGroup yearGroup) {

    public PersonDetails {
        givenName = required(givenName, "givenName", "Enter a first name");
        familyName = required(familyName, "familyName", "Enter a last name");
        email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidPersonDetails("email", "Enter an email address in the correct format, like name@example.org");
        }
        if (dateOfBirth != null && !dateOfBirth.isBefore(LocalDate.now())) {
            throw new InvalidPersonDetails("dateOfBirth", "Date of birth must be in the past");
        }
    }

    public static PersonDetails ofStaff(String givenName, String familyName, String email, String jobTitle) {
        return new PersonDetails(givenName, familyName, email, jobTitle, null, null);
    }

    public static PersonDetails ofLearner(String givenName, String familyName, LocalDate dateOfBirth, YearGroup year) {
        if (dateOfBirth == null) {
            throw new InvalidPersonDetails("dateOfBirth", "Enter the learner's date of birth");
        }
        if (year == null) {
            throw new InvalidPersonDetails("yearGroup", "Select the learner's year group");
        }
        return new PersonDetails(givenName, familyName, null, null, dateOfBirth, year);
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidPersonDetails(field, message);
        }
        if (value.length() > 100) {
            throw new InvalidPersonDetails(field, "Names must be 100 characters or fewer");
        }
        return value.trim();
    }
}
