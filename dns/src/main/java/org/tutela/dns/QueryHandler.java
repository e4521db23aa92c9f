package org.tutela.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

import org.tutela.filtering.Categories;
import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.Decision;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.Verdict;
import org.tutela.filtering.log.DecisionEvent;
import org.tutela.filtering.log.DecisionLog;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * Answers each query as the policy says for the client's group: a blocked name gets the block answer and never goes
 * upstream; a search engine gets the CNAME to its safe host; an allowed name is answered from the cache or
 * forwarded. Firefox's DNS-over-HTTPS canary is NXDOMAIN for everyone. Every decision is recorded.
 */
@ChannelHandler.Sharable
final class QueryHandler extends ChannelInboundHandlerAdapter {

    enum Transport { UDP, TCP }

    private static final byte[] DOH_CANARY = DecisionEvent.DOH_CANARY.getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_TCP_MESSAGE = 65535;

    private final Transport transport;
    private final Answering answering;
    private final FastThreadLocal<Question> questions = new FastThreadLocal<>() {
        @Override
        protected Question initialValue() {
            return new Question();
        }
    };

    QueryHandler(Transport transport, Answering answering) {
        this.transport = transport;
        this.answering = answering;
    }

    /**
     * What every handler of one server shares: the policy, the client networks of a version (to place a client in
     * its group), the way out, the cache, and the log with the school's id (null when the policy names no school) to
     * record decisions under.
     */
    record Answering(FilterEngine engine, Function<FilterPolicy, ClientNetworks> networks, BlockAnswer block,
            Upstream upstream, AnswerCache cache, DecisionLog log, UUID schoolId, Clock clock, int safeSearchTtl) {
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof DatagramPacket packet) {
                answer(ctx, packet.content(), packet.sender());
            } else if (msg instanceof ByteBuf frame) {
                answer(ctx, frame, null);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (transport == Transport.TCP) {
            ctx.close();
        }
        // A UDP socket serves every client: one bad packet must not close it.
    }

    private void answer(ChannelHandlerContext ctx, ByteBuf message, InetSocketAddress sender) {
        var question = questions.get();
        var refusal = QueryReader.read(message, question);
        if (refusal != null) {
            int code = switch (refusal) {
                case DROP -> -1;
                case FORMERR -> Responses.FORMERR;
                case NOTIMP -> Responses.NOTIMP;
                case REFUSED -> Responses.REFUSED;
            };
            if (code > 0) {
                // The question was not read whole: the ID alone is answered.
                reply(ctx, sender, null, Responses.error(ctx.alloc(), question.id(), code), false);
            }
            return;
        }
        var client = clientAddress(ctx, sender);
        // The client's group, then a suspension of one learner's device (PROC-BUL-07) or an exception for it
        // (FILT-17), all under one version.
        var decision = answering.engine().decideForDevice(answering.networks(), client, question.name(), 0,
                question.nameLength());
        if (question.isNamed(DOH_CANARY)) {
            record(client, question, decision, true);
            reply(ctx, sender, question, Responses.negative(ctx.alloc(), question, Responses.NXDOMAIN,
                    answering.block().ttl(), decision.policyVersion()), false);
            return;
        }
        record(client, question, decision, false);
        switch (decision.verdict()) {
            case BLOCK -> reply(ctx, sender, question,
                    answering.block().answer(ctx.alloc(), question, decision.policyVersion()), false);
            case SAFE_SEARCH -> safeSearch(ctx, sender, question, decision.safeHost());
            case ALLOW -> forward(ctx, sender, question);
        }
    }

    private void forward(ChannelHandlerContext ctx, InetSocketAddress sender, Question question) {
        var cached = answering.cache().answer(question, ctx.alloc());
        if (cached != null) {
            reply(ctx, sender, question, cached, false);
            return;
        }
        var asked = question.copy();
        answering.upstream().ask(asked, ctx.channel().eventLoop(), (message, facts) -> {
            if (message == null || facts == null) {
                ReferenceCountUtil.release(message);
                reply(ctx, sender, asked, Responses.error(ctx.alloc(), asked, Responses.SERVFAIL), true);
                return;
            }
            answering.cache().store(asked, message, facts);
            message.setShort(0, asked.id());
            reply(ctx, sender, asked, message, true);
        });
    }

    private void safeSearch(ChannelHandlerContext ctx, InetSocketAddress sender, Question question, String safeHost) {
        int ttl = answering.safeSearchTtl();
        if (question.type() == Responses.TYPE_CNAME) {
            reply(ctx, sender, question, Responses.safeSearch(ctx.alloc(), question, safeHost, ttl, null, null), false);
            return;
        }
        var asked = question.copy();
        var target = question.forName(safeHost);
        var cached = answering.cache().answer(target, ctx.alloc());
        if (cached != null) {
            try {
                reply(ctx, sender, asked, Responses.safeSearch(ctx.alloc(), asked, safeHost, ttl, cached,
                        UpstreamAnswer.read(cached, target)), false);
            } finally {
                cached.release();
            }
            return;
        }
        answering.upstream().ask(target, ctx.channel().eventLoop(), (message, facts) -> {
            try {
                if (message != null) {
                    answering.cache().store(target, message, facts);
                }
                reply(ctx, sender, asked, Responses.safeSearch(ctx.alloc(), asked, safeHost, ttl, message, facts),
                        true);
            } finally {
                ReferenceCountUtil.release(message);
            }
        });
    }

    /** Records the policy's decision, or for the canary the resolver's own: blocked, as a DoH matter, by its own rule. */
    private void record(InetAddress client, Question question, Decision decision, boolean canary) {
        if (!answering.log().keeps()) {
            return;
        }
        var event = DecisionEvent.resolved(answering.clock().instant(), answering.schoolId(), client,
                question.nameText(), QueryTypes.name(question.type()), decision);
        if (canary) {
            event = new DecisionEvent(event.occurredAt(), event.schoolId(), event.enforcement(), client, null,
                    event.group(), event.host(), null, null, event.queryType(), Verdict.BLOCK,
                    DecisionEvent.DOH_CANARY_RULE, Categories.DNS_OVER_HTTPS, event.policyVersion());
        }
        answering.log().record(event);
    }

    private static InetAddress clientAddress(ChannelHandlerContext ctx, InetSocketAddress sender) {
        if (sender != null) {
            return sender.getAddress();
        }
        return ctx.channel().remoteAddress() instanceof InetSocketAddress remote ? remote.getAddress() : null;
    }

    /**
     * Sends a message to the client: over UDP cut to a truncated answer when larger than the client takes, over TCP
     * as a frame (the pipeline prefixes its length).
     */
    private void reply(ChannelHandlerContext ctx, InetSocketAddress sender, Question question, ByteBuf message,
            boolean flush) {
        Object out = message;
        if (transport == Transport.UDP) {
            int limit = question == null ? Question.PLAIN_UDP_SIZE : question.udpSize();
            if (message.readableBytes() > limit && question != null) {
                int code = message.getUnsignedShort(2) & 0xf;
                message.release();
                message = Responses.truncated(ctx.alloc(), question, code);
            }
            out = new DatagramPacket(message, sender);
        } else if (message.readableBytes() > MAX_TCP_MESSAGE) {
            message.release();
            out = Responses.error(ctx.alloc(), question, Responses.SERVFAIL);
        }
        if (flush) {
            ctx.writeAndFlush(out, ctx.voidPromise());
        } else {
            ctx.write(out, ctx.voidPromise());
        }
    }
}
