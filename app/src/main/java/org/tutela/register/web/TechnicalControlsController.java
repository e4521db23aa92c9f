package org.tutela.register.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.register.TechnicalControlRefused;
import org.tutela.register.TechnicalControls;
import org.tutela.school.Permission;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The technical register: technical staff, the online safety lead and the headteacher keep it (PROC-IIOC-08). */
@Controller
class TechnicalControlsController {

    private final TechnicalControls controls;
    private final Schools schools;

    TechnicalControlsController(TechnicalControls controls, Schools schools) {
        this.controls = controls;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/technical-controls")
    String register(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_TECHNICAL_CONTROLS, school);
        return register(at, viewer, ControlForm.empty(), model);
    }

    @PostMapping("/schools/{school}/technical-controls")
    String add(@PathVariable UUID school, @ModelAttribute ControlForm form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_TECHNICAL_CONTROLS, school);
        try {
            controls.record(at.id(), form.details(), viewer.person());
            redirect.addFlashAttribute("success", "Control recorded");
            return "redirect:/schools/" + school + "/technical-controls";
        } catch (TechnicalControlRefused refused) {
            response.setStatus(422);
            refusedOn(refused, model);
            return register(at, viewer, form, model);
        }
    }

    @GetMapping("/schools/{school}/technical-controls/{control}")
    String edit(@PathVariable UUID school, @PathVariable UUID control, Viewer viewer, Model model,
            RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_TECHNICAL_CONTROLS, school);
        var found = controls.find(at.id(), control);
        if (found.isEmpty()) {
            redirect.addFlashAttribute("problem", "No such control at this school");
            return "redirect:/schools/" + school + "/technical-controls";
        }
        return edit(at, control, ControlForm.of(found.get()), model);
    }

    @PostMapping("/schools/{school}/technical-controls/{control}")
    String change(@PathVariable UUID school, @PathVariable UUID control, @ModelAttribute ControlForm form,
            Viewer viewer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_TECHNICAL_CONTROLS, school);
        if (controls.find(at.id(), control).isEmpty()) {
            redirect.addFlashAttribute("problem", "No such control at this school");
            return "redirect:/schools/" + school + "/technical-controls";
        }
        try {
            controls.change(at.id(), control, form.expectedVersion(), form.details(), viewer.person());
            redirect.addFlashAttribute("success", "Control changed");
            return "redirect:/schools/" + school + "/technical-controls";
        } catch (TechnicalControlRefused refused) {
            response.setStatus(422);
            refusedOn(refused, model);
            return edit(at, control, form, model);
        }
    }

    @PostMapping("/schools/{school}/technical-controls/{control}/remove")
    String remove(@PathVariable UUID school, @PathVariable UUID control, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_TECHNICAL_CONTROLS, school);
        try {
            controls.remove(at.id(), control);
            redirect.addFlashAttribute("success", "Control removed from the register");
        } catch (TechnicalControlRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/technical-controls";
    }

    private String register(School at, Viewer viewer, ControlForm form, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("controls", controls.of(at.id()));
        model.addAttribute("today", controls.today());
        model.addAttribute("kinds", TechnicalControls.Kind.values());
        model.addAttribute("mayManage", viewer.may(Permission.MANAGE_TECHNICAL_CONTROLS, at.id()));
        model.addAttribute("form", form);
        return "register/technical-controls";
    }

    private String edit(School at, UUID control, ControlForm form, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("control", control);
        model.addAttribute("kinds", TechnicalControls.Kind.values());
        model.addAttribute("form", form);
        return "register/technical-control";
    }

    private static void refusedOn(TechnicalControlRefused refused, Model model) {
        model.addAttribute("error", refused.getMessage());
        model.addAttribute("errorField", refused.field() == null ? "kind" : refused.field());
    }
}
