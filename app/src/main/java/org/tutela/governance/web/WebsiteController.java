package org.tutela.governance.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.Contacts;
import org.tutela.governance.WebsiteHealthCheck;
import org.tutela.governance.WebsitePageRefused;
import org.tutela.governance.WebsitePages;
import org.tutela.school.Permission;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The website pages that must carry the CEOP button or the safeguarding information, and their health check. */
@Controller
class WebsiteController {

    private final WebsitePages pages;
    private final WebsiteHealthCheck healthCheck;
    private final Contacts contacts;
    private final Schools schools;

    WebsiteController(WebsitePages pages, WebsiteHealthCheck healthCheck, Contacts contacts, Schools schools) {
        this.pages = pages;
        this.healthCheck = healthCheck;
        this.contacts = contacts;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/website")
    String website(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_COMPLIANCE, school);
        return page(at, viewer, "", true, true, model);
    }

    @PostMapping("/schools/{school}/website/pages")
    String add(@PathVariable UUID school, @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "false") boolean carriesCeop,
            @RequestParam(defaultValue = "false") boolean carriesSafeguarding, Viewer viewer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_WEBSITE_CHECKS, school);
        try {
            pages.add(at.id(), url, carriesCeop, carriesSafeguarding, viewer.person());
            redirect.addFlashAttribute("success", "Page added: check it now, or it is checked tomorrow morning");
            return "redirect:/schools/" + school + "/website";
        } catch (WebsitePageRefused refused) {
            response.setStatus(422);
            model.addAttribute("error", refused.getMessage());
            return page(at, viewer, url, carriesCeop, carriesSafeguarding, model);
        }
    }

    @PostMapping("/schools/{school}/website/pages/{page}/remove")
    String remove(@PathVariable UUID school, @PathVariable UUID page, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_WEBSITE_CHECKS, school);
        try {
            pages.remove(at.id(), page);
            redirect.addFlashAttribute("success", "Page removed from the check");
        } catch (WebsitePageRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/website";
    }

    @PostMapping("/schools/{school}/website/check")
    String checkNow(@PathVariable UUID school, Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_WEBSITE_CHECKS, school);
        var checked = healthCheck.checkNow(at.id());
        var failed = checked.stream().filter(p -> p.lastCheck() != null && !p.lastCheck().passed()).count();
        if (checked.isEmpty()) {
            redirect.addFlashAttribute("problem", "There are no pages to check: add one first");
        } else if (failed == 0) {
            redirect.addFlashAttribute("success", "Every page passed the check");
        } else {
            redirect.addFlashAttribute("problem", failed + (failed == 1 ? " page" : " pages") + " failed the check");
        }
        return "redirect:/schools/" + school + "/website";
    }

    private String page(School at, Viewer viewer, String url, boolean carriesCeop, boolean carriesSafeguarding,
            Model model) {
        model.addAttribute("school", at);
        model.addAttribute("pages", pages.of(at.id()));
        model.addAttribute("ceopUrl", contacts.ceopReportUrl(at.id()));
        model.addAttribute("mayManage", viewer.may(Permission.MANAGE_WEBSITE_CHECKS, at.id()));
        model.addAttribute("mayEditContacts", viewer.may(Permission.MANAGE_CONTACTS, at.id()));
        model.addAttribute("url", url);
        model.addAttribute("carriesCeop", carriesCeop);
        model.addAttribute("carriesSafeguarding", carriesSafeguarding);
        return "governance/website";
    }
}
