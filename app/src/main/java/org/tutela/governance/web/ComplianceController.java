package org.tutela.governance.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tutela.governance.ComplianceDashboard;
import org.tutela.governance.Rating;
import org.tutela.school.Permission;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The compliance dashboard: every item red, amber or green, with what to do and where. */
@Controller
class ComplianceController {

    private final ComplianceDashboard dashboard;
    private final Schools schools;

    ComplianceController(ComplianceDashboard dashboard, Schools schools) {
        this.dashboard = dashboard;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/compliance")
    String dashboard(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_COMPLIANCE, school);
        var items = dashboard.itemsFor(at);
        model.addAttribute("school", at);
        model.addAttribute("items", items);
        model.addAttribute("red", items.stream().filter(i -> i.rating() == Rating.RED).count());
        model.addAttribute("amber", items.stream().filter(i -> i.rating() == Rating.AMBER).count());
        model.addAttribute("green", items.stream().filter(i -> i.rating() == Rating.GREEN).count());
        return "governance/compliance";
    }
}
