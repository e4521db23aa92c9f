package org.tutela.register.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
import org.tutela.register.training.GuidanceLibrary;
import org.tutela.register.training.TrainingRefused;
import org.tutela.school.Permission;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The guidance library (REF-02): its documents and versions, and who at the school must read each. */
@Controller
class GuidanceController {

    /** What the "add a version" form sends, as typed. */
    record GuidanceForm(String series, String title, String publisher, String version, String publishedIn,
            String url) {

        static GuidanceForm blank() {
            return new GuidanceForm("", "", "", "", "", "");
        }
    }

    /** Roles a school may ask to read guidance: its staff, not learners, parents or visitors. */
    static final List<Role> STAFF_ROLES = Arrays.stream(Role.values())
            .filter(role -> role.scope() == Role.Scope.SCHOOL && role != Role.LEARNER && role != Role.PARENT_CARER
                    && role != Role.VISITOR)
            .toList();

    private final GuidanceLibrary library;
    private final Schools schools;

    GuidanceController(GuidanceLibrary library, Schools schools) {
        this.library = library;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/guidance")
    String library(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_TRAINING, school);
        return page(at, viewer, GuidanceForm.blank(), null, model);
    }

    @PostMapping("/schools/{school}/guidance")
    String addVersion(@PathVariable UUID school, @ModelAttribute GuidanceForm form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_GUIDANCE, school);
        try {
            var year = FormValues.number(form.publishedIn(), "publishedIn",
                    "Give the year it was published, for example 2024", TrainingRefused::new);
            var added = library.addVersion(at.id(), form.series(), form.title(), form.publisher(), form.version(),
                    year, form.url(), viewer.person());
            redirect.addFlashAttribute("success", added.title() + ", " + added.version()
                    + " is in the library. Staff who must read it need to acknowledge this version.");
            return "redirect:/schools/" + school + "/guidance";
        } catch (TrainingRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(at, viewer, form, refused, model);
        }
    }

    @PostMapping("/schools/{school}/guidance/roles")
    String setRoles(@PathVariable UUID school, @RequestParam(defaultValue = "") String series,
            @RequestParam(required = false) List<String> roles, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_GUIDANCE, school);
        try {
            var chosen = (roles == null ? List.<String>of() : roles).stream()
                    .map(role -> FormValues.choice(Role.class, role, "roles", "Choose roles from the list",
                            TrainingRefused::new))
                    .filter(Objects::nonNull).toList();
            library.setSchoolRoles(at.id(), series, chosen);
            redirect.addFlashAttribute("success", "Saved who must read it");
        } catch (TrainingRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/guidance";
    }

    private String page(School at, Viewer viewer, GuidanceForm form, TrainingRefused refused, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("documents", library.documents(at.id()));
        model.addAttribute("mayManage", viewer.may(Permission.MANAGE_GUIDANCE, at.id()));
        model.addAttribute("staffRoles", STAFF_ROLES);
        model.addAttribute("form", form);
        model.addAttribute("error", refused == null ? null : refused.getMessage());
        model.addAttribute("errorField", refused == null ? null : refused.field());
        return "register/guidance";
    }
}
