package org.tutela.school.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tutela.school.InvalidPersonDetails;
import org.tutela.school.Person;
import org.tutela.school.PersonDetails;
import org.tutela.school.PersonKind;
import org.tutela.school.Role;
import org.tutela.school.YearGroup;

/** What the add and edit pages send. Kept as typed text so that a wrong entry is shown back, never lost. */
public record PersonForm(String kind, String givenName, String familyName, String email, String jobTitle,
        String dobDay, String dobMonth, String dobYear, String yearGroup, List<String> roles, Integer version) {

    public PersonForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static PersonForm blank(PersonKind kind) {
        return new PersonForm(kind.name(), "", "", "", "", "", "", "", "", List.of(), null);
    }

    static PersonForm of(Person person, List<Role> roles) {
        var dob = person.dateOfBirth();
        return new PersonForm(person.kind().name(), person.givenName(), person.familyName(),
                nullToEmpty(person.email()), nullToEmpty(person.jobTitle()),
                dob == null ? "" : Integer.toString(dob.getDayOfMonth()),
                dob == null ? "" : Integer.toString(dob.getMonthValue()),
                dob == null ? "" : Integer.toString(dob.getYear()),
                person.yearGroup() == null ? "" : person.yearGroup().name(),
                roles.stream().map(Role::name).toList(), person.version());
    }

    PersonKind personKind() {
        try {
            return kind == null ? PersonKind.STAFF : PersonKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return PersonKind.STAFF;
        }
    }

    /** The details, or every problem with them keyed by field, in the order of the page. */
    Result details() {
        var errors = new LinkedHashMap<String, String>();
        LocalDate dob = null;
        YearGroup year = null;
        if (personKind() == PersonKind.LEARNER) {
            dob = dateOfBirth(errors);
            year = YearGroup.parse(yearGroup).orElse(null);
            if (year == null) {
                errors.put("yearGroup", "Select the learner's year group");
            }
        }
        var roleList = new ArrayList<Role>();
        for (var role : roles) {
            try {
                var parsed = Role.valueOf(role);
                if (parsed.scope() == Role.Scope.SCHOOL) {
                    roleList.add(parsed);
                }
            } catch (IllegalArgumentException unknown) {
                errors.put("roles", "Select roles from the list");
            }
        }
        try {
            var details = new PersonDetails(givenName, familyName, email, jobTitle, dob, year);
            return new Result(errors.isEmpty() ? details : null, roleList, inPageOrder(errors));
        } catch (InvalidPersonDetails invalid) {
            // PersonDetails stops at its first problem: check each field on its own to name every one.
            var birth = dob;
            for (var check : List.<Runnable>of(
                    () -> new PersonDetails(givenName, "-", null, null, null, null),
                    () -> new PersonDetails("-", familyName, null, null, null, null),
                    () -> new PersonDetails("-", "-", email, null, null, null),
                    () -> new PersonDetails("-", "-", null, null, birth, null))) {
                try {
                    check.run();
                } catch (InvalidPersonDetails problem) {
                    errors.putIfAbsent(problem.field(), problem.getMessage());
                }
            }
            errors.putIfAbsent(invalid.field(), invalid.getMessage());
            return new Result(null, roleList, inPageOrder(errors));
        }
    }

    private static final List<String> PAGE_ORDER = List.of("givenName", "familyName", "email", "roles",
            "dateOfBirth", "yearGroup");

    private static Map<String, String> inPageOrder(Map<String, String> errors) {
        var ordered = new LinkedHashMap<String, String>();
        PAGE_ORDER.stream().filter(errors::containsKey).forEach(field -> ordered.put(field, errors.get(field)));
        ordered.putAll(errors);
        return ordered;
    }

    private LocalDate dateOfBirth(Map<String, String> errors) {
        if (isBlank(dobDay) && isBlank(dobMonth) && isBlank(dobYear)) {
            errors.put("dateOfBirth", "Enter the learner's date of birth");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(dobYear.trim()), Integer.parseInt(dobMonth.trim()),
                    Integer.parseInt(dobDay.trim()));
        } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
            errors.put("dateOfBirth", "Date of birth must be a real date, like 27 3 2017");
            return null;
        }
    }

    record Result(PersonDetails details, List<Role> roles, Map<String, String> errors) {
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
