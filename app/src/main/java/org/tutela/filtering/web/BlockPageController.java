package org.tutela.filtering.web;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.filtering.BlockPageRequest.Kind;
import org.tutela.filtering.BlockPageRequests;
import org.tutela.filtering.BlockedSite;
import org.tutela.filtering.FilterDecisions;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;

/**
 * The page a child sees instead of a blocked site: what happened in words they understand, and two ways to act —
 * tell a trusted adult, or ask for the site to be unblocked. Nobody needs to sign in; sending is rate-limited.
 */
@Controller
class BlockPageController {

    private final BlockPageRequests requests;
    private final Schools schools;
    private final FilterDecisions decisions;
    private final Cache<String, Bucket> senders = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(50_000).build();

    BlockPageController(BlockPageRequests requests, Schools schools, FilterDecisions decisions) {
        this.requests = requests;
        this.schools = schools;
        this.decisions = decisions;
    }

    @GetMapping("/blocked")
    String blocked(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) String category,
            @RequestParam(required = false) String group, @RequestParam(name = "v", required = false) Integer version,
            @RequestParam(required = false) String school, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String until, HttpServletRequest request, Model model) {
        suspended(rule, until, model);
        return page(explained(new BlockedSite(url, category, group, version), school, rule, request), school, model);
    }

    /**
     * The site with why it was blocked when the address does not say: the block page interceptor knows only the host,
     * but the DNS resolver logged its decision for that host and this device at the school. Nothing is looked up
     * without a school the page knows, nor for a suspension, which is about the learner and not the site.
     */
    private BlockedSite explained(BlockedSite site, String school, String rule, HttpServletRequest request) {
        if (site.category() != null || "suspension".equals(rule)) {
            return site;
        }
        var host = site.host();
        var schoolId = host == null ? null : schoolOf(school);
        if (schoolId == null) {
            return site;
        }
        return decisions.lastBlockOf(schoolId, host, request.getRemoteAddr())
                .map(block -> new BlockedSite(site.url(), block.category(), site.group(), site.policyVersion()))
                .orElse(site);
    }

    /**
     * A learner whose school internet access is suspended (PROC-BUL-07) is told so, and when it comes back, in words
     * a child understands; they can still tell a trusted adult about a worry. An end that cannot be read is left out.
     */
    private static void suspended(String rule, String until, Model model) {
        if (!"suspension".equals(rule)) {
            return;
        }
        model.addAttribute("suspension", true);
        try {
            var end = java.time.Instant.parse(until).atZone(java.time.ZoneId.of("Europe/London"));
            model.addAttribute("suspendedUntil", end.format(java.time.format.DateTimeFormatter.ofPattern(
                    "EEEE d MMMM 'at' h:mma", java.util.Locale.UK)).replace("AM", "am").replace("PM", "pm"));
            model.addAttribute("until", until);
        } catch (RuntimeException unreadable) {
            // The page still says that access is switched off; only the end is missing.
        }
    }

    @PostMapping("/blocked/concern")
    String tellATrustedAdult(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) String category,
            @RequestParam(required = false) String group, @RequestParam(name = "v", required = false) Integer version,
            @RequestParam(required = false) String school, @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String until, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        suspended(rule, until, model);
        return send(Kind.CONCERN, explained(new BlockedSite(url, category, group, version), school, rule, request), school,
                message, name, request, response, model);
    }

    @PostMapping("/blocked/unblock")
    String askToUnblock(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) String category,
            @RequestParam(required = false) String group, @RequestParam(name = "v", required = false) Integer version,
            @RequestParam(required = false) String school, @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "") String name, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return send(Kind.UNBLOCK, explained(new BlockedSite(url, category, group, version), school, null, request), school,
                message, name, request, response, model);
    }

    private String send(Kind kind, BlockedSite site, String school, String message, String name,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var schoolId = schoolOf(school);
        if (schoolId == null) {
            response.setStatus(422);
            model.addAttribute("problem", "This page does not know your school. Tell a teacher instead.");
            return page(site, school, model);
        }
        var bucket = senders.get(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofMinutes(10)).build()).build());
        if (!bucket.tryConsume(1)) {
            response.setStatus(429);
            model.addAttribute("problem", "You have sent a lot of messages. Wait a few minutes, or tell a teacher.");
            return page(site, school, model);
        }
        try {
            requests.submit(kind, schoolId, site, message, name, request.getRemoteAddr());
        } catch (IllegalArgumentException unclear) {
            response.setStatus(422);
            model.addAttribute("error", unclear.getMessage());
            model.addAttribute("errorFor", kind.name());
            model.addAttribute("message", message);
            model.addAttribute("name", name);
            return page(site, school, model);
        }
        model.addAttribute("sent", kind.name());
        return page(site, school, model);
    }

    private String page(BlockedSite site, String school, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("schoolParam", schoolOf(school) == null ? null : school);
        return "filtering/blocked";
    }

    private SchoolId schoolOf(String school) {
        try {
            var id = new SchoolId(UUID.fromString(school));
            return schools.find(id).isPresent() ? id : null;
        } catch (IllegalArgumentException | NullPointerException notASchool) {
            return null;
        }
    }
}
