package org.tutela.concern.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.RuleBook;
import org.tutela.school.Permission;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The escalation rules and procedures in force at a school, and the school's own additions to them. */
@Controller
class ProceduresController {

    private final RuleBook rules;
    private final Schools schools;

    ProceduresController(RuleBook rules, Schools schools) {
        this.rules = rules;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/procedures")
    String procedures(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_PROCEDURES, school);
        var inForce = rules.forSchool(at);
        model.addAttribute("school", at);
        model.addAttribute("version", inForce.version());
        model.addAttribute("rules", inForce.summaries());
        model.addAttribute("routes", inForce.routes());
        model.addAttribute("kinds", java.util.Arrays.stream(org.tutela.procedure.ConcernKind.values())
                .filter(k -> !inForce.procedure(k).isEmpty()).toList());
        model.addAttribute("additions", rules.additions(at.id()).orElse(null));
        model.addAttribute("mayChange", viewer.may(Permission.CHANGE_PROCEDURES, at.id()));
        return "concern/procedures";
    }

    @PostMapping("/schools/{school}/procedures")
    String change(@PathVariable UUID school, @RequestParam(defaultValue = "") String yaml,
            @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Integer basedOn,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.CHANGE_PROCEDURES, school);
        try {
            var saved = rules.saveAdditions(at, yaml, reason, viewer.person(), basedOn);
            redirect.addFlashAttribute("success", "The school's rules are saved and in force: " + saved.version());
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("draft", yaml);
        }
        return "redirect:/schools/" + school + "/procedures";
    }
}
