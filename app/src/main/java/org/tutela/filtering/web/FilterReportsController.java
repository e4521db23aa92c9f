package org.tutela.filtering.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.filtering.FilterDecisions;
import org.tutela.school.Permission;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * What the filter did: blocked categories by group, the trend, the sites blocked most (to catch over-blocking) and
 * attempts on the illegal lists; and, for those who may search it, one device's or person's history and the search
 * terms used. Every search of the log is audited (MON-09).
 */
@Controller
class FilterReportsController {

    static final int DAYS = 7;

    private final FilterDecisions decisions;
    private final Schools schools;
    private final AuditTrail audit;

    FilterReportsController(FilterDecisions decisions, Schools schools, AuditTrail audit) {
        this.decisions = decisions;
        this.schools = schools;
        this.audit = audit;
    }

    @GetMapping("/schools/{school}/filtering/reports")
    String reports(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = new SchoolId(school);
        if (!viewer.may(Permission.VIEW_FILTERING_REPORTS, at)) {
            throw new AccessDeniedException("filtering reports are for leaders, the DSL, the OSL and technical staff");
        }
        model.addAttribute("school", schools.find(at).orElseThrow());
        model.addAttribute("days", DAYS);
        model.addAttribute("byCategory", decisions.blockedByGroupAndCategory(at, DAYS));
        model.addAttribute("daily", decisions.daily(at, DAYS));
        model.addAttribute("mostBlocked", decisions.mostBlockedSites(at, DAYS, 20));
        model.addAttribute("illegalAttempts", decisions.illegalAttempts(at, DAYS));
        var maySearch = viewer.may(Permission.SEARCH_FILTERING_LOG, at);
        model.addAttribute("maySearch", maySearch);
        if (maySearch) {
            model.addAttribute("searches", decisions.searches(at, DAYS, 50));
            audit.record("FILTER_LOG_READ", "filter_decision", "search terms", school, Outcome.ALLOWED,
                    "search terms, last " + DAYS + " days");
        }
        return "filtering/reports";
    }

    @GetMapping("/schools/{school}/filtering/reports/history")
    String history(@PathVariable UUID school, @RequestParam(defaultValue = "") String device,
            @RequestParam(defaultValue = "") String user, Viewer viewer, Model model) {
        var at = new SchoolId(school);
        if (!viewer.may(Permission.SEARCH_FILTERING_LOG, at)) {
            throw new AccessDeniedException("searching the filtering log is for the DSL, the OSL, leaders and "
                    + "technical staff");
        }
        model.addAttribute("school", schools.find(at).orElseThrow());
        model.addAttribute("device", device);
        model.addAttribute("user", user);
        model.addAttribute("days", 30);
        if (device.isBlank() && user.isBlank()) {
            model.addAttribute("error", "Enter a device's address or a user name");
            return "filtering/history";
        }
        if (!device.isBlank() && !device.trim().matches("[0-9a-fA-F:.]{2,45}")) {
            model.addAttribute("error", "Enter a device's IP address, like 10.20.5.31");
            return "filtering/history";
        }
        model.addAttribute("entries", decisions.history(at, device, user, 30, 500));
        audit.record("FILTER_LOG_SEARCHED", "filter_decision", device.isBlank() ? "user " + user : "device " + device,
                school, Outcome.ALLOWED, "history, last 30 days");
        return "filtering/history";
    }
}
