package org.tutela.filtering.web;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.filtering.Categories;
import org.tutela.filtering.EffectivenessChecks;
import org.tutela.filtering.PolicyChangeRefused;
import org.tutela.school.Permission;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The filtering effectiveness checks (FILT-13): the last run for each group and category, and the test names. */
@Controller
class EffectivenessChecksController {

    private final EffectivenessChecks checks;
    private final Schools schools;

    EffectivenessChecksController(EffectivenessChecks checks, Schools schools) {
        this.checks = checks;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/filtering/checks")
    String page(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.RUN_FILTERING_CHECKS, school);
        model.addAttribute("school", at);
        model.addAttribute("summaries", checks.lastRun(at.id()));
        model.addAttribute("testNames", checks.testNames(at.id()));
        model.addAttribute("dnsResolver", checks.dnsResolver(at.id()).orElse(""));
        model.addAttribute("proxy", checks.proxy(at.id()).orElse(""));
        model.addAttribute("categories", Categories.standard().all().stream()
                .filter(category -> !category.illegal()).toList());
        return "filtering/checks";
    }

    @PostMapping("/schools/{school}/filtering/checks/run")
    String run(@PathVariable UUID school, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.RUN_FILTERING_CHECKS, school);
        try {
            var results = checks.check(at.id());
            var reachable = results.stream().filter(result -> !result.passed()).count();
            redirect.addFlashAttribute(reachable == 0 ? "success" : "problem", results.isEmpty()
                    ? "There was nothing to check: the school needs a policy in force and lists or test names"
                    : results.size() + " test names tried; " + reachable + " reachable where they should be blocked");
        } catch (IllegalStateException unreadable) {
            redirect.addFlashAttribute("problem", unreadable.getMessage());
        }
        return "redirect:/schools/" + school + "/filtering/checks";
    }

    @PostMapping("/schools/{school}/filtering/checks/resolver")
    String chooseResolver(@PathVariable UUID school, @RequestParam(defaultValue = "") String address, Viewer viewer,
            RedirectAttributes redirect) {
        return chooseEnforcementPoint(school, address, viewer, redirect, "DNS resolver",
                (at, chosen) -> checks.chooseDnsResolver(viewer, at, chosen));
    }

    @PostMapping("/schools/{school}/filtering/checks/proxy")
    String chooseProxy(@PathVariable UUID school, @RequestParam(defaultValue = "") String address, Viewer viewer,
            RedirectAttributes redirect) {
        return chooseEnforcementPoint(school, address, viewer, redirect, "Squid proxy",
                (at, chosen) -> checks.chooseProxy(viewer, at, chosen));
    }

    /** Sets or clears where the checks also ask, refused with a message when it is not an address. */
    private String chooseEnforcementPoint(UUID school, String address, Viewer viewer, RedirectAttributes redirect,
            String what, java.util.function.BiConsumer<org.tutela.school.SchoolId, String> choose) {
        var at = schools.where(viewer, Permission.RUN_FILTERING_CHECKS, school);
        try {
            choose.accept(at.id(), address);
            redirect.addFlashAttribute("success", address.isBlank() ? "The checks no longer ask a " + what
                    : "The checks will also ask the " + what + " at " + address.trim());
        } catch (PolicyChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/filtering/checks";
    }

    @PostMapping("/schools/{school}/filtering/checks/names")
    String chooseNames(@PathVariable UUID school, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String names, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.RUN_FILTERING_CHECKS, school);
        try {
            var chosen = Arrays.stream(names.split("[\\r\\n,]+")).map(String::trim).filter(name -> !name.isEmpty())
                    .toList();
            checks.chooseTestNames(viewer, at.id(), category, chosen);
            redirect.addFlashAttribute("success", "The test sites are saved");
        } catch (PolicyChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/filtering/checks";
    }
}
