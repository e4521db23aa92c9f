package org.tutela.concern.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.Concern;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernId;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.InternetSanctions;
import org.tutela.concern.Sanction;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * Suspending a learner's school internet access from a case (PROC-BUL-07), and lifting it early. Only those who may
 * work the case may do either.
 */
@Controller
class InternetSuspensionController {

    private final InternetSanctions sanctions;
    private final ConcernDesk desk;
    private final Schools schools;
    private final People people;

    InternetSuspensionController(InternetSanctions sanctions, ConcernDesk desk, Schools schools, People people) {
        this.sanctions = sanctions;
        this.desk = desk;
        this.schools = schools;
        this.people = people;
    }

    /** The form as typed, so that nothing is lost when it is refused. */
    record SuspensionForm(String person, String policy, String user, String device, String length,
            String schoolDays, String until, String reason, String dslConfirms, String rationale) {

        static SuspensionForm empty() {
            return new SuspensionForm("", "ANTI_BULLYING", "", "", "DAYS", "5", "", "", "", "");
        }
    }

    /** A learner on the case, as the form offers them. */
    record LearnerOnCase(int position, String name, String involvement) {
    }

    @GetMapping("/schools/{school}/concerns/{concern}/internet-suspension")
    String form(@PathVariable UUID school, @PathVariable UUID concern, Viewer viewer, Model model) {
        var c = workable(viewer, school, concern);
        return page(c, SuspensionForm.empty(), null, model);
    }

    @PostMapping("/schools/{school}/concerns/{concern}/internet-suspension")
    String suspend(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String policy,
            @RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String device,
            @RequestParam(defaultValue = "DAYS") String length, @RequestParam(defaultValue = "") String schoolDays,
            @RequestParam(defaultValue = "") String until, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String dslConfirms, @RequestParam(defaultValue = "") String rationale,
            Viewer viewer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        desk.requireWorker(viewer, new SchoolId(school), new ConcernId(concern));
        var form = new SuspensionForm(person, policy, user, device, length, schoolDays, until, reason, dslConfirms,
                rationale);
        try {
            var byDays = !"UNTIL".equals(length);
            var order = new InternetSanctions.Order(position(person), FormValues.required(Sanction.Policy.class, policy),
                    user, device, byDays ? days(schoolDays) : null, byDays ? null : endOf(until), reason,
                    "yes".equals(dslConfirms), rationale);
            var suspended = sanctions.suspend(viewer, new SchoolId(school), new ConcernId(concern), order);
            redirect.addFlashAttribute("success", "School internet access of " + suspended.learner()
                    + " is suspended until " + InternetSanctions.WHEN.format(suspended.until().atZone(ConcernForm.SCHOOL_TIME)));
            return "redirect:/schools/" + school + "/concerns/" + concern;
        } catch (ConcernRefused | org.tutela.school.ChangedMeanwhile refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(desk.open(viewer, new SchoolId(school), new ConcernId(concern)).concern(), form,
                    refused.getMessage(), model);
        }
    }

    @PostMapping("/schools/{school}/concerns/{concern}/internet-suspensions/{suspension}/lift")
    String lift(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable UUID suspension,
            @RequestParam(defaultValue = "") String reason, Viewer viewer, RedirectAttributes redirect) {
        desk.requireWorker(viewer, new SchoolId(school), new ConcernId(concern));
        try {
            sanctions.lift(viewer, new SchoolId(school), new ConcernId(concern), suspension, reason);
            redirect.addFlashAttribute("success", "The suspension is lifted: the learner's school internet access is"
                    + " back within a minute");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("liftReason", reason);
        }
        return "redirect:/schools/" + school + "/concerns/" + concern + "#internet-suspensions";
    }

    private Concern workable(Viewer viewer, UUID school, UUID concern) {
        var file = desk.open(viewer, new SchoolId(school), new ConcernId(concern));
        if (!file.access().mayWork()) {
            throw new AccessDeniedException("only those who may work this case can suspend internet access");
        }
        return file.concern();
    }

    private String page(Concern c, SuspensionForm form, String error, Model model) {
        var involved = c.involved();
        model.addAttribute("school", schools.find(c.school()).orElseThrow());
        model.addAttribute("concern", c);
        model.addAttribute("offered", InternetSanctions.offeredFor(c) && c.status().open());
        model.addAttribute("learners", InternetSanctions.learners(c).stream().map(i -> new LearnerOnCase(i,
                involved.get(i).person() == null ? involved.get(i).description()
                        : people.find(involved.get(i).person()).map(Person::fullName).orElse("A learner"),
                involved.get(i).involvement().label())).toList());
        model.addAttribute("policies", Sanction.Policy.values());
        model.addAttribute("enforceable", sanctions.enforceable(c.school()));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "concern/internet-suspension";
    }

    private static int position(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ConcernRefused("Choose the learner whose internet access is suspended");
        }
    }

    private static Integer days(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ConcernRefused("Give the number of school days as a whole number, for example 5");
        }
    }

    private static LocalDateTime endOf(String text) {
        if (text == null || text.isBlank()) {
            throw new ConcernRefused("Give when the suspension ends, for example 2026-12-02 08:00");
        }
        try {
            return LocalDateTime.parse(text.trim().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new ConcernRefused("Give when the suspension ends as year-month-day hours:minutes, for example"
                    + " 2026-12-02 08:00");
        }
    }
}
