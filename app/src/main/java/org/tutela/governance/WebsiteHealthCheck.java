package org.tutela.governance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * CEOP (WEB-04, PROC-CSA-10). Runs every morning and when someone asks; follows up to five redirects, never from
 * https to http nor to an address off the public internet, and gives up on a page not fetched in time.
 */
@Component
public class WebsiteHealthCheck {

    private static final Logger log = LoggerFactory.getLogger(WebsiteHealthCheck.class);
    private static final int MOST_REDIRECTS = 5;

    private final WebsitePages pages;
    private final Contacts contacts;
    private final AuditTrail audit;
    private final GovernanceProperties properties;
    private final Clock clock;
    private final FetchableAddresses addresses;
    private final HttpClient client;

    WebsiteHealthCheck(WebsitePages pages, Contacts contacts, AuditTrail audit, GovernanceProperties properties,
            Clock clock) {
        this.pages = pages;
        this.contacts = contacts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.addresses = new FetchableAddresses(properties.websiteAllowPrivateAddresses());
        // Redirects are followed here, one at a time, so that every address a page leads to is checked first.
        this.client = HttpClient.newBuilder().connectTimeout(properties.websiteTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
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
        var deadline = System.nanoTime() + properties.websiteTimeout().toNanos();
        URI at;
        try {
            at = URI.create(page.url());
        } catch (IllegalArgumentException e) {
            return unreachable(now, "The address cannot be fetched: " + e.getMessage());
        }
        for (var redirects = 0; ; redirects++) {
            var refusal = addresses.refusal(at);
            if (refusal.isPresent()) {
                return redirects == 0 ? unreachable(now, refusal.get())
                        : new WebsitePage.LastCheck(now, null, WebsitePage.Outcome.HTTP_ERROR, "The page sends"
                                + " visitors on to another address, which the check does not follow: " + refusal.get());
            }
            Fetched fetched;
            try {
                fetched = fetch(at, deadline);
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
            var status = fetched.status();
            if (status >= 300 && status < 400) {
                var location = fetched.location();
                if (location.isEmpty()) {
                    return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.HTTP_ERROR, "The page answered "
                            + status + " without saying where visitors are sent");
                }
                URI next;
                try {
                    next = at.resolve(location.get());
                } catch (IllegalArgumentException e) {
                    return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.HTTP_ERROR, "The page answered "
                            + status + " and sends visitors on to an address that is not a web address");
                }
                if ("https".equalsIgnoreCase(at.getScheme()) && "http".equalsIgnoreCase(next.getScheme())) {
                    return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.HTTP_ERROR, "The page answered "
                            + status + " and sends visitors on to " + next + ", from https to http, which the check"
                            + " does not follow");
                }
                if (redirects == MOST_REDIRECTS) {
                    return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.HTTP_ERROR, "The page sends"
                            + " visitors on more than " + MOST_REDIRECTS + " times, which the check does not follow");
                }
                at = next;
                continue;
            }
            if (status >= 400) {
                return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.HTTP_ERROR,
                        "The page answered " + status + (status == 404 ? " (not found)" : ""));
            }
            var body = new String(fetched.body(), StandardCharsets.UTF_8);
            if (page.carriesCeop() && !linksTo(body, at.toString(), ceopUrl)) {
                return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.NO_CEOP_LINK,
                        "The page answers, but has no link to CEOP (" + ceopUrl + ")");
            }
            return new WebsitePage.LastCheck(now, status, WebsitePage.Outcome.PASSED, page.carriesCeop()
                    ? "The page answers and links to CEOP" : "The page answers");
        }
    }

    private record Fetched(int status, Optional<String> location, byte[] body) {
    }

    /**
     * One request, answered and read (up to the largest page) before the deadline or given up. The request's own
     * timeout stops applying once the headers arrive, so the whole exchange is waited for with the time left.
     */
    private Fetched fetch(URI at, long deadline) throws IOException, InterruptedException {
        var left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new HttpTimeoutException("out of time");
        }
        var request = HttpRequest.newBuilder(at).timeout(Duration.ofNanos(left))
                .header("User-Agent", "Tutela website check").header("Accept", "text/html,*/*;q=0.5").GET().build();
        var body = new CappedBody(properties.websiteLargestPage());
        var answer = client.sendAsync(request, info -> body);
        try {
            var response = answer.get(left, TimeUnit.NANOSECONDS);
            return new Fetched(response.statusCode(), response.headers().firstValue("Location"), response.body());
        } catch (TimeoutException e) {
            throw new HttpTimeoutException("out of time");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failed) {
                throw failed;
            }
            if (e.getCause() instanceof IllegalArgumentException failed) {
                throw failed;
            }
            throw new IOException(e.getCause());
        } finally {
            if (!answer.isDone()) {
                answer.cancel(true);
                body.cancel();
            }
        }
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
