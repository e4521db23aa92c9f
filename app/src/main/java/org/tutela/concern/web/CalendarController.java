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
import org.tutela.concern.SchoolCalendar;
import org.tutela.school.Permission;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The days the school is shut on a weekday, which the acknowledgement timer and school-day sanctions leave out. */
@Controller
class CalendarController {

    private final SchoolCalendar calendar;
    private final Schools schools;

    CalendarController(SchoolCalendar calendar, Schools schools) {
        this.calendar = calendar;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/calendar")
    String calendar(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.KEEP_SCHOOL_CALENDAR, school);
        model.addAttribute("school", at);
        model.addAttribute("closures", calendar.of(at.id()));
        return "concern/calendar";
    }

    @PostMapping("/schools/{school}/calendar")
    String add(@PathVariable UUID school, @RequestParam(defaultValue = "") String firstDay,
            @RequestParam(defaultValue = "") String lastDay, @RequestParam(defaultValue = "") String name,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.KEEP_SCHOOL_CALENDAR, school);
        try {
            var first = FormValues.date(firstDay);
            var last = lastDay.isBlank() ? first : FormValues.date(lastDay);
            calendar.add(at.id(), new SchoolCalendar.Closure(first, last, name), viewer.person());
            redirect.addFlashAttribute("success", "The closure is in the calendar");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("draft", new Draft(firstDay, lastDay, name));
        }
        return "redirect:/schools/" + school + "/calendar";
    }

    @PostMapping("/schools/{school}/calendar/{firstDay}/remove")
    String remove(@PathVariable UUID school, @PathVariable String firstDay, Viewer viewer,
            RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.KEEP_SCHOOL_CALENDAR, school);
        try {
            calendar.remove(at.id(), FormValues.date(firstDay));
            redirect.addFlashAttribute("success", "The closure is taken out of the calendar");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/calendar";
    }

    /** What was typed, given back when it is refused. */
    record Draft(String firstDay, String lastDay, String name) {
    }
}
