package org.tutela.blockpage;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;

/**
 * The interceptor on the network: HTTP on one port and, with a school CA, HTTPS on another, on the block page
 * address. Over HTTPS it reads the name the device asked for from the TLS hello (SNI) and presents a certificate for
 * that name minted by the school CA; a hello without a name, or with an IP address or anything else that is not a
 * host name, gets no certificate ({@link CertifyingSniHandler}).
 */
public final class BlockPageServer implements AutoCloseable {

    /** A request line of at most this many characters; a longer one gets 400. */
    static final int MAX_REQUEST_LINE = 8192;
    /** All the request's header lines together; more gets 400. */
    static final int MAX_HEADERS = 16384;

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
        var limits = settings.limits();
        var guard = new ConnectionGuard(limits.maxConnections(), limits.lifetime());
        var loops = new MultiThreadIoEventLoopGroup(settings.eventLoops(), NioIoHandler.newFactory());
        var refused = new AtomicLong();
        try {
            var http = bind(loops, new InetSocketAddress(settings.listen(), settings.httpPort()),
                    new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(guard, idle(limits), codec(),
                                    new RedirectHandler(interceptor, "http"));
                        }
                    });
            if (settings.ca().isEmpty()) {
                return new BlockPageServer(loops, http, null, null, refused);
            }
            var certificates = new MintedCertificates(settings.ca().get(), MintedCertificates.DEFAULT_CAPACITY,
                    MintedCertificates.DEFAULT_LIFETIME, clock);
            Function<String, Optional<String>> certifiable = name -> HostNames.certifiable(name)
                    .filter(host -> !settings.blockPage().isOwnHost(host));
            Channel https;
            try {
                https = bind(loops, new InetSocketAddress(settings.listen(), settings.httpsPort()),
                        new ChannelInitializer<SocketChannel>() {
                            @Override
                            protected void initChannel(SocketChannel ch) {
                                ch.pipeline().addLast(guard, idle(limits),
                                        new CertifyingSniHandler(certifiable, certificates, refused, limits.idle()),
                                        codec(),
                                        new RedirectHandler(interceptor, "https"));
                            }
                        });
            } catch (Exception failed) {
                // Netty rethrows a failed bind's BindException unchecked.
                http.close().syncUninterruptibly();
                throw failed;
            }
            return new BlockPageServer(loops, http, https, certificates, refused);
        } catch (Exception failed) {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw failed;
        }
    }

    private static Channel bind(EventLoopGroup loops, InetSocketAddress address,
            ChannelInitializer<SocketChannel> initializer) throws InterruptedException {
        return new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class).childHandler(initializer)
                .bind(address).sync().channel();
    }

    private static ReadTimeoutHandler idle(Limits limits) {
        return new ReadTimeoutHandler(limits.idle().toMillis(), TimeUnit.MILLISECONDS);
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
            int eventLoops, Limits limits) {

        Settings(InetAddress listen, int httpPort, int httpsPort, BlockPage blockPage, Optional<SchoolCa> ca,
                int eventLoops) {
            this(listen, httpPort, httpsPort, blockPage, ca, eventLoops, Limits.DEFAULT);
        }

        Settings {
            if (httpPort < 0 || httpPort > 65535 || httpsPort < 0 || httpsPort > 65535 || eventLoops < 1) {
                throw new IllegalArgumentException("ports are 0 to 65535 and there is at least one event loop");
            }
            if (ca.isPresent() && httpPort != 0 && httpPort == httpsPort) {
                throw new IllegalArgumentException("HTTP and HTTPS need ports of their own");
            }
        }
    }

    /**
     * How long a connection may say nothing (and a TLS handshake take), how long it may stay open in all, and how
     * many may be open at once.
     */
    record Limits(Duration idle, Duration lifetime, int maxConnections) {

        static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 10_000);
    }
}
