package org.tutela.blockpage;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.Mapping;
import io.netty.util.concurrent.Future;

/**
 * The interceptor on the network: HTTP on one port and, with a school CA, HTTPS on another, on the block page
 * address. Over HTTPS it reads the name the device asked for from the TLS hello (SNI) and presents a certificate for
 * that name minted by the school CA; a hello without a name, or with an IP address or anything else that is not a
 * host name, gets no certificate and the connection is closed.
 */
public final class BlockPageServer implements AutoCloseable {

    /** A request line of at most this many characters; a longer one gets 400. */
    static final int MAX_REQUEST_LINE = 8192;
    /** All the request's header lines together; more gets 400. */
    static final int MAX_HEADERS = 16384;
    static final int MAX_CLIENT_HELLO = 16384;
    static final int IDLE_SECONDS = 10;
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    static final Duration CONNECTION_LIFETIME = Duration.ofSeconds(30);
    static final int MAX_CONNECTIONS = 10_000;

    private final EventLoopGroup loops;
    private final Channel http;
    private final Channel https;
    private final MintedCertificates certificates;
    private final AtomicLong refusedNames;

    private BlockPageServer(EventLoopGroup loops, Channel http, Channel https, MintedCertificates certificates,
            AtomicLong refusedNames) {
        this.loops = loops;
        this.http = http;
        this.https = https;
        this.certificates = certificates;
        this.refusedNames = refusedNames;
    }

    /**
     * Listens for HTTP on {@code listen:httpPort}, and for HTTPS on {@code listen:httpsPort} when there is a CA
     * (port 0 picks a free one). The block page's own host is never certified.
     */
    static BlockPageServer start(Settings settings) throws InterruptedException {
        return start(settings, Clock.systemUTC());
    }

    static BlockPageServer start(Settings settings, Clock clock) throws InterruptedException {
        var interceptor = new Interceptor(settings.blockPage());
        var guard = new ConnectionGuard(MAX_CONNECTIONS, CONNECTION_LIFETIME);
        var loops = new MultiThreadIoEventLoopGroup(settings.eventLoops(), NioIoHandler.newFactory());
        var refused = new AtomicLong();
        try {
            var http = bind(loops, new InetSocketAddress(settings.listen(), settings.httpPort()),
                    new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(guard, new ReadTimeoutHandler(IDLE_SECONDS), codec(),
                                    new RedirectHandler(interceptor, "http"));
                        }
                    });
            if (settings.ca().isEmpty()) {
                return new BlockPageServer(loops, http, null, null, refused);
            }
            var certificates = new MintedCertificates(settings.ca().get(), MintedCertificates.DEFAULT_CAPACITY,
                    MintedCertificates.DEFAULT_LIFETIME, clock);
            Mapping<String, SslContext> contexts = name -> {
                var host = HostNames.certifiable(name).filter(h -> !settings.blockPage().isOwnHost(h));
                if (host.isEmpty()) {
                    refused.incrementAndGet();
                    throw new IllegalArgumentException("no certificate for " + name);
                }
                return certificates.forHost(host.get()).context();
            };
            Channel https;
            try {
                https = bind(loops, new InetSocketAddress(settings.listen(), settings.httpsPort()),
                        new ChannelInitializer<SocketChannel>() {
                            @Override
                            protected void initChannel(SocketChannel ch) {
                                ch.pipeline().addLast(guard, new ReadTimeoutHandler(IDLE_SECONDS),
                                        new NamedSniHandler(contexts), codec(),
                                        new RedirectHandler(interceptor, "https"));
                            }
                        });
            } catch (RuntimeException | InterruptedException failed) {
                http.close().syncUninterruptibly();
                throw failed;
            }
            return new BlockPageServer(loops, http, https, certificates, refused);
        } catch (RuntimeException | InterruptedException failed) {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw failed;
        }
    }

    private static Channel bind(EventLoopGroup loops, InetSocketAddress address,
            ChannelInitializer<SocketChannel> initializer) throws InterruptedException {
        return new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class).childHandler(initializer)
                .bind(address).sync().channel();
    }

    private static HttpServerCodec codec() {
        return new HttpServerCodec(new HttpDecoderConfig().setMaxInitialLineLength(MAX_REQUEST_LINE)
                .setMaxHeaderSize(MAX_HEADERS).setStrictLineParsing(true));
    }

    /** Where it answers HTTP. */
    public InetSocketAddress httpAddress() {
        return (InetSocketAddress) http.localAddress();
    }

    /** Where it answers HTTPS; empty without a CA. */
    public Optional<InetSocketAddress> httpsAddress() {
        return Optional.ofNullable(https).map(channel -> (InetSocketAddress) channel.localAddress());
    }

    /** Hosts with a minted certificate kept now. */
    public int certificatesKept() {
        return certificates == null ? 0 : certificates.size();
    }

    /** TLS hellos that named no host name (none, an IP address, the block page's own host), so got no certificate. */
    public long namesRefused() {
        return refusedNames.get();
    }

    @Override
    public void close() {
        http.close().syncUninterruptibly();
        if (https != null) {
            https.close().syncUninterruptibly();
        }
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /**
     * How the interceptor runs: the address it listens on (the block page address the DNS resolver gives), its HTTP
     * and HTTPS ports, the block page it sends devices to, the school CA (without one, no HTTPS) and its threads.
     */
    record Settings(InetAddress listen, int httpPort, int httpsPort, BlockPage blockPage, Optional<SchoolCa> ca,
            int eventLoops) {

        Settings {
            if (httpPort < 0 || httpPort > 65535 || httpsPort < 0 || httpsPort > 65535 || eventLoops < 1) {
                throw new IllegalArgumentException("ports are 0 to 65535 and there is at least one event loop");
            }
            if (ca.isPresent() && httpPort != 0 && httpPort == httpsPort) {
                throw new IllegalArgumentException("HTTP and HTTPS need ports of their own");
            }
        }
    }

    /** Keeps the name the device gave, for a request that has no Host header. */
    private static final class NamedSniHandler extends SniHandler {

        NamedSniHandler(Mapping<String, SslContext> contexts) {
            super(contexts, MAX_CLIENT_HELLO, HANDSHAKE_TIMEOUT.toMillis());
        }

        @Override
        protected Future<SslContext> lookup(ChannelHandlerContext ctx, String hostname) throws Exception {
            if (hostname != null) {
                ctx.channel().attr(RedirectHandler.TLS_HOST).set(hostname);
            }
            return super.lookup(ctx, hostname);
        }
    }
}
