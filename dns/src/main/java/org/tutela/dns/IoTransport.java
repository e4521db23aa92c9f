package org.tutela.dns;

import java.net.StandardSocketOptions;
import java.util.Locale;

import io.netty.bootstrap.AbstractBootstrap;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * How the resolver's sockets are served: Netty's native epoll transport on Linux when its library loads (fewer
 * copies and system calls, and several datagrams read in one {@code recvmmsg}), else Java NIO. The system property
 * {@code tutela.dns.transport} ({@code nio} or {@code epoll}) chooses one; without it epoll is used when available.
 */
enum IoTransport {

    EPOLL {
        @Override
        IoHandlerFactory handlers() {
            return EpollIoHandler.newFactory();
        }

        @Override
        Class<? extends DatagramChannel> datagram() {
            return EpollDatagramChannel.class;
        }

        @Override
        Class<? extends SocketChannel> socket() {
            return EpollSocketChannel.class;
        }

        @Override
        Class<? extends ServerSocketChannel> serverSocket() {
            return EpollServerSocketChannel.class;
        }

        @Override
        void reusePort(AbstractBootstrap<?, ?> bootstrap) {
            bootstrap.option(EpollChannelOption.SO_REUSEPORT, true);
        }

        @Override
        void batchReads(AbstractBootstrap<?, ?> bootstrap, int datagramSize) {
            bootstrap.option(EpollChannelOption.MAX_DATAGRAM_PAYLOAD_SIZE, datagramSize);
        }

        /**
         * One recvmmsg takes in as many datagrams as the read buffer has room for, and the buffer adapts: it grows
         * while reads fill it and shrinks when they do not. Under load, one wake-up reads up to {@code mostAtOnce}
         * questions in a few calls; a lone question does not wait while a large batch is set up for it.
         */
        @Override
        RecvByteBufAllocator udpReads(int datagramSize, int mostAtOnce) {
            return new AdaptiveRecvByteBufAllocator(datagramSize, datagramSize * 4, datagramSize * mostAtOnce)
                    .maxMessagesPerRead(mostAtOnce);
        }
    },

    NIO {
        @Override
        IoHandlerFactory handlers() {
            return NioIoHandler.newFactory();
        }

        @Override
        Class<? extends DatagramChannel> datagram() {
            return NioDatagramChannel.class;
        }

        @Override
        Class<? extends SocketChannel> socket() {
            return NioSocketChannel.class;
        }

        @Override
        Class<? extends ServerSocketChannel> serverSocket() {
            return NioServerSocketChannel.class;
        }

        @Override
        void reusePort(AbstractBootstrap<?, ?> bootstrap) {
            bootstrap.option(NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT), true);
        }

        @Override
        void batchReads(AbstractBootstrap<?, ?> bootstrap, int datagramSize) {
            // NIO reads one datagram a call.
        }

        @Override
        RecvByteBufAllocator udpReads(int datagramSize, int mostAtOnce) {
            return new FixedRecvByteBufAllocator(datagramSize).maxMessagesPerRead(mostAtOnce);
        }
    };

    static final String PROPERTY = "tutela.dns.transport";

    abstract IoHandlerFactory handlers();

    abstract Class<? extends DatagramChannel> datagram();

    abstract Class<? extends SocketChannel> socket();

    abstract Class<? extends ServerSocketChannel> serverSocket();

    /** Lets several sockets bind the same port, the kernel spreading clients over them. */
    abstract void reusePort(AbstractBootstrap<?, ?> bootstrap);

    /** Reads as many datagrams of up to {@code datagramSize} bytes at once as the receive buffer holds, if it can. */
    abstract void batchReads(AbstractBootstrap<?, ?> bootstrap, int datagramSize);

    /**
     * How the UDP socket's reads are sized for datagrams of up to {@code datagramSize} bytes, at most
     * {@code mostAtOnce} of them a wake-up.
     */
    abstract RecvByteBufAllocator udpReads(int datagramSize, int mostAtOnce);

    /** The property's choice, else epoll when its native library loads here, else NIO. */
    static IoTransport chosen() {
        var asked = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (asked) {
            case "" -> Epoll.isAvailable() ? EPOLL : NIO;
            case "nio" -> NIO;
            case "epoll" -> {
                Epoll.ensureAvailability();
                yield EPOLL;
            }
            default -> throw new IllegalArgumentException(PROPERTY + " is nio or epoll, not " + asked);
        };
    }
}
