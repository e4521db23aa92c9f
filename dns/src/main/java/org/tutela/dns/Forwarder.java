package org.tutela.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * Forwards questions to the upstream resolvers over UDP, from one socket per event loop so a question and its answer
 * never change threads. An answer with TC set is asked again over TCP (RFC 7766); an upstream that stays silent for
 * the timeout, fails or refuses is passed over for the next, up to the given number of attempts. Answers are matched
 * by a random ID, the upstream's address and the question, so a stray or forged packet is ignored.
 */
final class Forwarder implements Upstream, AutoCloseable {

    private final List<InetSocketAddress> servers;
    private final long timeoutMillis;
    private final int attempts;
    private final IoTransport transport;
    private final Map<EventLoop, LoopSocket> sockets = new ConcurrentHashMap<>();

    /** The transport must be the one the event loops were made for. */
    Forwarder(List<InetSocketAddress> servers, Duration timeout, int attempts, IoTransport transport) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("name at least one upstream resolver");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.servers = List.copyOf(servers);
        this.timeoutMillis = timeout.toMillis();
        this.attempts = attempts;
        this.transport = transport;
    }

    @Override
    public void ask(Question question, EventLoop loop, Answered answered) {
        sockets.computeIfAbsent(loop, LoopSocket::new).ask(new Exchange(question, answered));
    }

    @Override
    public void close() {
        sockets.values().forEach(socket -> socket.channel.channel().close());
    }

    /** One question on its way: which attempt it is on, and the timer of that attempt. */
    private static final class Exchange {

        final Question question;
        final Answered answered;
        int attempt;
        int id;
        InetSocketAddress server;
        ScheduledFuture<?> timer;
        Channel tcp;
        boolean done;

        Exchange(Question question, Answered answered) {
            this.question = question;
            this.answered = answered;
        }
    }

    /** The UDP socket of one event loop and the exchanges waiting on it, touched only by that loop. */
    private final class LoopSocket extends SimpleChannelInboundHandler<DatagramPacket> {

        private final EventLoop loop;
        private final ChannelFuture channel;
        private final IntObjectHashMap<Exchange> waiting = new IntObjectHashMap<>();

        LoopSocket(EventLoop loop) {
            this.loop = loop;
            // Netty reads 2048 bytes of a datagram by default; an answer may be as large as we let clients ask for.
            this.channel = new Bootstrap().group(loop).channel(transport.datagram())
                    .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(Question.MAX_UDP_SIZE))
                    .handler(this)
                    .bind(new InetSocketAddress(0));
        }

        void ask(Exchange exchange) {
            if (channel.isDone()) {
                attempt(exchange);
            } else {
                channel.addListener(bound -> attempt(exchange));
            }
        }

        private void attempt(Exchange exchange) {
            if (exchange.attempt >= attempts || !channel.isSuccess()) {
                finish(exchange, null, null);
                return;
            }
            exchange.server = servers.get(exchange.attempt % servers.size());
            exchange.attempt++;
            int id = freeId();
            if (id < 0) {
                finish(exchange, null, null);
                return;
            }
            exchange.id = id;
            waiting.put(id, exchange);
            var query = channel.channel().alloc().buffer(64);
            exchange.question.writeQuery(id, query);
            channel.channel().writeAndFlush(new DatagramPacket(query, exchange.server));
            exchange.timer = loop.schedule(() -> {
                if (waiting.get(exchange.id) == exchange) {
                    waiting.remove(exchange.id);
                    attempt(exchange);
                }
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private int freeId() {
            var random = ThreadLocalRandom.current();
            for (int tries = 0; tries < 64; tries++) {
                int id = random.nextInt(1 << 16);
                if (!waiting.containsKey(id)) {
                    return id;
                }
            }
            return -1;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            var message = packet.content();
            if (message.readableBytes() < 12 || message.readerIndex() != 0) {
                return;
            }
            var exchange = waiting.get(message.getUnsignedShort(0));
            if (exchange == null || !exchange.server.equals(packet.sender())) {
                return;
            }
            var facts = UpstreamAnswer.read(message, exchange.question);
            if (facts == null) {
                return; // not an answer to this question: keep waiting for the real one
            }
            waiting.remove(exchange.id);
            exchange.timer.cancel(false);
            if (facts.truncated()) {
                askOverTcp(exchange);
            } else if (facts.failed() && exchange.attempt < attempts) {
                attempt(exchange);
            } else {
                finish(exchange, message.retain(), facts);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // A port unreachable from one upstream must not close the socket the others answer on.
        }

        private void askOverTcp(Exchange exchange) {
            var connecting = new Bootstrap().group(loop).channel(transport.socket())
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeoutMillis)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(65535, 0, 2, 0, 2),
                                    new LengthFieldPrepender(2), new TcpAnswer(exchange));
                        }
                    })
                    .connect(exchange.server);
            exchange.tcp = connecting.channel();
            connecting.addListener(connected -> {
                if (connected.isSuccess()) {
                    var query = exchange.tcp.alloc().buffer(64);
                    exchange.question.writeQuery(exchange.id, query);
                    exchange.tcp.writeAndFlush(query);
                } else {
                    tcpFailed(exchange);
                }
            });
            exchange.timer = loop.schedule(() -> tcpFailed(exchange), timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private void tcpFailed(Exchange exchange) {
            if (exchange.tcp != null) {
                var tcp = exchange.tcp;
                exchange.tcp = null;
                exchange.timer.cancel(false);
                tcp.close();
                attempt(exchange);
            }
        }

        /** Reads the one answer of a TCP exchange and closes the connection. */
        private final class TcpAnswer extends SimpleChannelInboundHandler<ByteBuf> {

            private final Exchange exchange;

            TcpAnswer(Exchange exchange) {
                this.exchange = exchange;
            }

            @Override
            protected void channelRead0(ChannelHandlerContext ctx, ByteBuf message) {
                if (exchange.tcp != ctx.channel()) {
                    return;
                }
                var facts = message.readableBytes() >= 12 && message.getUnsignedShort(0) == exchange.id
                        ? UpstreamAnswer.read(message, exchange.question) : null;
                if (facts == null || (facts.failed() && exchange.attempt < attempts)) {
                    tcpFailed(exchange);
                    return;
                }
                exchange.tcp = null;
                exchange.timer.cancel(false);
                ctx.close();
                finish(exchange, message.retain(), facts);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                if (exchange.tcp == ctx.channel()) {
                    tcpFailed(exchange);
                }
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                ctx.close();
            }
        }

        private void finish(Exchange exchange, ByteBuf message, UpstreamAnswer facts) {
            if (exchange.done) {
                if (message != null) {
                    message.release();
                }
                return;
            }
            exchange.done = true;
            exchange.answered.answered(message, facts);
        }
    }
}
