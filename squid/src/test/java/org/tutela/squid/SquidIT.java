package org.tutela.squid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helper under Debian's Squid, with the demo policy: 127.0.0.1 is an Upper KS2 learner, for whom games and
 * gambling are blocked. One Squid serves both ways of running the helper, on two ports.
 */
class SquidIT {

    @TempDir
    static Path dir;

    static OriginServer origin;
    static RunningSquid squid;

    /** Why the tests are skipped, when they are. */
    static String skipped;

    @BeforeAll
    static void startSquid() throws Exception {
        if (!Files.isExecutable(RunningSquid.SQUID)) {
            if (System.getenv("CI") != null) {
                fail(RunningSquid.SQUID + " is missing under CI: install Debian's squid package"
                        + " (apt-get install -y squid)");
            }
            skipped = RunningSquid.SQUID + " is not installed (apt-get install -y squid): the Squid integration tests"
                    + " are skipped here; under CI they fail instead";
            System.err.println(skipped);
            return;
        }
        origin = OriginServer.start();
        squid = RunningSquid.start(dir, origin.port());
    }

    @BeforeEach
    void squidIsInstalled() {
        // Each test is reported as skipped, with the reason, where an aborted @BeforeAll would hide them all.
        Assumptions.assumeTrue(skipped == null, () -> skipped);
    }

    @AfterAll
    static void stopSquid() {
        if (squid != null) {
            squid.close();
        }
        if (origin != null) {
            origin.close();
        }
    }

    static String site(String host, String path) {
        return "http://" + host + ":" + origin.port() + path;
    }

    static HttpResponse<String> get(int proxyPort, String url) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxyPort)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a CONNECT tunnel by hand and returns Squid's status line; the socket stays open for the caller. */
    static String connect(Socket socket, int proxyPort, String hostAndPort) throws IOException {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxyPort), 10_000);
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(("CONNECT " + hostAndPort + " HTTP/1.1\r\nHost: " + hostAndPort + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        var head = readHead(socket.getInputStream());
        return head.substring(0, head.indexOf("\r\n"));
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Nested
    class AsUrlRewriter {

        @Test
        void anAllowedSiteIsFetchedFromTheOrigin() throws Exception {
            var response = get(squid.rewriterPort, site("allowed.example", "/hello"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("Origin page for allowed.example:" + origin.port() + "/hello");
        }

        @Test
        void aLearnerIsRedirectedFromAGamesSiteToTheBlockPageAndTheAccessLogSaysWhy() throws Exception {
            var url = site("games.example", "/play");

            var response = get(squid.rewriterPort, url);

            assertThat(response.statusCode()).isEqualTo(302);
            var blockPage = response.headers().firstValue("Location").orElseThrow();
            assertThat(blockPage).startsWith(site("block.tutela.test", "/blocked?url=http%3A%2F%2Fgames.example%3A"))
                    .endsWith("&category=games&group=ks2-upper&rule=blocked-category&v=1");
            assertThat(get(squid.rewriterPort, blockPage).body()).startsWith("Tutela block page: url=");
            assertThat(origin.requested()).noneMatch(request -> request.endsWith("/play"));
            assertThat(squid.accessLogLineOf(url))
                    .contains("TCP_REDIRECT/302").contains("note=games,ks2-upper,blocked-category,v1");
        }

        @Test
        void aBlockedTunnelReachesTheBlockServerInsteadOfTheSite() throws Exception {
            try (var socket = new Socket()) {
                var status = connect(socket, squid.rewriterPort, "casino.example:443");

                assertThat(status).startsWith("HTTP/1.1 200");
                // Nothing listens on casino.example:443 here: only the block server can answer inside this tunnel.
                socket.getOutputStream().write(("GET /blocked HTTP/1.1\r\nHost: block.tutela.test\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 200").contains("Tutela block page");
            }
            assertThat(squid.accessLogLineOf("casino.example:443"))
                    .contains("note=gambling,ks2-upper,blocked-category,v1");
        }
    }

    @Nested
    class AsExternalAcl {

        @Test
        void anAllowedSiteIsFetchedFromTheOrigin() throws Exception {
            var response = get(squid.aclPort, site("allowed.example", "/acl"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("Origin page for allowed.example:" + origin.port() + "/acl");
        }

        @Test
        void aBlockedSiteIsDeniedWithTheBlockPageAndTheAccessLogSaysWhy() throws Exception {
            var url = site("casino.example", "/bet");

            var response = get(squid.aclPort, url);

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .startsWith(site("block.tutela.test", "/blocked?url="))
                    .contains("&reason=BLOCK%20ks2-upper%3A%20in%20a%20category%20blocked%20for%20this%20group");
            assertThat(origin.requested()).noneMatch(request -> request.endsWith("/bet"));
            assertThat(squid.accessLogLineOf(url))
                    .contains("TCP_DENIED/302").contains("ea=gambling,ks2-upper,blocked-category,v1");
        }

        @Test
        void aBlockedTunnelIsDenied() throws Exception {
            try (var socket = new Socket()) {
                assertThat(connect(socket, squid.aclPort, "games.example:443")).matches("HTTP/1\\.1 30[27] .*");
            }
            assertThat(squid.accessLogLineOf("games.example:443")).contains("TCP_DENIED")
                    .contains("ea=games,ks2-upper,blocked-category,v1");
        }
    }
}
