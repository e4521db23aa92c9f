package org.tutela.blockpage;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.net.ssl.SSLHandshakeException;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.Future;

/**
 * Reads the name in the device's TLS hello and goes on with a certificate minted for it. A hello with no name, or
 * one that may not be certified, is answered with a fatal {@code unrecognized_name} alert (RFC 6066 section 3) and
 * the connection closed, so the device shows a certificate error rather than waiting.
 */
final class CertifyingSniHandler extends SniHandler {

    static final int MAX_CLIENT_HELLO = 16384;
    /** A TLS alert record: level fatal (2), description unrecognized_name (112). */
    private static final byte[] UNRECOGNIZED_NAME = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x70};

    private final Function<String, Optional<String>> certifiable;
    private final AtomicLong refusals;
    private boolean refused;

    /**
     * @param certifiable the host a name may be certified as, or empty when it may not be
     * @param certificates the certificates to present
     * @param refusals     counts the hellos refused
     */
    CertifyingSniHandler(Function<String, Optional<String>> certifiable, MintedCertificates certificates,
            AtomicLong refusals, Duration handshakeTimeout) {
        super(host -> certificates.forHost(host).context(), MAX_CLIENT_HELLO, handshakeTimeout.toMillis());
        this.certifiable = certifiable;
        this.refusals = refusals;
    }

    @Override
    protected Future<SslContext> lookup(ChannelHandlerContext ctx, String hostname) throws Exception {
        var host = hostname == null ? Optional.<String>empty() : certifiable.apply(hostname);
        if (host.isEmpty()) {
            // Asked again when the connection closes with the hello still unread: refuse it once.
            if (!refused) {
                refused = true;
                refusals.incrementAndGet();
                ctx.writeAndFlush(Unpooled.wrappedBuffer(UNRECOGNIZED_NAME)).addListener(ChannelFutureListener.CLOSE);
            }
            return ctx.executor().newFailedFuture(new SSLHandshakeException("no certificate for " + hostname));
        }
        ctx.channel().attr(RedirectHandler.TLS_HOST).set(host.get());
        return super.lookup(ctx, host.get());
    }
}
