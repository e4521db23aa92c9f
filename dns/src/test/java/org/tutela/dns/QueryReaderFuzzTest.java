package org.tutela.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;

import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.GroupId;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes, read as the server reads a packet, and answered by the query handler over UDP and TCP with the demo
 * policy and no upstream. The reader either fills the question or names a refusal, never throws and never reads
 * outside the packet; every answer carries the query's ID and is a DNS message dnsjava can read.
 *
 * <p>Seed inputs: {@code src/test/resources/org/tutela/dns/QueryReaderFuzzTestInputs/anyPacket/}. Regression mode
 * (every build) runs them once; {@code JAZZER_FUZZ=1} fuzzes (see docs/dns-resolver.md).
 */
class QueryReaderFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final InetSocketAddress RESOLVER = new InetSocketAddress("10.1.0.53", 53);
    /** A learner: the demo policy blocks gambling and DoH names and rewrites search engines for it. */
    private static final InetSocketAddress LEARNER = new InetSocketAddress("10.0.0.5", 40000);

    private static final ClientNetworks NETWORKS = ClientNetworks.of(java.util.Map.of(
            "10.0.0.0/8", GroupId.UPPER_KS2), java.util.Map.of());
    private static final QueryHandler.Answering ANSWERING = new QueryHandler.Answering(
            new FilterEngine(DemoPolicy.policy(1), CLOCK), version -> NETWORKS, BlockAnswer.nxdomain(60),
            // No upstream: every allowed name is SERVFAIL, on the loop as the forwarder would answer.
            (question, loop, answered) -> loop.execute(() -> answered.answered(null, null)),
            new AnswerCache(1000, CLOCK), event -> {
            }, null, CLOCK, 300);

    @FuzzTest(maxDuration = "2m")
    void anyPacket(byte[] packet) throws IOException {
        var question = new Question();
        var refusal = readExactly(packet, question);
        checkQuestion(packet, refusal, question);
        answer(packet, refusal, question, QueryHandler.Transport.UDP);
        answer(packet, refusal, question, QueryHandler.Transport.TCP);
    }

    /**
     * Reads from a buffer whose capacity is the packet, so a read past its end throws; and again with the packet
     * after junk at a non-zero reader index, which must read the same.
     */
    private static Question.Refusal readExactly(byte[] packet, Question question) {
        var exact = Unpooled.wrappedBuffer(packet);
        Question.Refusal refusal;
        try {
            refusal = QueryReader.read(exact, question);
        } finally {
            exact.release();
        }
        var shifted = Unpooled.buffer(7 + packet.length, 7 + packet.length);
        shifted.writeBytes(new byte[] {(byte) 0xc0, 0, 0, (byte) 0xff, 0x3f, (byte) 0x80, 1}).writeBytes(packet);
        shifted.readerIndex(7);
        var again = new Question();
        try {
            assertThat(QueryReader.read(shifted, again)).as("the refusal at a reader index").isEqualTo(refusal);
        } finally {
            shifted.release();
        }
        if (refusal == null) {
            assertThat(again.nameText()).isEqualTo(question.nameText());
            assertThat(again.type()).isEqualTo(question.type());
            assertThat(again.edns()).isEqualTo(question.edns());
            assertThat(again.udpSize()).isEqualTo(question.udpSize());
        }
        return refusal;
    }

    private static void checkQuestion(byte[] packet, Question.Refusal refusal, Question question) {
        if (refusal == Question.Refusal.DROP) {
            return;
        }
        assertThat(packet.length).isGreaterThanOrEqualTo(3);
        assertThat(question.id()).isEqualTo((packet[0] & 0xff) << 8 | packet[1] & 0xff);
        if (refusal != null) {
            return;
        }
        // The name: at most 253 chars, labels separated by single dots, no ASCII upper case.
        int length = question.nameLength();
        var name = Arrays.copyOf(question.name(), length);
        var text = question.nameText();
        assertThat(length).isLessThanOrEqualTo(Names.MAX_TEXT_LENGTH);
        assertThat(question.wireNameLength()).isLessThanOrEqualTo(Names.MAX_WIRE_LENGTH);
        if (length > 0) {
            assertThat(text).doesNotStartWith(".").doesNotEndWith(".").doesNotContain("..");
        }
        for (byte c : name) {
            assertThat(c >= 'A' && c <= 'Z').as("upper case in %s", text).isFalse();
        }
        // The name as it was written, lower-cased, is the name read.
        var wire = Unpooled.buffer();
        question.writeName(wire);
        var labels = new ArrayList<String>();
        for (int at = 0; wire.getUnsignedByte(at) != 0; at += 1 + wire.getUnsignedByte(at)) {
            var label = new byte[wire.getUnsignedByte(at)];
            wire.getBytes(at + 1, label);
            for (int i = 0; i < label.length; i++) {
                label[i] = label[i] >= 'A' && label[i] <= 'Z' ? (byte) (label[i] + 32) : label[i];
            }
            labels.add(new String(label, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        assertThat(String.join(".", labels)).isEqualTo(text);
        assertThat(ByteBufUtil.getBytes(wire)).isEqualTo(Arrays.copyOfRange(packet, 12, 12 + wire.readableBytes()));
        wire.release();
        assertThat(question.udpSize()).isBetween(Question.PLAIN_UDP_SIZE, Question.MAX_UDP_SIZE);

        // dnsjava, a codec the resolver does not share, reads the same question when it can read the message.
        Message parsed;
        try {
            parsed = new Message(packet);
        } catch (IOException | RuntimeException unreadable) {
            return;
        }
        var asked = parsed.getQuestion();
        if (asked != null) {
            assertThat(asked.getName().toWireCanonical())
                    .isEqualTo(Arrays.copyOfRange(lowerCased(packet), 12, 12 + question.wireNameLength()));
            assertThat(asked.getType()).isEqualTo(question.type());
            assertThat(asked.getDClass()).isEqualTo(question.dnsClass());
        }
    }

    private static byte[] lowerCased(byte[] packet) {
        var copy = packet.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i] >= 'A' && copy[i] <= 'Z' ? (byte) (copy[i] + 32) : copy[i];
        }
        return copy;
    }

    private static void answer(byte[] packet, Question.Refusal refusal, Question question,
            QueryHandler.Transport transport) throws IOException {
        var channel = new EmbeddedChannel(new QueryHandler(transport, ANSWERING));
        try {
            var in = Unpooled.wrappedBuffer(packet);
            channel.writeInbound(transport == QueryHandler.Transport.UDP ? new DatagramPacket(in, RESOLVER, LEARNER)
                    : in);
            channel.runPendingTasks();
            var answers = new ArrayList<byte[]>();
            Object out;
            while ((out = channel.readOutbound()) != null) {
                ByteBuf content = out instanceof DatagramPacket datagram ? datagram.content() : (ByteBuf) out;
                answers.add(ByteBufUtil.getBytes(content));
                io.netty.util.ReferenceCountUtil.release(out);
            }
            if (refusal == Question.Refusal.DROP) {
                assertThat(answers).as("answers to a packet that is dropped").isEmpty();
                return;
            }
            assertThat(answers).as("answers").hasSize(1);
            checkAnswer(answers.get(0), packet, refusal, question, transport);
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    private static void checkAnswer(byte[] answer, byte[] packet, Question.Refusal refusal, Question question,
            QueryHandler.Transport transport) throws IOException {
        assertThat(answer.length).isGreaterThanOrEqualTo(12);
        assertThat(Arrays.copyOf(answer, 2)).as("the query's ID").isEqualTo(Arrays.copyOf(packet, 2));
        if (transport == QueryHandler.Transport.UDP) {
            int limit = refusal == null ? question.udpSize() : Question.PLAIN_UDP_SIZE;
            assertThat(answer.length).as("a UDP answer within the client's size").isLessThanOrEqualTo(limit);
        }
        Message parsed;
        try {
            parsed = new Message(answer);
        } catch (IOException | RuntimeException unreadable) {
            throw new AssertionError("an answer dnsjava cannot read: " + ByteBufUtil.hexDump(answer), unreadable);
        }
        assertThat(parsed.getHeader().getFlag(Flags.QR)).as("QR").isTrue();
        assertThat(parsed.getHeader().getID()).isEqualTo(question.id());
        if (refusal == null) {
            assertThat(parsed.getQuestion()).as("the question echoed").isNotNull();
            Name asked = parsed.getQuestion().getName();
            assertThat(asked.toWire()).isEqualTo(Arrays.copyOfRange(packet, 12, 12 + question.wireNameLength()));
        }
    }
}
