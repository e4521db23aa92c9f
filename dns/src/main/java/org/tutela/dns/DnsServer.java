package org.tutela.dns;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.log.DecisionLog;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.timeout.ReadTimeoutHandler;

/**
 * The resolver on the network: UDP and TCP on one address and port, until closed. With more than one event loop,
 * each loop reads its own UDP socket on the shared port (SO_REUSEPORT, the kernel spreading clients over them), since
 * one socket is read by one loop only and would leave the others idle. Sockets are served by Netty's native epoll
 * transport where it loads, else by Java NIO ({@link IoTransport}).
 */
public final class DnsServer implements AutoCloseable {

    /** A TCP client that says nothing for this long is hung up on, so idle connections cannot pile up. */
    private static final int TCP_IDLE_SECONDS = 10;
    private static final int MAX_TCP_MESSAGE = 65535;
    private static final int UDP_RECEIVE_BUFFER = 4 << 20;
    /**
     * The largest question read over UDP (as NIO's default read buffer), and how many such questions one wake-up
     * takes in at most where the transport can read several at once (epoll's recvmmsg); the answers to them all leave
     * together (sendmmsg).
     */
    private static final int MAX_UDP_QUESTION = 2048;
    private static final int QUESTIONS_A_READ = 64;

    private final EventLoopGroup loops;
    private final Forwarder forwarder;
    private final AnswerCache cache;
    private final List<Channel> udp;
    private final Channel tcp;
    private final IoTransport transport;

    private DnsServer(EventLoopGroup loops, Forwarder forwarder, AnswerCache cache, List<Channel> udp, Channel tcp,
            IoTransport transport) {
        this.loops = loops;
        this.forwarder = forwarder;
        this.cache = cache;
        this.udp = udp;
        this.tcp = tcp;
        this.transport = transport;
    }

    public static DnsServer start(ResolverSettings settings, FilterEngine engine,
            Function<FilterPolicy, ClientNetworks> networks, DecisionLog log, UUID schoolId) throws Exception {
        return start(settings, engine, networks, log, schoolId, Clock.systemUTC());
    }

    /** With a clock of the tests' choosing for the cache and the decision times. */
    static DnsServer start(ResolverSettings settings, FilterEngine engine,
            Function<FilterPolicy, ClientNetworks> networks, DecisionLog log, UUID schoolId, Clock clock)
            throws Exception {
        return start(settings, engine, networks, log, schoolId, clock, IoTransport.chosen());
    }

    /** On the given transport rather than the one {@link IoTransport#chosen()} picks. */
    static DnsServer start(ResolverSettings settings, FilterEngine engine,
            Function<FilterPolicy, ClientNetworks> networks, DecisionLog log, UUID schoolId, Clock clock,
            IoTransport transport) throws Exception {
        var loops = new MultiThreadIoEventLoopGroup(settings.eventLoops(), transport.handlers());
        var forwarder = new Forwarder(settings.upstreams(), settings.upstreamTimeout(), settings.upstreamAttempts(),
                transport);
        var cache = new AnswerCache(settings.cacheCapacity(), settings.cacheMemory(), clock);
        var answering = new QueryHandler.Answering(engine, networks, settings.block(), forwarder, cache, log, schoolId,
                clock, settings.safeSearchTtl());
        try {
            var udpHandler = new QueryHandler(QueryHandler.Transport.UDP, answering);
            var tcpHandler = new QueryHandler(QueryHandler.Transport.TCP, answering);
            for (int tries = 1; ; tries++) {
                var udp = bindUdp(transport, loops, settings.listen(), udpHandler, settings.eventLoops());
                int port = ((InetSocketAddress) udp.get(0).localAddress()).getPort();
                try {
                    var tcp = bindTcp(transport, loops, new InetSocketAddress(settings.listen().getAddress(), port),
                            tcpHandler);
                    return new DnsServer(loops, forwarder, cache, udp, tcp, transport);
                } catch (Exception portTakenForTcp) {
                    for (var channel : udp) {
                        channel.close().sync();
                    }
                    // With port 0 the free UDP port may be taken for TCP: try another.
                    if (settings.listen().getPort() != 0 || tries == 10) {
                        throw portTakenForTcp;
                    }
                }
            }
        } catch (Exception failed) {
            forwarder.close();
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw failed;
        }
    }

    /** One socket per loop: each bind registers the next channel on the next loop of the group. */
    private static List<Channel> bindUdp(IoTransport transport, EventLoopGroup loops, InetSocketAddress address,
            QueryHandler handler, int sockets) throws InterruptedException {
        var bootstrap = udpBootstrap(transport, loops, handler, sockets > 1);
        var channels = new ArrayList<Channel>(sockets);
        try {
            channels.add(bootstrap.bind(address).sync().channel());
            var bound = new InetSocketAddress(address.getAddress(),
                    ((InetSocketAddress) channels.get(0).localAddress()).getPort());
            while (channels.size() < sockets) {
                channels.add(bootstrap.bind(bound).sync().channel());
            }
            return channels;
        } catch (Exception failed) {
            // Netty rethrows a failed bind's BindException unchecked.
            channels.forEach(Channel::close);
            throw failed;
        }
    }

    private static Bootstrap udpBootstrap(IoTransport transport, EventLoopGroup loops, QueryHandler handler,
            boolean sharePort) {
        var bootstrap = new Bootstrap().group(loops).channel(transport.datagram())
                // Room for a burst of questions while the loop is busy; Linux caps it at net.core.rmem_max.
                .option(ChannelOption.SO_RCVBUF, UDP_RECEIVE_BUFFER)
                .option(ChannelOption.RCVBUF_ALLOCATOR, transport.udpReads(MAX_UDP_QUESTION, QUESTIONS_A_READ))
                .handler(new ChannelInitializer<DatagramChannel>() {
                    @Override
                    protected void initChannel(DatagramChannel ch) {
                        ch.pipeline().addLast(handler);
                    }
                });
        transport.batchReads(bootstrap, MAX_UDP_QUESTION);
        if (sharePort) {
            transport.reusePort(bootstrap);
        }
        return bootstrap;
    }

    private static Channel bindTcp(IoTransport transport, EventLoopGroup loops, InetSocketAddress address,
            QueryHandler handler) throws InterruptedException {
        return new ServerBootstrap().group(loops).channel(transport.serverSocket())
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ReadTimeoutHandler(TCP_IDLE_SECONDS),
                                new LengthFieldBasedFrameDecoder(MAX_TCP_MESSAGE, 0, 2, 0, 2),
                                new LengthFieldPrepender(2), handler);
                    }
                })
                .bind(address).sync().channel();
    }

    /** Where it listens, UDP and TCP alike. */
    public InetSocketAddress address() {
        return (InetSocketAddress) udp.get(0).localAddress();
    }

    /** The transport its sockets are served by: epoll or NIO. */
    public String transport() {
        return transport.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Answers in the cache now. */
    public int cachedAnswers() {
        return cache.size();
    }

    @Override
    public void close() {
        udp.forEach(channel -> channel.close().syncUninterruptibly());
        tcp.close().syncUninterruptibly();
        forwarder.close();
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
