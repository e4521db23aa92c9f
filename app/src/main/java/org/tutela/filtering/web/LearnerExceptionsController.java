package org.tutela.filtering.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.filtering.FilterPolicies;
import org.tutela.filtering.PolicyChangeRefused;
import org.tutela.filtering.PolicyVersion;
import org.tutela.school.Permission;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * Exceptions for individual learners (FILT-17): each is proposed as a new policy version, with the rationale, a review
 * date, a reason and a risk assessment, and is in force only once someone else with a leadership role approves it.
 */
@Controller
class LearnerExceptionsController {

    private final FilterPolicies policies;
    private final Schools schools;

    LearnerExceptionsController(FilterPolicies policies, Schools schools) {
        this.policies = policies;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/filtering/exceptions/new")
    String form(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.PROPOSE_FILTERING_CHANGE, school);
        return form(at, ExceptionRequest.blank(), null, model);
    }

    @PostMapping("/schools/{school}/filtering/exceptions")
    String propose(@PathVariable UUID school, @ModelAttribute ExceptionRequest form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.PROPOSE_FILTERING_CHANGE, school);
        try {
            var proposed = policies.proposeException(viewer, at.id(), form.toException(), form.reason(),
                    form.riskNote());
            redirect.addFlashAttribute("success", "Version " + proposed.version() + ", with the exception for "
                    + form.learner().trim() + ", has been proposed. Someone with a leadership role must approve it.");
            return "redirect:/schools/" + school + "/filtering/versions/" + proposed.version();
        } catch (PolicyChangeRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(at, form, refused.getMessage(), model);
        }
    }

    @PostMapping("/schools/{school}/filtering/exceptions/{exception}/end")
    String end(@PathVariable UUID school, @PathVariable UUID exception,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String riskNote,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.PROPOSE_FILTERING_CHANGE, school);
        try {
            var proposed = policies.proposeEndingException(viewer, at.id(), exception, reason, riskNote);
            redirect.addFlashAttribute("success", "Version " + proposed.version() + ", without the exception, has "
                    + "been proposed. Someone with a leadership role must approve it.");
            return "redirect:/schools/" + school + "/filtering/versions/" + proposed.version();
        } catch (PolicyChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/schools/" + school + "/filtering";
        }
    }

    private String form(School at, ExceptionRequest form, String error, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("groups", policies.inForce(at.id()).map(PolicyVersion::groups).orElse(java.util.List.of()));
        return "filtering/exception";
    }
}
