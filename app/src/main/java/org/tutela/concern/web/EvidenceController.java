package org.tutela.concern.web;

import java.time.Clock;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.CaseWork;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernId;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.ImageryViewing;
import org.tutela.concern.KnownCopy;
import org.tutela.concern.PoliceStatement;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

import jakarta.servlet.http.HttpServletResponse;

/** Known copies of the material and what became of each (EVD-06, EVD-08), and viewings of imagery (PROC-SX-06). */
@Controller
class EvidenceController {

    private final CaseWork work;
    private final ConcernDesk desk;
    private final Clock clock;

    EvidenceController(CaseWork work, ConcernDesk desk, Clock clock) {
        this.work = work;
        this.desk = desk;
        this.clock = clock;
    }

    @PostMapping("/schools/{school}/concerns/{concern}/copies")
    String knownCopy(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String location, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Copy recorded",
                () -> work.knownCopy(viewer, new SchoolId(school), new ConcernId(concern), location));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/copies/{copy}")
    String copyChanged(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable UUID copy,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String policeReference,
            @RequestParam(defaultValue = "") String writtenRequest, @RequestParam(defaultValue = "") String custodian,
            @RequestParam(defaultValue = "") String storedAt, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Copy updated", () -> work.copyChanged(viewer, new SchoolId(school),
                new ConcernId(concern), copy, FormValues.required(KnownCopy.Status.class, status), policeReference,
                "yes".equals(writtenRequest), custodian, storedAt));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/viewings")
    String viewing(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String viewer,
            @RequestParam(defaultValue = "") String viewedAt, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String whyNotTheDsl, Viewer signedIn, RedirectAttributes redirect) {
        return act(signedIn, school, concern, redirect, "Viewing recorded", () -> work.imageryViewed(signedIn,
                new SchoolId(school), new ConcernId(concern), new PersonId(FormValues.id(viewer, "Choose who viewed it")), FormValues.moment(viewedAt, clock.instant()),
                FormValues.required(ImageryViewing.Reason.class, reason), whyNotTheDsl));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/statement")
    String statement(@PathVariable UUID school, @PathVariable UUID concern, @ModelAttribute StatementForm form,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "The statement pack is saved", () -> work.policeStatement(viewer,
                new SchoolId(school), new ConcernId(concern), form.toStatement()));
    }

    /** The pack as a PDF; without a purpose and a recipient, back to the case with the reason. */
    @PostMapping("/schools/{school}/concerns/{concern}/statement/export")
    String exportStatement(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String recipient,
            Viewer viewer, HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        desk.requireWorker(viewer, new SchoolId(school), new ConcernId(concern));
        byte[] pdf;
        try {
            pdf = work.exportPoliceStatement(viewer, new SchoolId(school), new ConcernId(concern), purpose, recipient);
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/schools/" + school + "/concerns/" + concern;
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("police-statement-" + concern + ".pdf").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
        return null;
    }

    /** The statement pack's fields as posted. */
    record StatementForm(String witnesses, String network, String location, String accessSteps, String sender,
            String identifiers, String delayReason) {

        PoliceStatement toStatement() {
            return new PoliceStatement(FormValues.text(witnesses), FormValues.text(network), FormValues.text(location),
                    FormValues.text(accessSteps), FormValues.text(sender), FormValues.text(identifiers),
                    FormValues.text(delayReason));
        }
    }

    private String act(Viewer viewer, UUID school, UUID concern, RedirectAttributes redirect, String done,
            Runnable change) {
        desk.requireWorker(viewer, new SchoolId(school), new ConcernId(concern));
        try {
            change.run();
            redirect.addFlashAttribute("success", done);
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/concerns/" + concern;
    }
}
