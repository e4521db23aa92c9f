package org.tutela.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.log.DecisionLog;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver on real loopback sockets, forwarding to fake upstream servers in this process. */
@ExtendWith(Leaks.class)
class ResolverIT {

    final TestClock clock = new TestClock(SchoolPolicy.LESSON);
    final FilterEngine engine = new FilterEngine(SchoolPolicy.version(1), clock);
    final List<AutoCloseable> running = new ArrayList<>();
    FakeUpstream upstream;

    @BeforeEach
    void startUpstream() throws IOException {
        upstream = upstream();
        upstream.with("www.bbc.co.uk", Type.A, 120, "192.0.2.80")
                .with("casino.example", Type.A, 300, "192.0.2.77")
                .with("newly-listed.example", Type.A, 300, "192.0.2.66")
                .negativeTtl(60);
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    FakeUpstream upstream() throws IOException {
        var started = FakeUpstream.start();
        running.add(started);
        return started;
    }

    InetSocketAddress resolver(ResolverSettings settings) throws Exception {
        var server = DnsServer.start(settings, engine, version -> SchoolPolicy.networks(), DecisionLog.NONE, null, clock);
        running.add(server);
        return server.address();
    }

    InetSocketAddress resolver(FakeUpstream... upstreams) throws Exception {
        var addresses = java.util.Arrays.stream(upstreams).map(FakeUpstream::address).toList();
        return resolver(ResolverSettings.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), addresses)
                .withUpstreamTimeout(Duration.ofMillis(300), 3));
    }

    @Nested
    class Forwarding {

        @Test
        void anAllowedNameIsForwardedAndTheUpstreamsAnswerRelayed() throws Exception {
            var resolver = resolver(upstream);

            var answer = Client.udp(resolver, Wire.query(1234, "www.bbc.co.uk", Type.A));

            assertThat(answer.getHeader().getID()).isEqualTo(1234);
            assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(Wire.answers(answer, Type.A)).containsExactly("192.0.2.80");
            assertThat(upstream.udpQueries()).isEqualTo(1);
        }

        @Test
        void aTruncatedUpstreamAnswerIsAskedAgainOverTcp() throws Exception {
            upstream.behave(FakeUpstream.Behaviour.TRUNCATE_OVER_UDP);
            var resolver = resolver(upstream);

            var answer = Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A));

            assertThat(answer.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(Wire.answers(answer, Type.A)).containsExactly("192.0.2.80");
            assertThat(upstream.udpQueries()).isEqualTo(1);
            assertThat(upstream.tcpQueries()).isEqualTo(1);
        }

        @Test
        void anUpstreamThatStaysSilentIsPassedOverForTheNext() throws Exception {
            var silent = upstream();
            silent.behave(FakeUpstream.Behaviour.SILENT);
            var resolver = resolver(silent, upstream);

            var answer = Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A));

            assertThat(Wire.answers(answer, Type.A)).containsExactly("192.0.2.80");
            assertThat(silent.udpQueries()).isEqualTo(1);
            assertThat(upstream.udpQueries()).isEqualTo(1);
        }

        @Test
        void anUpstreamThatFailsIsPassedOverForTheNext() throws Exception {
            var failing = upstream();
            failing.behave(FakeUpstream.Behaviour.SERVFAIL);
            var resolver = resolver(failing, upstream);

            var answer = Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A));

            assertThat(Wire.answers(answer, Type.A)).containsExactly("192.0.2.80");
        }

        @Test
        void whenNoUpstreamAnswersTheClientGetsServfailAfterTheAttempts() throws Exception {
            upstream.behave(FakeUpstream.Behaviour.SILENT);
            var resolver = resolver(upstream);

            var answer = Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A));

            assertThat(answer.getRcode()).isEqualTo(Rcode.SERVFAIL);
            assertThat(upstream.udpQueries()).isEqualTo(3);
        }

        @Test
        void theClientsEdnsUdpSizeAndDoBitArePassedUpstream() throws Exception {
            var resolver = resolver(upstream);

            var answer = Client.udp(resolver, Wire.ednsQuery("www.bbc.co.uk", Type.A, 1400, true));
            Client.udp(resolver, Wire.query("casino.example", Type.A), "127.0.0.2");

            var edns = upstream.received().get(0).getOPT();
            assertThat(edns).isNotNull();
            assertThat(edns.getPayloadSize()).isEqualTo(1400);
            assertThat(edns.getFlags() & ExtendedFlags.DO).isNotZero();
            assertThat(answer.getOPT()).isNotNull();
            assertThat(upstream.received().get(1).getOPT()).as("no EDNS asked, none passed").isNull();
        }

        @Test
        void anAnswerLargerThanTheClientTakesOverUdpIsTruncatedAndWholeOverTcp() throws Exception {
            for (int i = 0; i < 8; i++) {
                upstream.with("big.example", Type.TXT, 60, i + "x".repeat(200));
            }
            var resolver = resolver(upstream);

            var overUdp = Client.udp(resolver, Wire.query("big.example", Type.TXT), "127.0.0.2");
            var overTcp = Client.tcp(resolver, Wire.query("big.example", Type.TXT));

            assertThat(overUdp.getHeader().getFlag(Flags.TC)).isTrue();
            assertThat(overTcp.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(overTcp.getSection(Section.ANSWER)).hasSize(8);
        }

        @Test
        void anAnswerWithinTheClientsEdnsSizeComesWholeOverUdpEvenPast2kB() throws Exception {
            for (int i = 0; i < 14; i++) {
                upstream.with("large.example", Type.TXT, 60, i + "y".repeat(200));
            }
            var resolver = resolver(upstream);

            var answer = Client.udp(resolver, Wire.ednsQuery("large.example", Type.TXT, 4096, false), "127.0.0.2");

            assertThat(answer.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(answer.getSection(Section.ANSWER)).hasSize(14);
            assertThat(upstream.tcpQueries()).isZero();
        }

        @Test
        void clientsCanAskOverTcp() throws Exception {
            var resolver = resolver(upstream);

            var answer = Client.tcp(resolver, Wire.query("www.bbc.co.uk", Type.A));

            assertThat(Wire.answers(answer, Type.A)).containsExactly("192.0.2.80");
        }
    }

    @Nested
    class Robustness {

        @Test
        void garbageOverUdpAndTcpLeavesTheResolverAnswering() throws Exception {
            var resolver = resolver(upstream);
            var random = new java.util.Random(7);
            try (var socket = new java.net.DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
                for (int i = 0; i < 2000; i++) {
                    var packet = new byte[random.nextInt(600)];
                    random.nextBytes(packet);
                    socket.send(new java.net.DatagramPacket(packet, packet.length, resolver));
                }
            }
            try (var tcp = new java.net.Socket(resolver.getAddress(), resolver.getPort())) {
                var out = new java.io.DataOutputStream(tcp.getOutputStream());
                for (int i = 0; i < 200; i++) {
                    var frame = new byte[random.nextInt(300)];
                    random.nextBytes(frame);
                    out.writeShort(frame.length);
                    out.write(frame);
                }
                out.flush();
            }

            assertThat(Client.udp(resolver, Wire.query("casino.example", Type.A)).getRcode())
                    .isEqualTo(Rcode.NXDOMAIN);
            assertThat(Wire.answers(Client.tcp(resolver, Wire.query("www.bbc.co.uk", Type.A)), Type.A))
                    .containsExactly("192.0.2.80");
        }

        @Test
        void anUnreadableTcpFrameWithAnIdGetsFormerr() throws Exception {
            var resolver = resolver(upstream);
            try (var tcp = new java.net.Socket(resolver.getAddress(), resolver.getPort())) {
                tcp.setSoTimeout(10_000);
                var out = new java.io.DataOutputStream(tcp.getOutputStream());
                out.writeShort(5);
                out.write(new byte[] {0x0a, 0x0b, 0x01, 0x00, 0x00});
                out.flush();
                var in = new java.io.DataInputStream(tcp.getInputStream());
                var answer = new byte[in.readUnsignedShort()];
                in.readFully(answer);

                var message = Wire.read(answer, answer.length);
                assertThat(message.getHeader().getID()).isEqualTo(0x0a0b);
                assertThat(message.getRcode()).isEqualTo(Rcode.FORMERR);
            }
        }
    }

    @Nested
    class Caching {

        @Test
        void aSecondQuestionWithinTheTtlIsAnsweredFromTheCacheWithTheTtlCountedDown() throws Exception {
            var resolver = resolver(upstream);
            Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A));
            clock.advance(Duration.ofSeconds(30));

            var cached = Client.udp(resolver, Wire.query(4321, "WWW.BBC.co.uk", Type.A));

            assertThat(upstream.queries()).isEqualTo(1);
            assertThat(cached.getHeader().getID()).isEqualTo(4321);
            assertThat(cached.getQuestion().getName().toString()).isEqualTo("WWW.BBC.co.uk.");
            assertThat(cached.getSection(Section.ANSWER).get(0).getTTL()).isEqualTo(90);
        }

        @Test
        void onceTheTtlHasRunOutTheUpstreamIsAskedAgain() throws Exception {
            var resolver = resolver(upstream);
            Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A));
            clock.advance(Duration.ofSeconds(121));

            Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A));

            assertThat(upstream.queries()).isEqualTo(2);
        }

        @Test
        void aNegativeAnswerIsCachedForTheSoaMinimum() throws Exception {
            var resolver = resolver(upstream);
            var first = Client.udp(resolver, Wire.query("no-such-name.example", Type.A));
            clock.advance(Duration.ofSeconds(59));
            Client.udp(resolver, Wire.query("no-such-name.example", Type.A));
            assertThat(upstream.queries()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(2));
            Client.udp(resolver, Wire.query("no-such-name.example", Type.A));

            assertThat(first.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(upstream.queries()).isEqualTo(2);
        }
    }

    @Nested
    class Policy {

        @Test
        void aKs2DeviceIsRefusedAGamblingNameAndAStaffDeviceIsNot() throws Exception {
            var resolver = resolver(upstream);

            var ks2 = Client.udp(resolver, Wire.query("casino.example", Type.A), "127.0.0.1");
            var staff = Client.udp(resolver, Wire.query("casino.example", Type.A), "127.0.0.2");

            assertThat(ks2.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(Wire.answers(staff, Type.A)).containsExactly("192.0.2.77");
            assertThat(upstream.queries()).isEqualTo(1);
        }

        @Test
        void aLearnerAskingForGoogleIsAnsweredThroughForceSafeSearchAndStaffGetGoogleItself() throws Exception {
            upstream.with("www.google.com", Type.A, 300, "192.0.2.10")
                    .with("forcesafesearch.google.com", Type.A, 300, "216.239.38.120");
            var resolver = resolver(upstream);

            var learner = Client.udp(resolver, Wire.query("www.google.com", Type.A), "127.0.0.1");
            var staff = Client.udp(resolver, Wire.query("www.google.com", Type.A), "127.0.0.2");

            assertThat(Wire.answers(learner, Type.CNAME)).containsExactly("forcesafesearch.google.com.");
            assertThat(Wire.answers(learner, Type.A)).containsExactly("216.239.38.120");
            assertThat(Wire.answers(staff, Type.CNAME)).isEmpty();
            assertThat(Wire.answers(staff, Type.A)).containsExactly("192.0.2.10");
        }

        @Test
        void anIllegalListNameIsRefusedForEveryGroupAndNeverAskedUpstream() throws Exception {
            var resolver = resolver(upstream);

            for (var client : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")) {
                var answer = Client.udp(resolver, Wire.query("images.abuse-content.example", Type.A), client);
                assertThat(answer.getRcode()).as(client).isEqualTo(Rcode.NXDOMAIN);
            }
            assertThat(upstream.queries()).isZero();
        }

        @Test
        void aPolicyVersionActivatedBetweenTwoQuestionsDecidesTheSecond() throws Exception {
            var resolver = resolver(upstream);
            var before = Client.udp(resolver, Wire.query("newly-listed.example", Type.A));

            engine.activate(SchoolPolicy.version(2, "newly-listed.example"));
            var after = Client.udp(resolver, Wire.query("newly-listed.example", Type.A));

            assertThat(Wire.answers(before, Type.A)).containsExactly("192.0.2.66");
            assertThat(after.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(after.getSection(Section.AUTHORITY).get(0).rdataToString()).contains(" 2 ");
        }
    }

    @Nested
    class EventLoops {

        @Test
        void withTwoEventLoopsUdpQuestionsFromManyClientsAreAnsweredOnBothLoops() throws Exception {
            var threads = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
            DecisionLog log = event -> threads.add(Thread.currentThread().getName());
            var settings = ResolverSettings.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    List.of(upstream.address())).withEventLoops(2);
            var server = DnsServer.start(settings, engine, version -> SchoolPolicy.networks(), log, null, clock);
            running.add(server);

            // Each client is its own socket, so its own source port: the kernel spreads them over the two sockets.
            for (int client = 0; client < 32; client++) {
                var answer = Client.udp(server.address(), Wire.query("casino.example", Type.A));
                assertThat(answer.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            }

            assertThat(threads).hasSize(2);
        }
    }
}
