package org.tutela.identity;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

import jakarta.servlet.http.HttpServletResponse;

/** Lets an administrator give a member of staff their own sign-in, with a first password that meets the policy. */
@Controller
class AccountSetupController {

    private final People people;
    private final Accounts accounts;

    AccountSetupController(People people, Accounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping("/schools/{school}/people/{person}/account")
    String form(@PathVariable UUID school, @PathVariable UUID person, Viewer viewer, Model model) {
        var staff = staffMember(viewer, school, person);
        model.addAttribute("person", staff);
        model.addAttribute("school", school);
        model.addAttribute("hasAccount", accounts.exists(staff.id()));
        return "identity/account-setup";
    }

    @PostMapping("/schools/{school}/people/{person}/account")
    String open(@PathVariable UUID school, @PathVariable UUID person, @RequestParam(defaultValue = "") String password,
            Viewer viewer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var staff = staffMember(viewer, school, person);
        model.addAttribute("person", staff);
        model.addAttribute("school", school);
        if (accounts.exists(staff.id())) {
            model.addAttribute("hasAccount", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "identity/account-setup";
        }
        if (staff.email() == null) {
            model.addAttribute("errors", java.util.List.of("Add an email address to " + staff.fullName()
                    + "'s details first: it is how they sign in."));
            response.setStatus(422);
            return "identity/account-setup";
        }
        try {
            accounts.open(staff.id(), staff.email(), password);
        } catch (WeakPassword weak) {
            model.addAttribute("errors", weak.reasons());
            response.setStatus(422);
            return "identity/account-setup";
        } catch (IllegalArgumentException taken) {
            model.addAttribute("errors", java.util.List.of(taken.getMessage()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "identity/account-setup";
        }
        redirect.addFlashAttribute("success", staff.fullName() + " can now sign in as " + staff.email());
        return "redirect:/schools/" + school + "/people/" + person;
    }

    private Person staffMember(Viewer viewer, UUID school, UUID person) {
        var at = new SchoolId(school);
        if (!viewer.may(Permission.MANAGE_PEOPLE, at)) {
            throw new AccessDeniedException("needs MANAGE_PEOPLE at school " + school);
        }
        return people.find(new PersonId(person))
                .filter(p -> at.equals(p.school()) && p.kind() == PersonKind.STAFF && p.active())
                .orElseThrow(NoSuchStaffMember::new);
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class NoSuchStaffMember extends RuntimeException {
        NoSuchStaffMember() {
            super("No active member of staff with this reference at this school");
        }
    }
}
