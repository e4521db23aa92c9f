package org.tutela.blockpage;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;

/**
 * Answers the first request on a connection as the {@link Interceptor} decides, or 400 when it could not be read,
 * then closes the connection; a request body is not read. Any error on the connection (a failed TLS handshake, a
 * read timeout) closes it quietly: there is no one to tell.
 */
final class RedirectHandler extends SimpleChannelInboundHandler<HttpObject> {

    /** The name the device gave in TLS (SNI), when it connected over TLS. */
    static final AttributeKey<String> TLS_HOST = AttributeKey.valueOf(RedirectHandler.class, "tlsHost");

    private final Interceptor interceptor;
    private final String scheme;
    private boolean answered;

    RedirectHandler(Interceptor interceptor, String scheme) {
        this.interceptor = interceptor;
        this.scheme = scheme;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
        if (answered || !(message instanceof HttpRequest request)) {
            return;
        }
        answered = true;
        var reply = request.decoderResult().isSuccess()
                ? interceptor.answer(scheme, request.uri(), request.headers().get(HttpHeaderNames.HOST),
                        ctx.channel().attr(TLS_HOST).get())
                : Reply.badRequest();
        var body = reply.html().getBytes(StandardCharsets.UTF_8);
        var head = HttpMethod.HEAD.equals(request.method()) && request.decoderResult().isSuccess();
        var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                new HttpResponseStatus(reply.status(), reply.reason()),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        var headers = response.headers();
        if (reply.location() != null) {
            headers.set(HttpHeaderNames.LOCATION, reply.location());
        }
        headers.set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
                .set(HttpHeaderNames.CONTENT_TYPE, "text/html; charset=utf-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer");
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
