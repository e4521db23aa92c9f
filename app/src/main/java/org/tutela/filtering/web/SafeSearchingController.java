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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.filtering.PolicyChangeRefused;
import org.tutela.filtering.SafeSearchingLessons;
import org.tutela.school.Permission;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** Class staff and the online safety lead record that a class has been taught safe searching (FILT-06). */
@Controller
class SafeSearchingController {

    private final SafeSearchingLessons lessons;
    private final Schools schools;

    SafeSearchingController(SafeSearchingLessons lessons, Schools schools) {
        this.lessons = lessons;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/filtering/safe-searching")
    String page(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.RECORD_SAFE_SEARCHING_TAUGHT, school);
        return page(at, SafeSearchingRequest.blank(viewer.displayName()), null, model);
    }

    @PostMapping("/schools/{school}/filtering/safe-searching")
    String record(@PathVariable UUID school, @ModelAttribute SafeSearchingRequest form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.RECORD_SAFE_SEARCHING_TAUGHT, school);
        try {
            var lesson = lessons.record(viewer, at.id(), form.group(), form.className(), form.date(), form.taughtBy());
            redirect.addFlashAttribute("success", "Safe searching is recorded as taught to " + lesson.className()
                    + ". General search engines open for the group within a minute, with safe search forced.");
            return "redirect:/schools/" + school + "/filtering/safe-searching";
        } catch (PolicyChangeRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(at, form, refused.getMessage(), model);
        }
    }

    private String page(School at, SafeSearchingRequest form, String error, Model model) {
        var taught = lessons.lessons(at.id());
        var taughtGroups = taught.stream().map(lesson -> lesson.group()).toList();
        model.addAttribute("school", at);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("lessons", taught);
        model.addAttribute("waiting", lessons.groupsWaiting(at.id()).stream()
                .filter(group -> !taughtGroups.contains(group.id())).toList());
        return "filtering/safe-searching";
    }
}
