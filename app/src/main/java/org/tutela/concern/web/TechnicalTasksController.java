package org.tutela.concern.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.CaseWork;
import org.tutela.concern.ConcernId;
import org.tutela.concern.ConcernRefused;
import org.tutela.procedure.ActionCode;
import org.tutela.school.Permission;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** Technical staff's view of cases: the tasks (block and isolate, quarantine a device), never the narrative. */
@Controller
class TechnicalTasksController {

    private final CaseWork work;
    private final Schools schools;
    private final org.tutela.concern.Contacts contacts;

    TechnicalTasksController(CaseWork work, Schools schools, org.tutela.concern.Contacts contacts) {
        this.work = work;
        this.schools = schools;
        this.contacts = contacts;
    }

    @GetMapping("/schools/{school}/tasks")
    String tasks(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.WORK_TECHNICAL_TASKS, school);
        model.addAttribute("school", at);
        model.addAttribute("tasks", work.technicalTasks(viewer, at.id()));
        model.addAttribute("continuityPlan", contacts.of(at.id()).stream()
                .filter(c -> c.agency() == org.tutela.concern.Contacts.Agency.NETWORK_CONTINUITY_PLAN)
                .map(org.tutela.concern.Contacts.Contact::url).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        return "concern/tasks";
    }

    @PostMapping("/schools/{school}/tasks/{concern}/{code}")
    String done(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable String code,
            @RequestParam(defaultValue = "") String system, @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String blockedForAll, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.WORK_TECHNICAL_TASKS, school);
        try {
            ActionCode action;
            try {
                action = ActionCode.valueOf(code);
            } catch (IllegalArgumentException e) {
                throw new ConcernRefused("No such task");
            }
            work.completeTechnicalTask(viewer, at.id(), new ConcernId(concern), action, system, item,
                    "yes".equals(blockedForAll));
            redirect.addFlashAttribute("success", "Task done");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/tasks";
    }
}
