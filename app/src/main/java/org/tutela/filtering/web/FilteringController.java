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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.filtering.Categories;
import org.tutela.filtering.FilterPolicies;
import org.tutela.filtering.PolicyChangeRefused;
import org.tutela.filtering.PolicyDiff;
import org.tutela.filtering.PolicyVersion;
import org.tutela.filtering.RecommendedPolicy;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.PersonId;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The school's filtering policy: what is blocked for whom, the change waiting for approval, and every version. */
@Controller
class FilteringController {

    private final FilterPolicies policies;
    private final Schools schools;
    private final People people;
    private final java.time.Clock clock;
    private final org.tutela.filtering.InternetSuspensions suspensions;

    FilteringController(FilterPolicies policies, Schools schools, People people, java.time.Clock clock,
            org.tutela.filtering.InternetSuspensions suspensions) {
        this.suspensions = suspensions;
        this.clock = clock;
        this.policies = policies;
        this.schools = schools;
        this.people = people;
    }

    @GetMapping("/schools/{school}/filtering")
    String overview(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_FILTERING, school);
        model.addAttribute("school", at);
        var inForce = policies.inForce(at.id()).orElse(null);
        var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        model.addAttribute("inForce", inForce);
        model.addAttribute("today", today);
        model.addAttribute("reviewsDue", inForce == null ? 0
                : inForce.exceptions().stream().filter(exception -> exception.reviewDue(today)).count());
        model.addAttribute("mayRecordSafeSearching", viewer.may(Permission.RECORD_SAFE_SEARCHING_TAUGHT, at.id()));
        model.addAttribute("mayReadChecks", viewer.may(Permission.RUN_FILTERING_CHECKS, at.id()));
        model.addAttribute("proposal", policies.openProposal(at.id()).orElse(null));
        model.addAttribute("history", policies.history(at.id()));
        model.addAttribute("categories", Categories.standard().all());
        model.addAttribute("mayPropose", viewer.may(Permission.PROPOSE_FILTERING_CHANGE, at.id()));
        model.addAttribute("mayReadRequests", viewer.may(Permission.DECIDE_UNBLOCK_REQUESTS, at.id())
                || viewer.may(Permission.READ_BLOCK_PAGE_CONCERNS, at.id()));
        model.addAttribute("names", new Names(people));
        // Need-to-know: who and until when, never the case or its reason (PROC-BUL-07).
        model.addAttribute("suspensions", suspensions.inForce(at.id()));
        return "filtering/overview";
    }

    @GetMapping("/schools/{school}/filtering/proposal")
    String proposalForm(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.PROPOSE_FILTERING_CHANGE, school);
        var groups = policies.inForce(at.id()).map(PolicyVersion::groups).orElseGet(RecommendedPolicy::groups);
        return form(at, ProposalForm.of(groups), null, model);
    }

    @PostMapping("/schools/{school}/filtering/proposals")
    String propose(@PathVariable UUID school, @ModelAttribute ProposalForm form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.PROPOSE_FILTERING_CHANGE, school);
        try {
            var proposed = policies.propose(viewer, at.id(), form.toGroups(), form.getReason(), form.getRiskNote());
            redirect.addFlashAttribute("success", "Version " + proposed.version() + " has been proposed. Someone "
                    + "with a leadership role must approve it before it is in force.");
            return "redirect:/schools/" + school + "/filtering/versions/" + proposed.version();
        } catch (PolicyChangeRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(at, form, refused.getMessage(), model);
        }
    }

    @GetMapping("/schools/{school}/filtering/versions/{version}")
    String version(@PathVariable UUID school, @PathVariable int version, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_FILTERING, school);
        var shown = policies.version(at.id(), version).orElseThrow(NotFound::new);
        var before = shown.basedOn() == null ? null : policies.version(at.id(), shown.basedOn()).orElse(null);
        model.addAttribute("school", at);
        model.addAttribute("shown", shown);
        model.addAttribute("changes", PolicyDiff.between(before, shown));
        model.addAttribute("categories", Categories.standard().all());
        model.addAttribute("names", new Names(people));
        var ownProposal = viewer.person().equals(shown.proposedBy());
        model.addAttribute("mayDecide", !ownProposal && viewer.may(Permission.APPROVE_FILTERING_CHANGE, at.id()));
        model.addAttribute("mayWithdraw", ownProposal);
        return "filtering/version";
    }

    @PostMapping("/schools/{school}/filtering/versions/{version}/approve")
    String approve(@PathVariable UUID school, @PathVariable int version, @RequestParam(defaultValue = "") String note,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.APPROVE_FILTERING_CHANGE, school);
        return decided(school, version, redirect, () -> policies.approve(viewer, at.id(), version, note),
                "Version " + version + " is approved and now in force");
    }

    @PostMapping("/schools/{school}/filtering/versions/{version}/reject")
    String reject(@PathVariable UUID school, @PathVariable int version, @RequestParam(defaultValue = "") String note,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.APPROVE_FILTERING_CHANGE, school);
        return decided(school, version, redirect, () -> policies.reject(viewer, at.id(), version, note),
                "Version " + version + " has not been approved");
    }

    @PostMapping("/schools/{school}/filtering/versions/{version}/withdraw")
    String withdraw(@PathVariable UUID school, @PathVariable int version, Viewer viewer,
            RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.PROPOSE_FILTERING_CHANGE, school);
        return decided(school, version, redirect, () -> policies.withdraw(viewer, at.id(), version),
                "Version " + version + " has been withdrawn");
    }

    private String decided(UUID school, int version, RedirectAttributes redirect, Runnable decision, String done) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", done);
        } catch (PolicyChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/filtering/versions/" + version;
    }

    private String form(School at, ProposalForm form, String error, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("categories", Categories.standard().all());
        return "filtering/proposal";
    }

    /** Names of proposers and approvers, for the pages. */
    public record Names(People people) {

        public String of(PersonId person) {
            return person == null ? "Tutela" : people.find(person).map(found -> found.fullName()).orElse("Unknown");
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound() {
            super("No such policy version at this school");
        }
    }

}
