package org.tutela.filtering.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.filtering.BlockPageRequest;
import org.tutela.filtering.BlockPageRequest.Kind;
import org.tutela.filtering.BlockPageRequests;
import org.tutela.filtering.FilterPolicies;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.PolicyVersion;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * The queues behind the block page: unblock requests for the online safety lead and technical staff to decide, and
 * children's worries for the DSL and deputies, who alone may read them.
 */
@Controller
class BlockPageRequestsController {

    private final BlockPageRequests requests;
    private final FilterPolicies policies;
    private final Schools schools;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    BlockPageRequestsController(BlockPageRequests requests, FilterPolicies policies, Schools schools, People people,
            AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.policies = policies;
        this.schools = schools;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/schools/{school}/filtering/requests")
    String queues(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = new SchoolId(school);
        var unblock = viewer.may(Permission.DECIDE_UNBLOCK_REQUESTS, at);
        var concerns = viewer.may(Permission.READ_BLOCK_PAGE_CONCERNS, at);
        if (!unblock && !concerns) {
            throw new AccessDeniedException("block page requests are for the OSL, technical staff and the DSL");
        }
        model.addAttribute("school", schools.find(at).orElseThrow(NotFound::new));
        model.addAttribute("unblock", unblock ? requests.recent(at, Kind.UNBLOCK, 50) : null);
        model.addAttribute("concerns", concerns ? requests.recent(at, Kind.CONCERN, 50) : null);
        if (concerns) {
            audit.record("RECORD_VIEWED", "block_page_concerns", school, school, Outcome.ALLOWED, "list");
        }
        return "filtering/requests";
    }

    @GetMapping("/schools/{school}/filtering/requests/{request}")
    String request(@PathVariable UUID school, @PathVariable UUID request, Viewer viewer, Model model) {
        var at = new SchoolId(school);
        var found = readable(viewer, at, request);
        model.addAttribute("school", schools.find(at).orElseThrow(NotFound::new));
        model.addAttribute("request", found);
        model.addAttribute("groups", policies.inForce(at).map(PolicyVersion::groups).orElse(java.util.List.of()));
        model.addAttribute("decidedBy", found.decidedBy() == null ? null
                : people.find(found.decidedBy()).map(p -> p.fullName()).orElse("Unknown"));
        if (found.kind() == Kind.CONCERN) {
            audit.record("RECORD_VIEWED", "block_page_request", request, school, Outcome.ALLOWED, "concern");
        }
        return "filtering/request";
    }

    @PostMapping("/schools/{school}/filtering/requests/{request}/allow")
    String allow(@PathVariable UUID school, @PathVariable UUID request, @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "0") int hours, @RequestParam(defaultValue = "") String reason,
            Viewer viewer, RedirectAttributes redirect) {
        var at = decidable(viewer, school, request, Permission.DECIDE_UNBLOCK_REQUESTS);
        return decided(school, request, redirect, () -> {
            if (hours < 1 || hours > 24 * 28) {
                throw new IllegalArgumentException("Choose how long to allow it: between 1 hour and 4 weeks");
            }
            requests.allow(viewer, at, request, new GroupId(group.isBlank() ? "none" : group),
                    clock.instant().plus(Duration.ofHours(hours)), reason);
        }, "The website is allowed for " + group + " for " + hours + " hours");
    }

    @PostMapping("/schools/{school}/filtering/requests/{request}/keep-blocked")
    String keepBlocked(@PathVariable UUID school, @PathVariable UUID request,
            @RequestParam(defaultValue = "") String reason, Viewer viewer, RedirectAttributes redirect) {
        var at = decidable(viewer, school, request, Permission.DECIDE_UNBLOCK_REQUESTS);
        return decided(school, request, redirect, () -> requests.keepBlocked(viewer, at, request, reason),
                "The website stays blocked");
    }

    @PostMapping("/schools/{school}/filtering/requests/{request}/seen")
    String seen(@PathVariable UUID school, @PathVariable UUID request, @RequestParam(defaultValue = "") String note,
            Viewer viewer, RedirectAttributes redirect) {
        var at = decidable(viewer, school, request, Permission.READ_BLOCK_PAGE_CONCERNS);
        return decided(school, request, redirect, () -> requests.markSeen(viewer, at, request, note),
                "Marked as seen");
    }

    private BlockPageRequest readable(Viewer viewer, SchoolId at, UUID request) {
        var unblock = viewer.may(Permission.DECIDE_UNBLOCK_REQUESTS, at);
        var concerns = viewer.may(Permission.READ_BLOCK_PAGE_CONCERNS, at);
        if (!unblock && !concerns) {
            throw new AccessDeniedException("block page requests are for the OSL, technical staff and the DSL");
        }
        var found = requests.find(at, request).orElseThrow(NotFound::new);
        if (found.kind() == Kind.CONCERN && !concerns) {
            throw new AccessDeniedException("a child's worry is for the DSL and deputies only");
        }
        if (found.kind() == Kind.UNBLOCK && !unblock && !concerns) {
            throw new AccessDeniedException("unblock requests are for the OSL and technical staff");
        }
        return found;
    }

    private SchoolId decidable(Viewer viewer, UUID school, UUID request, Permission permission) {
        var at = new SchoolId(school);
        if (!viewer.may(permission, at)) {
            throw new AccessDeniedException("needs " + permission + " at school " + school);
        }
        var found = requests.find(at, request).orElseThrow(NotFound::new);
        var expected = permission == Permission.READ_BLOCK_PAGE_CONCERNS ? Kind.CONCERN : Kind.UNBLOCK;
        if (found.kind() != expected) {
            throw new AccessDeniedException("this decision is not for this kind of request");
        }
        return at;
    }

    private String decided(UUID school, UUID request, RedirectAttributes redirect, Runnable decision, String done) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", done);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/filtering/requests/" + request;
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound() {
            super("No such request at this school");
        }
    }
}
