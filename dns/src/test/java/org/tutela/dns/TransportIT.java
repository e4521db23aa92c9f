package org.tutela.dns;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.log.DecisionLog;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

import io.netty.channel.epoll.Epoll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The resolver on each transport it can run on (epoll where its native library loads, NIO everywhere): UDP and TCP
 * answers, a blocked name, the upstream's TCP fallback, several loops on one port, and a query too short to read.
 * {@link ResolverIT} runs everything else on the transport chosen by default.
 */
@ExtendWith(Leaks.class)
class TransportIT {

    final TestClock clock = new TestClock(SchoolPolicy.LESSON);
    final FilterEngine engine = new FilterEngine(SchoolPolicy.version(1), clock);
    final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void epollIsChosenWhereItLoadsAndNioWhenAskedFor() {
        assertThat(IoTransport.chosen()).isEqualTo(Epoll.isAvailable() ? IoTransport.EPOLL : IoTransport.NIO);
        System.setProperty(IoTransport.PROPERTY, "nio");
        try {
            assertThat(IoTransport.chosen()).isEqualTo(IoTransport.NIO);
            System.setProperty(IoTransport.PROPERTY, "kqueue");
            assertThatThrownBy(IoTransport::chosen).isInstanceOf(IllegalArgumentException.class);
        } finally {
            System.clearProperty(IoTransport.PROPERTY);
        }
    }

    @ParameterizedTest
    @EnumSource(IoTransport.class)
    void answersOverUdpAndTcpBlocksAndFallsBackToTcpUpstream(IoTransport transport) throws Exception {
        assumeTrue(transport != IoTransport.EPOLL || Epoll.isAvailable(), "no epoll here");
        var upstream = FakeUpstream.start();
        running.add(upstream);
        upstream.with("www.bbc.co.uk", Type.A, 120, "192.0.2.80").negativeTtl(60);
        var resolver = start(transport, upstream, 2);

        var overUdp = Client.udp(resolver, Wire.query(4321, "www.bbc.co.uk", Type.A));
        var overTcp = Client.tcp(resolver, Wire.query("www.bbc.co.uk", Type.A));
        var blocked = Client.udp(resolver, Wire.query("casino.example", Type.A));

        assertThat(overUdp.getHeader().getID()).isEqualTo(4321);
        assertThat(Wire.answers(overUdp, Type.A)).containsExactly("192.0.2.80");
        assertThat(Wire.answers(overTcp, Type.A)).containsExactly("192.0.2.80");
        assertThat(blocked.getRcode()).isEqualTo(Rcode.NXDOMAIN);

        upstream.behave(FakeUpstream.Behaviour.TRUNCATE_OVER_UDP);
        var truncatedUpstream = Client.udp(resolver, Wire.query("other.example", Type.A));
        assertThat(truncatedUpstream.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(upstream.tcpQueries()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(IoTransport.class)
    void manyClientsOnTwoLoopsAreAllAnsweredAndAShortPacketGetsFormerr(IoTransport transport) throws Exception {
        assumeTrue(transport != IoTransport.EPOLL || Epoll.isAvailable(), "no epoll here");
        var upstream = FakeUpstream.start();
        running.add(upstream);
        var resolver = start(transport, upstream, 2);

        for (int client = 0; client < 32; client++) {
            var answer = Client.udp(resolver, Wire.query(client, "casino.example", Type.A));
            assertThat(answer.getHeader().getID()).isEqualTo(client);
            assertThat(answer.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        }
        // An ID and a header cut short: the ID alone is answered, with FORMERR.
        var reply = Client.rawUdp(resolver, new byte[] {0x12, 0x34, 0x01, 0x00, 0x00});
        assertThat(reply).hasSizeGreaterThanOrEqualTo(12);
        assertThat(reply[0]).isEqualTo((byte) 0x12);
        assertThat(reply[1]).isEqualTo((byte) 0x34);
        assertThat(reply[3] & 0xf).isEqualTo(Rcode.FORMERR);
    }

    @ParameterizedTest
    @EnumSource(IoTransport.class)
    void aBurstLargerThanOneReadIsAnsweredWholeEachAnswerToItsOwnQuestion(IoTransport transport) throws Exception {
        assumeTrue(transport != IoTransport.EPOLL || Epoll.isAvailable(), "no epoll here");
        var upstream = FakeUpstream.start();
        running.add(upstream);
        upstream.with("www.bbc.co.uk", Type.A, 120, "192.0.2.80");
        var resolver = start(transport, upstream, 1);
        assertThat(Wire.answers(Client.udp(resolver, Wire.query("www.bbc.co.uk", Type.A)), Type.A))
                .containsExactly("192.0.2.80");

        // 150 questions sent at once, more than one wake-up reads (64): every one answered, by its own ID, as its
        // name deserves. The replies are read as they come, so the client's own buffer cannot drop any.
        int burst = 150;
        var reader = Executors.newSingleThreadExecutor();
        try (var socket = new DatagramSocket()) {
            socket.setSoTimeout(5_000);
            socket.connect(resolver);
            Future<Map<Integer, Message>> replies = reader.submit(() -> {
                Map<Integer, Message> received = new HashMap<>();
                var buffer = new byte[4096];
                while (received.size() < burst) {
                    var packet = new DatagramPacket(buffer, buffer.length);
                    socket.receive(packet);
                    var reply = Wire.read(packet.getData(), packet.getLength());
                    received.put(reply.getHeader().getID(), reply);
                }
                return received;
            });
            for (int id = 0; id < burst; id++) {
                var wire = Wire.query(id, id % 2 == 0 ? "casino.example" : "www.bbc.co.uk", Type.A).toWire();
                socket.send(new DatagramPacket(wire, wire.length));
            }
            var received = replies.get(10, TimeUnit.SECONDS);
            assertThat(received).hasSize(burst);
            for (int id = 0; id < burst; id++) {
                var reply = received.get(id);
                if (id % 2 == 0) {
                    assertThat(reply.getRcode()).as("reply %d", id).isEqualTo(Rcode.NXDOMAIN);
                } else {
                    assertThat(Wire.answers(reply, Type.A)).as("reply %d", id).containsExactly("192.0.2.80");
                }
            }
        } finally {
            reader.shutdownNow();
        }
    }

    InetSocketAddress start(IoTransport transport, FakeUpstream upstream, int loops) throws Exception {
        var settings = ResolverSettings.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                List.of(upstream.address())).withUpstreamTimeout(Duration.ofMillis(300), 3).withEventLoops(loops);
        var server = DnsServer.start(settings, engine, version -> SchoolPolicy.networks(), DecisionLog.NONE, null, clock,
                transport);
        running.add(server);
        assertThat(server.transport()).isEqualTo(transport.name().toLowerCase(java.util.Locale.ROOT));
        return server.address();
    }
}
