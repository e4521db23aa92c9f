package org.tutela.school.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.ChangedMeanwhile;
import org.tutela.school.InvalidPersonDetails;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.Role;
import org.tutela.school.RoleAssignmentPolicy;
import org.tutela.school.RoleAssignment;
import org.tutela.school.School;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The register of a school's staff and learners, for those who keep it. */
@Controller
class PeopleController {

    private final People people;
    private final Schools schools;
    private final AuditTrail audit;

    PeopleController(People people, Schools schools, AuditTrail audit) {
        this.people = people;
        this.schools = schools;
        this.audit = audit;
    }

    @GetMapping("/schools/{school}/staff")
    String staff(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_PEOPLE, school);
        model.addAttribute("people", people.ofSchool(at.id(), PersonKind.STAFF));
        return list(at, viewer, PersonKind.STAFF, model);
    }

    @GetMapping("/schools/{school}/learners")
    String learners(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_PEOPLE, school);
        var learners = people.ofSchool(at.id(), PersonKind.LEARNER).stream()
                .sorted(Comparator.comparing(Person::yearGroup).thenComparing(Person::familyName))
                .toList();
        model.addAttribute("people", learners);
        return list(at, viewer, PersonKind.LEARNER, model);
    }

    private String list(School at, Viewer viewer, PersonKind kind, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("kind", kind);
        model.addAttribute("mayManage", viewer.may(Permission.MANAGE_PEOPLE, at.id()));
        audit.record("REGISTER_READ", kind == PersonKind.LEARNER ? "learner_list" : "staff_list", at.id(),
                at.id().value(), Outcome.ALLOWED, null);
        return "school/people";
    }

    @GetMapping("/schools/{school}/people/new")
    String newPerson(@PathVariable UUID school, @RequestParam(defaultValue = "STAFF") PersonKind kind, Viewer viewer,
            Model model) {
        var at = schools.where(viewer, Permission.MANAGE_PEOPLE, school);
        return form(at, null, PersonForm.blank(kind), model);
    }

    @PostMapping("/schools/{school}/people")
    String add(@PathVariable UUID school, @ModelAttribute PersonForm form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_PEOPLE, school);
        var result = form.details();
        var errors = new java.util.LinkedHashMap<>(result.errors());
        if (form.personKind() == PersonKind.STAFF) {
            RoleAssignmentPolicy.refusal(viewer, PersonId.random(), at.id(), Set.of(), Set.copyOf(result.roles()))
                    .ifPresent(refusal -> errors.put("roles", refusal));
        }
        if (!errors.isEmpty()) {
            return invalid(at, null, form, errors, model, response);
        }
        try {
            var person = people.add(at.id(), null, form.personKind(), result.details());
            if (person.kind() == PersonKind.STAFF) {
                people.setRolesAt(person.id(), at.id(), result.roles());
            }
            redirect.addFlashAttribute("success", person.fullName() + " has been added");
            return "redirect:/schools/" + school + "/people/" + person.id();
        } catch (InvalidPersonDetails invalid) {
            return invalid(at, null, form, java.util.Map.of(invalid.field(), invalid.getMessage()), model, response);
        }
    }

    @GetMapping("/schools/{school}/people/{person}")
    String person(@PathVariable UUID school, @PathVariable UUID person, Viewer viewer, Model model) {
        var own = viewer.person().value().equals(person) && new SchoolId(school).equals(viewer.school());
        var at = own ? schools.find(new SchoolId(school)).orElseThrow(NotFound::new)
                : schools.where(viewer, Permission.VIEW_PEOPLE, school);
        var found = personAt(at, person);
        audit.record("RECORD_VIEWED", "person", found.id(), at.id().value(), Outcome.ALLOWED, found.kind().name());
        model.addAttribute("school", at);
        model.addAttribute("person", found);
        model.addAttribute("roles", people.rolesOf(found.id()).stream().map(RoleAssignment::role).toList());
        model.addAttribute("parents", found.kind() == PersonKind.LEARNER ? people.parentsOf(found.id()) : List.of());
        model.addAttribute("mayManage", viewer.may(Permission.MANAGE_PEOPLE, at.id()));
        model.addAttribute("mayReadAudit", viewer.may(Permission.READ_AUDIT_TRAIL, at.id()));
        return "school/person";
    }

    @GetMapping("/schools/{school}/people/{person}/edit")
    String edit(@PathVariable UUID school, @PathVariable UUID person, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.MANAGE_PEOPLE, school);
        var found = personAt(at, person);
        return form(at, found, PersonForm.of(found, List.copyOf(rolesAt(found, at))), model);
    }

    @PostMapping("/schools/{school}/people/{person}")
    String change(@PathVariable UUID school, @PathVariable UUID person, @ModelAttribute PersonForm form,
            Viewer viewer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_PEOPLE, school);
        var found = personAt(at, person);
        form = new PersonForm(found.kind().name(), form.givenName(), form.familyName(), form.email(), form.jobTitle(),
                form.dobDay(), form.dobMonth(), form.dobYear(), form.yearGroup(), form.roles(), form.version());
        var result = form.details();
        var errors = new java.util.LinkedHashMap<>(result.errors());
        if (found.kind() == PersonKind.STAFF) {
            RoleAssignmentPolicy.refusal(viewer, found.id(), at.id(), rolesAt(found, at), Set.copyOf(result.roles()))
                    .ifPresent(refusal -> errors.put("roles", refusal));
        }
        if (!errors.isEmpty()) {
            return invalid(at, found, form, errors, model, response);
        }
        try {
            var changed = people.change(found.id(), form.version() == null ? -1 : form.version(), result.details());
            if (changed.kind() == PersonKind.STAFF) {
                people.setRolesAt(changed.id(), at.id(), result.roles());
            }
            redirect.addFlashAttribute("success", "Changes to " + changed.fullName() + " have been saved");
            return "redirect:/schools/" + school + "/people/" + person;
        } catch (InvalidPersonDetails invalid) {
            return invalid(at, found, form, java.util.Map.of(invalid.field(), invalid.getMessage()), model, response);
        } catch (ChangedMeanwhile conflict) {
            // Show the details as they are now, with a fresh version, and keep what this person typed beside them.
            var current = people.find(found.id()).orElseThrow(NotFound::new);
            response.setStatus(HttpStatus.CONFLICT.value());
            invalid(at, current, PersonForm.of(current, List.copyOf(rolesAt(current, at))),
                    java.util.Map.of("version", conflict.getMessage()), model, response);
            model.addAttribute("typed", form);
            return "school/person-form";
        }
    }

    @PostMapping("/schools/{school}/people/{person}/deactivate")
    String deactivate(@PathVariable UUID school, @PathVariable UUID person, Viewer viewer,
            RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_PEOPLE, school);
        var found = personAt(at, person);
        if (found.id().equals(viewer.person())) {
            redirect.addFlashAttribute("problem", "You cannot deactivate yourself. Ask another administrator.");
        } else if (!found.active()) {
            redirect.addFlashAttribute("problem", found.fullName() + " is already deactivated");
        } else {
            people.deactivate(found.id());
            redirect.addFlashAttribute("success", found.fullName() + " has been deactivated and signed out");
        }
        return "redirect:/schools/" + school + "/people/" + person;
    }

    private String form(School at, Person person, PersonForm form, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("kind", form.personKind());
        model.addAttribute("yearGroups", org.tutela.school.YearGroup.values());
        model.addAttribute("schoolRoles", List.copyOf(RoleAssignmentPolicy.staffRoles()));
        model.addAttribute("errors", java.util.Map.of());
        return "school/person-form";
    }

    private String invalid(School at, Person person, PersonForm form, java.util.Map<String, String> errors,
            Model model, HttpServletResponse response) {
        form(at, person, form, model);
        model.addAttribute("errors", errors);
        if (response.getStatus() == 200) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "school/person-form";
    }

    private Set<Role> rolesAt(Person person, School at) {
        var roles = java.util.EnumSet.noneOf(Role.class);
        people.rolesOf(person.id()).stream().filter(r -> at.id().equals(r.school())).map(RoleAssignment::role)
                .forEach(roles::add);
        return roles;
    }

    private Person personAt(School at, UUID person) {
        return people.find(new PersonId(person)).filter(p -> at.id().equals(p.school())).orElseThrow(NotFound::new);
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound() {
            super("No such record at this school");
        }
    }
}
