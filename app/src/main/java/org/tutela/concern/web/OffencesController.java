package org.tutela.concern.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernId;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.OffencesConsidered;
import org.tutela.concern.Statute;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/** The statutes considered on a case where an offence is suspected (PROC-BUL-08). */
@Controller
class OffencesController {

    private final OffencesConsidered offences;
    private final ConcernDesk desk;

    OffencesController(OffencesConsidered offences, ConcernDesk desk) {
        this.offences = offences;
        this.desk = desk;
    }

    @PostMapping("/schools/{school}/concerns/{concern}/offences")
    String consider(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(required = false) List<String> statutes, Viewer viewer, RedirectAttributes redirect) {
        var at = new SchoolId(school);
        var id = new ConcernId(concern);
        desk.requireWorker(viewer, at, id);
        try {
            offences.consider(viewer, at, id, FormValues.choices(Statute.class, statutes));
            redirect.addFlashAttribute("success", "Offences considered saved");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/concerns/" + concern + "#offences";
    }
}
