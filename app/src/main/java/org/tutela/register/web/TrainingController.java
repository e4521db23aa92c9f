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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.register.SchoolDay;
import org.tutela.register.training.GuidanceLibrary;
import org.tutela.register.training.TrainingDashboard;
import org.tutela.register.training.TrainingRecords;
import org.tutela.register.training.TrainingRefused;
import org.tutela.register.training.TrainingTopic;
import org.tutela.school.Permission;
import org.tutela.school.PersonId;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * The training dashboard for the DSL, headteacher and others who oversee training; recording a session with its
 * attendees; and each member of staff's own training, where they acknowledge the guidance they have read.
 */
@Controller
class TrainingController {

    /** What the "record training" form sends, as typed. */
    record SessionForm(String topic, String completedOn, String provider, String notes, List<String> attendees) {

        static SessionForm blank(LocalDate today) {
            return new SessionForm("", today.toString(), "", "", List.of());
        }

        public boolean attended(UUID person) {
            return attendees != null && attendees.contains(person.toString());
        }
    }

    private final TrainingDashboard dashboard;
    private final TrainingRecords records;
    private final GuidanceLibrary library;
    private final Schools schools;
    private final Clock clock;

    TrainingController(TrainingDashboard dashboard, TrainingRecords records, GuidanceLibrary library, Schools schools,
            Clock clock) {
        this.dashboard = dashboard;
        this.records = records;
        this.library = library;
        this.schools = schools;
        this.clock = clock;
    }

    @GetMapping("/schools/{school}/training")
    String dashboard(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_TRAINING, school);
        model.addAttribute("school", at);
        model.addAttribute("dashboard", dashboard.of(at.id()));
        model.addAttribute("mayRecord", viewer.may(Permission.RECORD_TRAINING, at.id()));
        model.addAttribute("allTopics", TrainingTopic.values());
        model.addAttribute("dueSoonDays", org.tutela.register.training.Standing.DUE_SOON_DAYS);
        return "register/training";
    }

    @GetMapping("/schools/{school}/training/sessions/new")
    String newSession(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.RECORD_TRAINING, school);
        return sessionPage(at, SessionForm.blank(SchoolDay.today(clock)), null, model);
    }

    @PostMapping("/schools/{school}/training/sessions")
    String recordSession(@PathVariable UUID school, @ModelAttribute SessionForm form, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.RECORD_TRAINING, school);
        try {
            var attendees = form.attendees() == null ? List.<PersonId>of() : form.attendees().stream()
                    .map(id -> FormValues.uuid(id, "attendees", "Choose attendees from the list", TrainingRefused::new))
                    .filter(Objects::nonNull).map(PersonId::new).toList();
            var topic = FormValues.choice(TrainingTopic.class, form.topic(), "topic",
                    "Choose what the training was about", TrainingRefused::new);
            records.recordSession(at.id(), topic, FormValues.date(form.completedOn(), "completedOn", "2026-09-04",
                    TrainingRefused::new), form.provider(), form.notes(), attendees, viewer.person());
            redirect.addFlashAttribute("success", topic.label() + " training recorded for " + attendees.size()
                    + (attendees.size() == 1 ? " person" : " people"));
            return "redirect:/schools/" + school + "/training";
        } catch (TrainingRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return sessionPage(at, form, refused, model);
        }
    }

    @PostMapping("/schools/{school}/training/renewals")
    String setRenewal(@PathVariable UUID school, @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "") String months, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.RECORD_TRAINING, school);
        try {
            var chosen = FormValues.choice(TrainingTopic.class, topic, "topic", "Choose a topic", TrainingRefused::new);
            var number = FormValues.number(months, "months", "Give the number of months as a whole number, for "
                    + "example 36, or leave it empty", TrainingRefused::new);
            records.setRenewal(at.id(), chosen, number);
            redirect.addFlashAttribute("success", chosen.label() + (number == null ? " no longer lapses"
                    : " now lasts " + number + " months"));
        } catch (TrainingRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/training#renewals";
    }

    @GetMapping("/schools/{school}/training/mine")
    String mine(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.KEEP_OWN_TRAINING, school);
        model.addAttribute("school", at);
        model.addAttribute("row", dashboard.of(at.id(), viewer.person()).orElse(null));
        model.addAttribute("history", records.of(at.id(), viewer.person()));
        model.addAttribute("documents", library.documents(at.id()));
        model.addAttribute("read", library.acknowledgements(at.id()));
        model.addAttribute("me", viewer.person());
        return "register/my-training";
    }

    @PostMapping("/schools/{school}/training/mine/acknowledgements")
    String acknowledge(@PathVariable UUID school, @RequestParam(defaultValue = "") String guidance, Viewer viewer,
            RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.KEEP_OWN_TRAINING, school);
        try {
            var version = FormValues.uuid(guidance, "guidance", "Choose the guidance you have read",
                    TrainingRefused::new);
            if (version == null) {
                throw new TrainingRefused("guidance", "Choose the guidance you have read");
            }
            var on = library.acknowledge(at.id(), version, viewer.person());
            redirect.addFlashAttribute("success", "Recorded that you read it on " + on);
        } catch (TrainingRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/training/mine";
    }

    private String sessionPage(School at, SessionForm form, TrainingRefused refused, Model model) {
        model.addAttribute("school", at);
        model.addAttribute("form", form);
        model.addAttribute("error", refused == null ? null : refused.getMessage());
        model.addAttribute("errorField", refused == null ? null : refused.field());
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("staff", dashboard.of(at.id()).rows());
        return "register/training-session";
    }
}
