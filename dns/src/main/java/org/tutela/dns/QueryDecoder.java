package org.tutela.dns;

import java.net.InetSocketAddress;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.dns.DatagramDnsQueryDecoder;

/**
 * Netty's query decoder, made to say what it cannot read: a packet with an ID becomes a {@link MalformedQuery} (to be
 * answered FORMERR) instead of an exception; a packet too short for an ID, or a response (QR set, which answering
 * could loop between two servers), is dropped. {@link Tcp} does the same for TCP frames.
 */
final class QueryDecoder extends DatagramDnsQueryDecoder {

    private static final int HEADER = 12;

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket packet, List<Object> out) {
        ByteBuf content = packet.content();
        int start = content.readerIndex();
        if (content.readableBytes() < 3 || (content.getUnsignedByte(start + 2) & 0x80) != 0) {
            return;
        }
        int id = content.getUnsignedShort(start);
        if (content.readableBytes() < HEADER) {
            out.add(new MalformedQuery(id, packet.sender()));
            return;
        }
        try {
            super.decode(ctx, packet, out);
        } catch (Exception unreadable) {
            // Netty released whatever it had decoded; nothing was added to out.
            out.add(new MalformedQuery(id, packet.sender()));
        }
    }

    /** Decodes the length-delimited frames of a TCP connection (RFC 7766) as the UDP decoder does packets. */
    static final class Tcp extends MessageToMessageDecoder<ByteBuf> {

        private static final InetSocketAddress UNKNOWN = new InetSocketAddress(0);

        private final QueryDecoder queries = new QueryDecoder();

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
            var packet = new DatagramPacket(frame, address(ctx.channel().localAddress()),
                    address(ctx.channel().remoteAddress()));
            queries.decode(ctx, packet, out);
        }

        private static InetSocketAddress address(java.net.SocketAddress address) {
            return address instanceof InetSocketAddress inet ? inet : UNKNOWN;
        }
    }
}
