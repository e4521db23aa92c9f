package org.tutela.register.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.register.SchoolDay;
import org.tutela.register.curriculum.CurriculumLessons;
import org.tutela.register.curriculum.CurriculumLessons.LessonRefused;
import org.tutela.register.curriculum.CurriculumTopic;
import org.tutela.school.Permission;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;
import org.tutela.school.YearGroup;

/** Online-safety lessons taught and their coverage by year group this school year (TRN-09, PROC-IIOC-09). */
@Controller
class CurriculumController {

    /** What the "record a lesson" form sends, as typed. */
    record LessonForm(String yearGroup, String className, String taughtOn, String title, String taughtBy,
            String externalContributor, List<String> topics) {

        static LessonForm blank(LocalDate today, String teacher) {
            return new LessonForm("", "", today.toString(), "", teacher, "", List.of());
        }

        public boolean tagged(CurriculumTopic topic) {
            return topics != null && topics.contains(topic.name());
        }
    }

    private final CurriculumLessons lessons;
    private final Schools schools;
    private final Clock clock;

    CurriculumController(CurriculumLessons lessons, Schools schools, Clock clock) {
        this.lessons = lessons;
        this.schools = schools;
        this.clock = clock;
    }

    @GetMapping("/schools/{school}/curriculum")
    String coverage(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_CURRICULUM, school);
        return page(at, viewer, LessonForm.blank(SchoolDay.today(clock), viewer.displayName()), null, model);
    }

    @PostMapping("/schools/{school}/curriculum/lessons")
    String record(@PathVariable UUID school, @ModelAttribute LessonForm form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.RECORD_LESSONS, school);
        try {
            var year = FormValues.choice(YearGroup.class, form.yearGroup(), "yearGroup",
                    "Choose the year group from the list", LessonRefused::new);
            var topics = (form.topics() == null ? List.<String>of() : form.topics()).stream()
                    .map(topic -> FormValues.choice(CurriculumTopic.class, topic, "topics",
                            "Choose topics from the list", LessonRefused::new))
                    .filter(Objects::nonNull).toList();
            lessons.record(at.id(), new CurriculumLessons.NewLesson(year, form.className(),
                    FormValues.date(form.taughtOn(), "taughtOn", "2026-11-20", LessonRefused::new), form.title(),
                    form.taughtBy(), form.externalContributor(), topics), viewer.person());
            redirect.addFlashAttribute("success", "Lesson recorded for " + year.label());
            return "redirect:/schools/" + school + "/curriculum";
        } catch (LessonRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(at, viewer, form, refused, model);
        }
    }

    private String page(School at, Viewer viewer, LessonForm form, LessonRefused refused, Model model) {
        var coverage = lessons.coverage(at.id());
        model.addAttribute("school", at);
        model.addAttribute("coverage", coverage);
        model.addAttribute("lessons", lessons.taughtIn(at.id(), coverage.year()));
        model.addAttribute("mayRecord", viewer.may(Permission.RECORD_LESSONS, at.id()));
        model.addAttribute("maySeeSafeSearching", viewer.may(Permission.RECORD_SAFE_SEARCHING_TAUGHT, at.id()));
        model.addAttribute("topics", CurriculumTopic.values());
        model.addAttribute("yearGroups", YearGroup.values());
        model.addAttribute("form", form);
        model.addAttribute("error", refused == null ? null : refused.getMessage());
        model.addAttribute("errorField", refused == null ? null : refused.field());
        return "register/curriculum";
    }
}
