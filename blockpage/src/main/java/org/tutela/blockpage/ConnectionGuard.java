package org.tutela.blockpage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Keeps connections few and short: beyond {@code maxOpen} at once a new one is closed straight away, and every
 * connection is closed {@code lifetime} after it opened, however slowly it is still sending, since an answer here
 * takes one request.
 */
@Sharable
final class ConnectionGuard extends ChannelInboundHandlerAdapter {

    private final int maxOpen;
    private final Duration lifetime;
    private final AtomicInteger open = new AtomicInteger();

    ConnectionGuard(int maxOpen, Duration lifetime) {
        this.maxOpen = maxOpen;
        this.lifetime = lifetime;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (open.incrementAndGet() > maxOpen) {
            ctx.close();
            return;
        }
        var channel = ctx.channel();
        Runnable hangUp = channel::close;
        ctx.executor().schedule(hangUp, lifetime.toMillis(), TimeUnit.MILLISECONDS);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        open.decrementAndGet();
        super.channelInactive(ctx);
    }

    /** Connections open now. */
    int open() {
        return open.get();
    }
}
