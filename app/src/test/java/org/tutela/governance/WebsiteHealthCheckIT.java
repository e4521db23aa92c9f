package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.audit.AuditTrail;
import org.tutela.concern.Contacts;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;

/**
 * The website health check against a small web server on loopback, standing in for the school's website. The
 * application refuses loopback addresses, so the tests that fetch make their own check that allows them.
 */
@TutelaTest
@Import(TestSchools.class)
class WebsiteHealthCheckIT {

    static final String WITH_BUTTON = """
            <!DOCTYPE html><html><body><h1>Keeping safe online</h1>
            <a href="https://www.ceop.police.uk/Safety-Centre/"><img src="/ceop.png" alt="CEOP report"></a>
            </body></html>""";
    static final String WITHOUT_BUTTON = """
            <!DOCTYPE html><html><body><h1>Welcome</h1><a href="/news">News</a></body></html>""";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    WebsitePages pages;
    @Autowired
    Contacts contacts;
    @Autowired
    AuditTrail audit;
    @Autowired
    ComplianceDashboard dashboard;
    @Autowired
    JdbcClient jdbc;

    HttpServer website;
    ExecutorService answering;
    AtomicInteger requests = new AtomicInteger();
    String base;

    @BeforeEach
    void aSchoolWebsiteOnLoopback() throws IOException {
        website = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answering = Executors.newCachedThreadPool();
        website.setExecutor(answering);
        website.createContext("/", exchange -> {
            requests.incrementAndGet();
            switch (exchange.getRequestURI().getPath()) {
                case "/safeguarding" -> answer(exchange, 200, WITH_BUTTON);
                case "/home" -> answer(exchange, 200, WITHOUT_BUTTON);
                case "/old-safeguarding" -> {
                    exchange.getResponseHeaders().add("Location", "/safeguarding");
                    answer(exchange, 301, "");
                }
                case "/own-ceop-page" -> answer(exchange, 200,
                        "<html><body><a href=\"https://www.stbrigids.example/ceop/\">Report</a></body></html>");
                case "/slow" -> {
                    sleep(Duration.ofSeconds(3));
                    answer(exchange, 200, WITH_BUTTON);
                }
                case "/slow-body" -> {
                    exchange.sendResponseHeaders(200, 0);
                    try (var out = exchange.getResponseBody()) {
                        out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        sleep(Duration.ofSeconds(3));
                        out.write(WITH_BUTTON.getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "/endless" -> {
                    exchange.sendResponseHeaders(200, 0);
                    var filler = "<p>Welcome</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
                    try (var out = exchange.getResponseBody()) {
                        out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.UTF_8));
                        for (var written = 0; written < 50_000_000; written += filler.length) {
                            out.write(filler);
                        }
                        out.write(WITH_BUTTON.getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "/to-unspecified" -> {
                    exchange.getResponseHeaders().add("Location",
                            "http://0.0.0.0:" + website.getAddress().getPort() + "/safeguarding");
                    answer(exchange, 302, "");
                }
                case "/round-and-round" -> {
                    exchange.getResponseHeaders().add("Location", "/round-and-round");
                    answer(exchange, 302, "");
                }
                default -> answer(exchange, 404, "<html><body>Not found</body></html>");
            }
        });
        website.start();
        base = "http://127.0.0.1:" + website.getAddress().getPort();
    }

    @AfterEach
    void stopTheWebsite() {
        website.stop(0);
        answering.shutdownNow();
    }

    @Test
    void eachPageIsGreenOrRedAsTheCheckFoundIt() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var unreachable = "http://127.0.0.1:" + aClosedPort() + "/";
        for (var url : new String[] {base + "/safeguarding", base + "/home", base + "/gone", unreachable,
                base + "/old-safeguarding"}) {
            loopbackPages().add(school.id(), url, true, false, head.id());
        }

        checkAllowingLoopback(Duration.ofSeconds(5), 1_000_000).checkNow(school.id());

        var items = dashboard.itemsFor(school);
        assertThat(rating(items, base + "/safeguarding")).isEqualTo(Rating.GREEN);
        assertThat(rating(items, base + "/old-safeguarding")).as("a redirect is followed").isEqualTo(Rating.GREEN);
        assertThat(rating(items, base + "/home")).isEqualTo(Rating.RED);
        assertThat(finding(items, base + "/home")).contains("no link to CEOP");
        assertThat(rating(items, base + "/gone")).isEqualTo(Rating.RED);
        assertThat(finding(items, base + "/gone")).contains("404");
        assertThat(rating(items, unreachable)).isEqualTo(Rating.RED);
        assertThat(finding(items, unreachable)).contains("refused the connection");
        assertThat(pages.of(school.id())).allSatisfy(page -> assertThat(page.lastCheck()).isNotNull());
    }

    @Test
    void aPageLinkingToTheSchoolsOwnCeopAddressPasses() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        contacts.save(school.id(), Map.of(Contacts.Agency.CEOP, new Contacts.Contact(Contacts.Agency.CEOP, "CEOP",
                null, null, "https://www.stbrigids.example/ceop", null)), head.id());
        loopbackPages().add(school.id(), base + "/own-ceop-page", true, false, head.id());

        var results = checkAllowingLoopback(Duration.ofSeconds(5), 1_000_000).checkNow(school.id());

        assertThat(results).singleElement().satisfies(page -> assertThat(page.lastCheck().passed()).isTrue());
    }

    @Test
    void aPageThatDoesNotAnswerInTimeIsUnreachable() {
        var check = checkAllowingLoopback(Duration.ofMillis(300), 1_000_000);
        var page = new WebsitePage(UUID.randomUUID(), base + "/slow", true, false, Instant.now(), null);

        var result = check.check(page, "https://www.ceop.police.uk/Safety-Centre/");

        assertThat(result.outcome()).isEqualTo(WebsitePage.Outcome.UNREACHABLE);
        assertThat(result.detail()).isEqualTo("No answer within 300 milliseconds");
    }

    @Test
    void aSafeguardingPageNeedsOnlyToAnswer() {
        var check = checkAllowingLoopback(Duration.ofSeconds(5), 1_000_000);
        var page = new WebsitePage(UUID.randomUUID(), base + "/home", false, true, Instant.now(), null);

        assertThat(check.check(page, "https://www.ceop.police.uk/Safety-Centre/").passed()).isTrue();
    }

    @Test
    void aPageThatSendsItsAnswerTooSlowlyIsGivenUpWithinTheTimeLimit() {
        var check = checkAllowingLoopback(Duration.ofMillis(300), 1_000_000);
        var page = new WebsitePage(UUID.randomUUID(), base + "/slow-body", true, false, Instant.now(), null);
        var started = System.nanoTime();

        var result = check.check(page, "https://www.ceop.police.uk/Safety-Centre/");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(result.outcome()).isEqualTo(WebsitePage.Outcome.UNREACHABLE);
        assertThat(result.detail()).isEqualTo("No answer within 300 milliseconds");
    }

    @Test
    void onlyTheStartOfAnEndlessPageIsRead() {
        var check = checkAllowingLoopback(Duration.ofSeconds(5), 100_000);
        var page = new WebsitePage(UUID.randomUUID(), base + "/endless", true, false, Instant.now(), null);
        var started = System.nanoTime();

        var result = check.check(page, "https://www.ceop.police.uk/Safety-Centre/");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(result.outcome()).as(result.detail()).isEqualTo(WebsitePage.Outcome.NO_CEOP_LINK);
    }

    @Test
    void aPageOnThisMachineOrAPrivateNetworkIsRefusedWhenAddedAndNotFetched() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var osl = given.staff(school, Role.ONLINE_SAFETY_LEAD);

        for (var address : new String[] {base + "/safeguarding", "http://localhost/safeguarding",
                "https://10.1.2.3/safeguarding", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
                "http://[fd00::1]/safeguarding", "http://0.0.0.0/"}) {
            var refused = mvc.perform(post("/schools/" + school.id() + "/website/pages").with(csrf()).with(given.as(osl))
                    .param("url", address).param("carriesCeop", "true")).andReturn().getResponse();

            assertThat(refused.getStatus()).as(address).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains("only pages on the public internet")
                    .contains("value=\"" + address + "\"");
        }
        var listedAnyway = new WebsitePage(UUID.randomUUID(), base + "/safeguarding", true, false, Instant.now(), null);
        var result = new WebsiteHealthCheck(pages, contacts, audit, new GovernanceProperties(Duration.ofSeconds(5),
                1_000_000, false, 20), Clock.systemUTC()).check(listedAnyway, "https://www.ceop.police.uk/");

        assertThat(pages.of(school.id())).isEmpty();
        assertThat(result.outcome()).isEqualTo(WebsitePage.Outcome.UNREACHABLE);
        assertThat(result.detail()).contains("only pages on the public internet");
        assertThat(requests).hasValue(0);
    }

    @Test
    void aRedirectToAnAddressTheCheckNeverFetchesIsNotFollowed() {
        var check = checkAllowingLoopback(Duration.ofSeconds(5), 1_000_000);
        var page = new WebsitePage(UUID.randomUUID(), base + "/to-unspecified", true, false, Instant.now(), null);

        var result = check.check(page, "https://www.ceop.police.uk/Safety-Centre/");

        assertThat(result.outcome()).isEqualTo(WebsitePage.Outcome.HTTP_ERROR);
        assertThat(result.detail()).contains("does not follow").contains("only pages on the public internet");
        assertThat(requests).hasValue(1);
    }

    @Test
    void aPageThatSendsVisitorsRoundInCirclesFailsAfterFiveRedirects() {
        var check = checkAllowingLoopback(Duration.ofSeconds(5), 1_000_000);
        var page = new WebsitePage(UUID.randomUUID(), base + "/round-and-round", true, false, Instant.now(), null);

        var result = check.check(page, "https://www.ceop.police.uk/Safety-Centre/");

        assertThat(result.outcome()).isEqualTo(WebsitePage.Outcome.HTTP_ERROR);
        assertThat(result.detail()).contains("more than 5 times");
        assertThat(requests).hasValue(6);
    }

    @Test
    void aSchoolHasAtMostTwentyPagesChecked() {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var loopbackPages = loopbackPages();
        for (var n = 1; n <= 20; n++) {
            loopbackPages.add(school.id(), base + "/page-" + n, true, false, head.id());
        }

        assertThatThrownBy(() -> loopbackPages.add(school.id(), base + "/page-21", true, false, head.id()))
                .isInstanceOf(WebsitePageRefused.class).hasMessageContaining("at most 20 pages");
        assertThat(pages.of(school.id())).hasSize(20);
    }

    WebsitePages loopbackPages() {
        return new WebsitePages(jdbc, audit, Clock.systemUTC(), new GovernanceProperties(Duration.ofSeconds(5),
                1_000_000, true, 20));
    }

    WebsiteHealthCheck checkAllowingLoopback(Duration timeout, int largestPage) {
        return new WebsiteHealthCheck(loopbackPages(), contacts, audit, new GovernanceProperties(timeout, largestPage,
                true, 20), Clock.systemUTC());
    }

    @Test
    void anAddressThatIsNotAWebPageIsRefusedWithAMessageAndKeptOnTheForm() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var osl = given.staff(school, Role.ONLINE_SAFETY_LEAD);

        for (var bad : Map.of("ftp://files.stbrigids.example/", "must start with https://",
                "www.stbrigids.example/safeguarding", "must start with https://",
                "https://www.stbrigids .example/", "is not a web address",
                "https://admin:secret@www.stbrigids.example/", "Leave any user name or password out").entrySet()) {
            var refused = mvc.perform(post("/schools/" + school.id() + "/website/pages").with(csrf()).with(given.as(osl))
                    .param("url", bad.getKey()).param("carriesCeop", "true")).andReturn().getResponse();

            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains(bad.getValue())
                    .contains("value=\"" + bad.getKey() + "\"");
        }
        assertThat(pages.of(school.id())).isEmpty();
    }

    static Rating rating(java.util.List<ComplianceItem> items, String url) {
        return item(items, url).rating();
    }

    static String finding(java.util.List<ComplianceItem> items, String url) {
        return item(items, url).finding();
    }

    static ComplianceItem item(java.util.List<ComplianceItem> items, String url) {
        return items.stream().filter(i -> i.title().equals("Website page " + url)).findFirst().orElseThrow();
    }

    static int aClosedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void answer(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
