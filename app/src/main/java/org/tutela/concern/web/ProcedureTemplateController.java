package org.tutela.concern.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.ProcedureSteps;
import org.tutela.concern.RuleBook;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ActionKind;
import org.tutela.procedure.ConcernKind;
import org.tutela.school.Permission;
import org.tutela.school.Role;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * One kind's procedure template, step by step (PROC-GEN-01): the national and local steps, which cannot be taken away,
 * and the school's own, which can; a form adds an optional or mandatory step of the school's.
 */
@Controller
class ProcedureTemplateController {

    /** The roles a school may name as completing a step: those that work cases or their technical tasks. */
    static final List<Role> STEP_ROLES = List.of(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER, Role.ONLINE_SAFETY_LEAD,
            Role.LEADERSHIP, Role.TECHNICAL_STAFF);

    private final RuleBook rules;
    private final ProcedureSteps steps;
    private final Schools schools;

    ProcedureTemplateController(RuleBook rules, ProcedureSteps steps, Schools schools) {
        this.rules = rules;
        this.steps = steps;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/procedures/{kind}")
    String template(@PathVariable UUID school, @PathVariable String kind, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_PROCEDURES, school);
        var concernKind = FormValues.required(ConcernKind.class, kind);
        var inForce = rules.forSchool(at);
        model.addAttribute("school", at);
        model.addAttribute("kind", concernKind);
        var template = inForce.procedure(concernKind);
        model.addAttribute("steps", template);
        model.addAttribute("stepCodes", template.stream().flatMap(s -> s.codes().stream()).distinct().toList());
        model.addAttribute("version", inForce.version());
        model.addAttribute("mayChange", viewer.may(Permission.CHANGE_PROCEDURES, at.id()));
        model.addAttribute("codes", Arrays.stream(ActionCode.values()).toList());
        model.addAttribute("actionKinds", Arrays.stream(ActionKind.values()).toList());
        model.addAttribute("urgencies", inForce.urgencies());
        model.addAttribute("stepRoles", STEP_ROLES);
        return "concern/procedure-template";
    }

    @PostMapping("/schools/{school}/procedures/{kind}/steps")
    String add(@PathVariable UUID school, @PathVariable String kind, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String stepKind, @RequestParam(defaultValue = "") String urgency,
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String evidence, @RequestParam(required = false) List<String> before,
            @RequestParam(defaultValue = "") String reason, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.CHANGE_PROCEDURES, school);
        var concernKind = FormValues.required(ConcernKind.class, kind);
        try {
            var step = new ProcedureSteps.NewStep(
                    code.isBlank() ? null : FormValues.required(ActionCode.class, code),
                    stepKind.isBlank() ? null : FormValues.required(ActionKind.class, stepKind), urgency, text,
                    FormValues.choices(Role.class, roles), evidence.lines().toList(), FormValues.choices(ActionCode.class, before));
            var id = steps.add(at, concernKind, step, reason, viewer.person());
            redirect.addFlashAttribute("success", "Step added as " + id + ": it applies to cases from their next change");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("draft", new Draft(code, stepKind, urgency, text, roles, evidence, before,
                    reason));
        }
        return "redirect:/schools/" + school + "/procedures/" + concernKind.name();
    }

    @PostMapping("/schools/{school}/procedures/{kind}/steps/{rule}/remove")
    String remove(@PathVariable UUID school, @PathVariable String kind, @PathVariable String rule,
            @RequestParam(defaultValue = "") String reason, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.CHANGE_PROCEDURES, school);
        var concernKind = FormValues.required(ConcernKind.class, kind);
        try {
            steps.remove(at, rule, reason, viewer.person());
            redirect.addFlashAttribute("success", "Step " + rule + " taken away");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/procedures/" + concernKind.name();
    }

    /** What was typed into the form, given back when it is refused so that nothing is lost. */
    record Draft(String code, String stepKind, String urgency, String text, List<String> roles, String evidence,
            List<String> before, String reason) {

        public boolean hasRole(String role) {
            return roles != null && roles.contains(role);
        }

        public boolean isBefore(String code) {
            return before != null && before.contains(code);
        }
    }
}
