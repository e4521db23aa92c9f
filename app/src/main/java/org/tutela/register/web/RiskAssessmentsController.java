package org.tutela.register.web;

import java.time.Clock;
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
import org.tutela.register.SchoolDay;
import org.tutela.register.risk.RiskAssessmentKind;
import org.tutela.register.risk.RiskAssessmentRefused;
import org.tutela.register.risk.RiskAssessments;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The risk-assessment register (RA-01): leadership keeps it; governors and deputies read it. */
@Controller
class RiskAssessmentsController {

    /** What the "add a risk assessment" form sends, as typed. */
    record AssessmentForm(String kind, String title, String owner, String reviewMonths, String assessment) {

        static AssessmentForm blank() {
            return new AssessmentForm("", "", "", Integer.toString(RiskAssessments.DEFAULT_REVIEW_MONTHS), "");
        }
    }

    private final RiskAssessments assessments;
    private final Schools schools;
    private final People people;
    private final Clock clock;

    RiskAssessmentsController(RiskAssessments assessments, Schools schools, People people, Clock clock) {
        this.assessments = assessments;
        this.schools = schools;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/schools/{school}/risk-assessments")
    String register(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_RISK_ASSESSMENTS, school);
        return page(at, viewer, AssessmentForm.blank(), null, model);
    }

    @PostMapping("/schools/{school}/risk-assessments")
    String record(@PathVariable UUID school, @ModelAttribute AssessmentForm form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_RISK_ASSESSMENTS, school);
        try {
            var kind = FormValues.choice(RiskAssessmentKind.class, form.kind(), "kind",
                    "Choose the type of risk assessment", RiskAssessmentRefused::new);
            var owner = FormValues.uuid(form.owner(), "owner", "Choose who owns the assessment",
                    RiskAssessmentRefused::new);
            var months = FormValues.number(form.reviewMonths(), "reviewMonths",
                    "Give the review interval in whole months, for example 12", RiskAssessmentRefused::new);
            assessments.record(at.id(), kind, form.title(), owner == null ? null : new PersonId(owner), months,
                    form.assessment(), viewer.person());
            redirect.addFlashAttribute("success", form.title().trim()
                    + " is in the register as a draft. Record its approval when it is approved.");
            return "redirect:/schools/" + school + "/risk-assessments";
        } catch (RiskAssessmentRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(at, viewer, form, refused, model);
        }
    }

    @PostMapping("/schools/{school}/risk-assessments/{assessment}/approval")
    String approve(@PathVariable UUID school, @PathVariable UUID assessment,
            @RequestParam(defaultValue = "") String approvedOn, @RequestParam(defaultValue = "") String note,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_RISK_ASSESSMENTS, school);
        try {
            var on = FormValues.date(approvedOn, "approvedOn", "2026-09-01", RiskAssessmentRefused::new);
            var next = assessments.approve(at.id(), assessment, on, note, viewer.person());
            redirect.addFlashAttribute("success", "Approval recorded. The next review is due by " + next);
        } catch (RiskAssessmentRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/risk-assessments";
    }

    private String page(School at, Viewer viewer, AssessmentForm form, RiskAssessmentRefused refused, Model model) {
        var register = assessments.of(at.id());
        model.addAttribute("school", at);
        model.addAttribute("assessments", register);
        model.addAttribute("noPrevent", register.stream().noneMatch(a -> a.kind() == RiskAssessmentKind.PREVENT));
        model.addAttribute("mayManage", viewer.may(Permission.MANAGE_RISK_ASSESSMENTS, at.id()));
        model.addAttribute("kinds", RiskAssessmentKind.values());
        model.addAttribute("owners", people.ofSchool(at.id(), PersonKind.STAFF).stream().filter(Person::active).toList());
        model.addAttribute("today", SchoolDay.today(clock));
        model.addAttribute("form", form);
        model.addAttribute("error", refused == null ? null : refused.getMessage());
        model.addAttribute("errorField", refused == null ? null : refused.field());
        return "register/risk-assessments";
    }
}
