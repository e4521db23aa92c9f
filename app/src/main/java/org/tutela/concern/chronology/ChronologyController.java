package org.tutela.concern.chronology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.ConcernRefused;
import org.tutela.school.Viewer;

/**
 * A learner's chronology for the DSL and deputies of their school: the page, its PDF export and the record of their
 * child-protection file sent to the next school. Who may ask is settled before anything sent is used.
 */
@Controller
class ChronologyController {

    private static final String PAGE = "/schools/{school}/learners/{person}/chronology";

    private final ChildProtectionFiles files;

    ChronologyController(ChildProtectionFiles files) {
        this.files = files;
    }

    record ExportRequest(String purpose, String recipient) {
    }

    record SentRequest(String receivingSchool, String receivingDsl, String method, String purpose) {

        ChildProtectionTransfer.Method chosenMethod() {
            try {
                return method == null || method.isBlank() ? null
                        : ChildProtectionTransfer.Method.valueOf(method.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConcernRefused("Choose how the file was sent");
            }
        }
    }

    record ReceiptRequest(String confirmedBy, String receivedAt) {

        /** When the receiving school had the file; empty for now. */
        Instant when() {
            if (receivedAt == null || receivedAt.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(receivedAt.trim().replace(' ', 'T')).atZone(ChronologyPdf.SCHOOL_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw new ConcernRefused("Give the time as year-month-day hours:minutes, e.g. 2026-11-25 10:30");
            }
        }
    }

    @GetMapping(PAGE)
    String chronology(@PathVariable UUID school, @PathVariable UUID person, Viewer viewer, Model model) {
        var file = files.find(viewer, school, person);
        model.addAttribute("school", file.school());
        model.addAttribute("learner", file.learner());
        model.addAttribute("chronology", files.read(viewer, file));
        model.addAttribute("transfers", files.transfersOf(file));
        model.addAttribute("methods", ChildProtectionTransfer.Method.values());
        return "concern/chronology";
    }

    /** Answers with the PDF itself (returning no view), or goes back to the page saying what is missing. */
    @PostMapping(PAGE + "/export")
    String export(@PathVariable UUID school, @PathVariable UUID person, @ModelAttribute ExportRequest form,
            Viewer viewer, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        var file = files.find(viewer, school, person);
        byte[] pdf;
        try {
            pdf = files.export(viewer, file, form.purpose(), form.recipient());
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return back(school, person);
        }
        var learner = file.learner();
        var name = "chronology-" + (learner.familyName() + "-" + learner.givenName()).replaceAll("[^A-Za-z0-9]+", "-")
                + "-" + LocalDate.now(ChronologyPdf.SCHOOL_TIME) + ".pdf";
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
        return null;
    }

    @PostMapping(PAGE + "/transfers")
    String sent(@PathVariable UUID school, @PathVariable UUID person, @ModelAttribute SentRequest form, Viewer viewer,
            RedirectAttributes redirect) {
        var file = files.find(viewer, school, person);
        return act(school, person, redirect, "Recorded that the file was sent", () -> files.recordSent(viewer, file,
                form.receivingSchool(), form.receivingDsl(), form.chosenMethod(), form.purpose()));
    }

    @PostMapping(PAGE + "/transfers/{transfer}/received")
    String received(@PathVariable UUID school, @PathVariable UUID person, @PathVariable UUID transfer,
            @ModelAttribute ReceiptRequest form, Viewer viewer, RedirectAttributes redirect) {
        var file = files.find(viewer, school, person);
        return act(school, person, redirect, "Receipt confirmed", () -> files.confirmReceipt(viewer, file, transfer,
                form.confirmedBy(), form.when()));
    }

    private static String act(UUID school, UUID person, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", done);
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return back(school, person);
    }

    private static String back(UUID school, UUID person) {
        return "redirect:/schools/" + school + "/learners/" + person + "/chronology";
    }
}
