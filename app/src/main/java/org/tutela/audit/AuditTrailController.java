package org.tutela.audit;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditTrailController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditReaders readers;

    AuditTrailController(AuditTrail trail, AuditReaders readers) {
        this.trail = trail;
        this.readers = readers;
    }

    @GetMapping("/audit")
    String trail(@AuthenticationPrincipal AuditActor actor, @RequestParam(required = false) String person,
            @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var schools = readers.schoolsWhoseTrailMayBeReadBy(actor);
        if (schools.isEmpty()) {
            throw new AccessDeniedException("only the DSL and the headteacher read the audit trail");
        }
        UUID personId = null;
        if (person != null && !person.isBlank()) {
            try {
                personId = UUID.fromString(person.trim());
            } catch (IllegalArgumentException notAnId) {
                model.addAttribute("personError", "Enter a person's reference as shown in the trail");
            }
        }
        var entries = trail.search(new AuditQuery(schools, personId, recordType, recordId, Math.max(page, 0), PAGE_SIZE));
        var hasMore = entries.size() > PAGE_SIZE;
        model.addAttribute("entries", hasMore ? entries.subList(0, PAGE_SIZE) : entries);
        model.addAttribute("hasMore", hasMore);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("person", person);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", recordId);
        trail.record("AUDIT_TRAIL_READ", "audit_trail", null, null, Outcome.ALLOWED,
                "person=" + (person == null ? "" : person) + " record=" + (recordType == null ? "" : recordType) + "/"
                        + (recordId == null ? "" : recordId));
        return "audit/trail";
    }
}
