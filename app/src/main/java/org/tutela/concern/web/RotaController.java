package org.tutela.concern.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.DslRota;
import org.tutela.school.Permission;
import org.tutela.school.PersonId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The DSL rota: the order in which the DSL and deputies are alerted, and who is away (INC-05). */
@Controller
class RotaController {

    private final DslRota rota;
    private final Schools schools;

    RotaController(DslRota rota, Schools schools) {
        this.rota = rota;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/rota")
    String rota(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_CONTACTS, school);
        model.addAttribute("school", at);
        model.addAttribute("members", rota.of(at.id()));
        model.addAttribute("mayEdit", viewer.may(Permission.MANAGE_CONTACTS, at.id()));
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Europe/London")));
        return "concern/rota";
    }

    /** Each member comes as {@code position.<id>} (1, 2, …) and {@code away.<id>} (a date, or empty when present). */
    @PostMapping("/schools/{school}/rota")
    String arrange(@PathVariable UUID school, @RequestParam Map<String, String> form, Viewer viewer,
            RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_CONTACTS, school);
        try {
            var places = new ArrayList<Ranked>();
            for (var entry : form.entrySet()) {
                if (!entry.getKey().startsWith("position.")) {
                    continue;
                }
                var id = entry.getKey().substring("position.".length());
                places.add(new Ranked(position(entry.getValue()),
                        new DslRota.Place(new PersonId(UUID.fromString(id)), date(form.get("away." + id)))));
            }
            places.sort(Comparator.comparingInt(Ranked::position));
            rota.arrange(at.id(), places.stream().map(Ranked::place).toList(), viewer.person());
            redirect.addFlashAttribute("success", "The rota is saved");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        } catch (IllegalArgumentException notAPerson) {
            redirect.addFlashAttribute("problem", "Only the DSL and deputy DSLs of the school can be on the rota");
        }
        return "redirect:/schools/" + school + "/rota";
    }

    /** A place on the rota with the number the form gave it. */
    private record Ranked(int position, DslRota.Place place) {
    }

    private static int position(String text) {
        try {
            var position = Integer.parseInt(text.trim());
            if (position < 1) {
                throw new ConcernRefused("Give each person's place on the rota as 1, 2, 3 and so on");
            }
            return position;
        } catch (NumberFormatException e) {
            throw new ConcernRefused("Give each person's place on the rota as 1, 2, 3 and so on");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ConcernRefused("Give the date someone is away until as a date, for example 2027-03-14");
        }
    }
}
