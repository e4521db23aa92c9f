package org.tutela.governance;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.concern.Contacts;
import org.tutela.school.SchoolId;

/**
 * Fetches each of a school's website pages and records whether it answers and, where it must, whether it links to
 * CEOP (WEB-04, PROC-CSA-10). Runs every morning and when someone asks; follows redirects, except from https to
 * http, and gives up on a page that does not answer in time.
 */
@Component
public class WebsiteHealthCheck {

    private static final Logger log = LoggerFactory.getLogger(WebsiteHealthCheck.class);

    private final WebsitePages pages;
    private final Contacts contacts;
    private final AuditTrail audit;
    private final GovernanceProperties properties;
    private final Clock clock;
    private final HttpClient client;

    WebsiteHealthCheck(WebsitePages pages, Contacts contacts, AuditTrail audit, GovernanceProperties properties,
            Clock clock) {
        this.pages = pages;
        this.contacts = contacts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(properties.websiteTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Scheduled(cron = "${tutela.governance.website-check:0 15 6 * * *}", zone = "Europe/London")
    void everyMorning() {
        for (var school : pages.schoolsWithPages()) {
            try {
                checkNow(school);
            } catch (RuntimeException failed) {
                log.warn("The website check of school {} failed", school, failed);
            }
        }
    }

    /** Fetches every page of the school now and records what each gave; returns the pages with their results. */
    public List<WebsitePage> checkNow(SchoolId school) {
        var ceop = contacts.ceopReportUrl(school);
        var failed = 0;
        for (var page : pages.of(school)) {
            var result = check(page, ceop);
            pages.recordCheck(page.id(), result);
            failed += result.passed() ? 0 : 1;
        }
        var checked = pages.of(school);
        audit.record("WEBSITE_CHECKED", "website_page", school.value(), school.value(), Outcome.ALLOWED,
                checked.size() + " pages, " + failed + " failed");
        return checked;
    }

    WebsitePage.LastCheck check(WebsitePage page, String ceopUrl) {
        var now = clock.instant();
        HttpResponse<InputStream> response;
        try {
            var request = HttpRequest.newBuilder(URI.create(page.url())).timeout(properties.websiteTimeout())
                    .header("User-Agent", "Tutela website check").header("Accept", "text/html,*/*;q=0.5").GET()
                    .build();
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            return unreachable(now, "No connection within " + waited());
        } catch (HttpTimeoutException e) {
            return unreachable(now, "No answer within " + waited());
        } catch (ConnectException e) {
            return unreachable(now, "The website refused the connection or could not be found");
        } catch (IOException e) {
            return unreachable(now, "The page could not be fetched: " + Optional.ofNullable(e.getMessage())
                    .orElse(e.getClass().getSimpleName()));
        } catch (IllegalArgumentException e) {
            return unreachable(now, "The address cannot be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(now, "The check was stopped");
        }
        var status = response.statusCode();
        String body;
        try (var in = response.body()) {
            body = new String(in.readNBytes(properties.websiteLargestPage()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.UNREACHABLE,
                    "The page stopped part way: " + e.getMessage());
        }
        if (status >= 300 && status < 400) {
            return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.HTTP_ERROR, "The page answered "
                    + status + " and sends visitors on to " + response.headers().firstValue("Location")
                    .orElse("nowhere") + ", which the check does not follow (too many redirects, or https to http)");
        }
        if (status >= 400) {
            return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.HTTP_ERROR,
                    "The page answered " + status + (status == 404 ? " (not found)" : ""));
        }
        var at = response.uri().toString();
        if (page.carriesCeop() && !linksTo(body, at, ceopUrl)) {
            return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.NO_CEOP_LINK,
                    "The page answers, but has no link to CEOP (" + ceopUrl + ")");
        }
        return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.PASSED, page.carriesCeop()
                ? "The page answers and links to CEOP" : "The page answers");
    }

    /** Whether the HTML has a link to the school's CEOP address or to any page of CEOP's own site. */
    static boolean linksTo(String html, String pageUrl, String ceopUrl) {
        var wanted = normalised(ceopUrl);
        for (var link : Jsoup.parse(html, pageUrl).select("a[href], area[href]")) {
            var href = link.absUrl("href");
            if (href.isEmpty()) {
                continue;
            }
            if (normalised(href).equals(wanted) || isCeop(href)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCeop(String href) {
        try {
            var host = URI.create(href).getHost();
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.equals("ceop.police.uk") || host.endsWith(".ceop.police.uk");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalised(String url) {
        var text = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private WebsitePage.LastCheck unreachable(java.time.Instant at, String detail) {
        return new WebsitePage.LastCheck(at, null, WebsitePage.Outcome.UNREACHABLE, detail);
    }

    private String waited() {
        var timeout = properties.websiteTimeout();
        return timeout.toMillis() < 1000 ? timeout.toMillis() + " milliseconds" : timeout.toSeconds() + " seconds";
    }
}
