package org.tutela.blockpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The interceptor on loopback, with a school CA made for the test, asked as a device would ask it. */
class BlockPageServerIT {

    static final String BLOCK_PAGE = "https://tutela.example.org/blocked";
    static final String EXPECTED = BLOCK_PAGE + "?url=http%3A%2F%2Fcasino.example%2Fslots%3Fbet%3D10&school="
            + InterceptorTest.SCHOOL;

    static TestCa ca;
    static BlockPageServer server;

    @BeforeAll
    static void start() throws Exception {
        ca = TestCa.ec();
        server = BlockPageServer.start(new BlockPageServer.Settings(InetAddress.getLoopbackAddress(), 0, 0,
                BlockPage.at(BLOCK_PAGE, InterceptorTest.SCHOOL), Optional.of(ca.schoolCa()), 1,
                new BlockPageServer.Limits(Duration.ofSeconds(1), Duration.ofSeconds(3), 100)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Nested
    class OverHttp {

        @Test
        void aRequestForABlockedSiteIsSentToTheBlockPage() throws Exception {
            var response = http("GET /slots?bet=10 HTTP/1.1\r\nHost: casino.example\r\nUser-Agent: test\r\n\r\n");

            assertThat(response.status()).isEqualTo(302);
            assertThat(response.headers()).containsEntry("location", EXPECTED)
                    .containsEntry("cache-control", "no-store").containsEntry("connection", "close");
            assertThat(response.body()).contains("href=\"" + EXPECTED.replace("&", "&amp;") + "\"");
            assertThat(Integer.parseInt(response.headers().get("content-length")))
                    .isEqualTo(response.body().getBytes(StandardCharsets.UTF_8).length);
        }

        @Test
        void aRequestForTheBlockPagesOwnHostIsNotSentBack() throws Exception {
            var response = http("GET /blocked HTTP/1.1\r\nHost: tutela.example.org\r\n\r\n");

            assertThat(response.status()).isEqualTo(421);
            assertThat(response.headers()).doesNotContainKey("location");
        }

        @Test
        void aHeadRequestGetsTheRedirectWithoutABody() throws Exception {
            var response = http("HEAD /slots?bet=10 HTTP/1.1\r\nHost: casino.example\r\n\r\n");

            assertThat(response.status()).isEqualTo(302);
            assertThat(response.headers()).containsEntry("location", EXPECTED);
            assertThat(response.body()).isEmpty();
        }

        @Test
        void aMalformedRequestGets400() throws Exception {
            assertThat(http("GET / HTTP/1.1\r\nHost: casino.example/x\r\n\r\n").status()).isEqualTo(400);
            assertThat(http("GET /" + "a".repeat(BlockPageServer.MAX_REQUEST_LINE) + " HTTP/1.1\r\n\r\n").status())
                    .isEqualTo(400);
            assertThat(http("GET / HTTP/1.1\r\nHost: casino.example\r\nX-Padding: "
                    + "a".repeat(BlockPageServer.MAX_HEADERS) + "\r\n\r\n").status()).isEqualTo(400);
            assertThat(http("GET / HTTP/1.1\r\nHost casino.example\r\n\r\n").status()).isEqualTo(400);
        }

        @Test
        void garbageDoesNotStopTheNextRequestBeingAnswered() throws Exception {
            var random = new Random(42);
            for (int i = 0; i < 20; i++) {
                var junk = new byte[1 + random.nextInt(4000)];
                random.nextBytes(junk);
                try (var socket = connect(server.httpAddress())) {
                    socket.getOutputStream().write(junk);
                    socket.getOutputStream().write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    var answer = readAll(socket.getInputStream());
                    assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 400 ")).as(answer).isTrue();
                } catch (SocketException resetWhileWriting) {
                    // The server may close on the first bad bytes while the rest are still being written.
                }
            }

            assertThat(http("GET /slots?bet=10 HTTP/1.1\r\nHost: casino.example\r\n\r\n").headers())
                    .containsEntry("location", EXPECTED);
        }

        @Test
        void aConnectionThatSaysNothingIsHungUp() throws Exception {
            try (var socket = connect(server.httpAddress())) {
                long started = System.nanoTime();

                assertThat(socket.getInputStream().read()).isEqualTo(-1);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            }
        }

        @Test
        void aConnectionThatTricklesIsHungUpAtTheEndOfItsLifetime() throws Exception {
            try (var socket = connect(server.httpAddress())) {
                long started = System.nanoTime();
                var out = socket.getOutputStream();
                out.write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThatThrownBy(() -> {
                    for (int i = 0; i < 20; i++) {
                        out.write(("X-" + i + ": y\r\n").getBytes(StandardCharsets.US_ASCII));
                        Thread.sleep(500);
                    }
                }).isInstanceOf(IOException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            }
        }
    }

    @Nested
    class OverHttps {

        @Test
        void aDeviceThatTrustsTheSchoolCaIsSentToTheBlockPage() throws Exception {
            try (var socket = tls("casino.example")) {
                var certificate = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                var response = exchange(socket, "GET /login?next=%2F HTTP/1.1\r\nHost: casino.example\r\n\r\n");

                assertThat(certificate.getSubjectAlternativeNames()).containsExactly(List.of(2, "casino.example"));
                assertThat(response.status()).isEqualTo(302);
                assertThat(response.headers()).containsEntry("location", BLOCK_PAGE
                        + "?url=https%3A%2F%2Fcasino.example%2Flogin%3Fnext%3D%252F&school=" + InterceptorTest.SCHOOL)
                        .containsEntry("cache-control", "no-store");
            }
        }

        @Test
        void aDeviceThatDoesNotTrustTheSchoolCaRefusesTheCertificate() throws Exception {
            var otherCa = TestCa.ec();
            var plain = connect(server.httpsAddress().orElseThrow());
            try (var socket = (SSLSocket) otherCa.trustingOnlyThis().getSocketFactory().createSocket(plain,
                    "casino.example", plain.getPort(), true)) {
                assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class)
                        .hasMessageContaining("PKIX");
            }
        }

        @Test
        void aSecondConnectionForTheSameHostIsServedTheSameCertificate() throws Exception {
            X509Certificate first;
            try (var socket = tls("games.example")) {
                first = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            }
            try (var socket = tls("games.example")) {
                assertThat(socket.getSession().getPeerCertificates()[0]).isEqualTo(first);
            }
        }

        @Test
        void aHelloWithoutAHostNameGetsNoCertificate() throws Exception {
            long refused = server.namesRefused();

            // The JDK sends no SNI for an IP address.
            assertThatThrownBy(() -> tls("127.0.0.1")).isInstanceOf(SSLException.class)
                    .hasMessageContaining("unrecognized_name");
            assertThatThrownBy(() -> tls("tutela.example.org")).isInstanceOf(SSLException.class)
                    .hasMessageContaining("unrecognized_name");

            assertThat(server.namesRefused()).isEqualTo(refused + 2);
            try (var socket = tls("casino.example")) {
                assertThat(exchange(socket, "GET / HTTP/1.1\r\nHost: casino.example\r\n\r\n").status())
                        .isEqualTo(302);
            }
        }

        @Test
        void garbageDoesNotStopTheNextHandshake() throws Exception {
            var random = new Random(7);
            var junks = new ArrayList<byte[]>();
            junks.add("GET / HTTP/1.1\r\nHost: casino.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // A TLS handshake record header with nonsense after it.
            var hello = new byte[300];
            random.nextBytes(hello);
            hello[0] = 0x16;
            hello[1] = 0x03;
            hello[2] = 0x01;
            hello[3] = 0x01;
            hello[4] = 0x27;
            junks.add(hello);
            for (int i = 0; i < 10; i++) {
                var junk = new byte[1 + random.nextInt(3000)];
                random.nextBytes(junk);
                junks.add(junk);
            }
            for (var junk : junks) {
                try (var socket = connect(server.httpsAddress().orElseThrow())) {
                    socket.getOutputStream().write(junk);
                    socket.getOutputStream().flush();
                    readAll(socket.getInputStream());
                } catch (SocketException resetWhileWriting) {
                    // Closed on the first bad bytes.
                }
            }

            try (var socket = tls("casino.example")) {
                assertThat(exchange(socket, "GET / HTTP/1.1\r\nHost: casino.example\r\n\r\n").status())
                        .isEqualTo(302);
            }
        }
    }

    @Test
    void withoutACaNoHttpsPortIsOpened() throws Exception {
        try (var plain = BlockPageServer.start(new BlockPageServer.Settings(InetAddress.getLoopbackAddress(), 0, 0,
                BlockPage.at(BLOCK_PAGE, null), Optional.empty(), 1))) {
            assertThat(plain.httpsAddress()).isEmpty();
            var response = exchange(connect(plain.httpAddress()), "GET / HTTP/1.0\r\nHost: casino.example\r\n\r\n");
            assertThat(response.headers()).containsEntry("location", BLOCK_PAGE + "?url=http%3A%2F%2Fcasino.example%2F");
        }
    }

    @Test
    void aPortThatIsTakenStopsItStartingAndFreesThePortItHadBound() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int httpPort;
            try (var free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                httpPort = free.getLocalPort();
            }

            assertThatThrownBy(() -> BlockPageServer.start(new BlockPageServer.Settings(
                    InetAddress.getLoopbackAddress(), httpPort, taken.getLocalPort(), BlockPage.at(BLOCK_PAGE, null),
                    Optional.of(ca.schoolCa()), 1))).isInstanceOf(BindException.class);

            try (var again = new ServerSocket(httpPort, 1, InetAddress.getLoopbackAddress())) {
                assertThat(again.getLocalPort()).isEqualTo(httpPort);
            }
        }
    }

    record Response(int status, Map<String, String> headers, String body) {
    }

    static Response http(String request) throws IOException {
        try (var socket = connect(server.httpAddress())) {
            return exchange(socket, request);
        }
    }

    static Response exchange(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        var text = readAll(socket.getInputStream());
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("a whole response head, then the connection closed: %s", text).isPositive();
        var lines = text.substring(0, end).split("\r\n");
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(), lines[i].substring(colon + 1).trim());
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    /** Everything until the server closes the connection. */
    static String readAll(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketException reset) {
            return "";
        }
    }

    static Socket connect(InetSocketAddress address) throws IOException {
        var socket = new Socket();
        socket.connect(address, 2000);
        socket.setSoTimeout(5000);
        return socket;
    }

    /**
     * A TLS connection as a device that trusts the school CA and nothing else would make it: the name in SNI, and
     * the certificate checked for that name.
     */
    static SSLSocket tls(String name) throws Exception {
        var plain = connect(server.httpsAddress().orElseThrow());
        var socket = (SSLSocket) ca.trustingOnlyThis().getSocketFactory().createSocket(plain, name,
                plain.getPort(), true);
        var parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }
}
