package org.tutela.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.xbill.DNS.Message;

/** A stub resolver on a device: one question over UDP from a chosen loopback address, or over TCP. */
final class Client {

    /** Long enough never to cut a slow build machine short; a lost answer fails the test, a slow one does not. */
    private static final int WAIT_MILLIS = 12_000;
    /** A stub resolver asks again when a UDP answer does not come; a flooded socket may drop a question. */
    private static final int UDP_TRIES = 3;

    private Client() {
    }

    static Message udp(InetSocketAddress server, Message query, String from) {
        try (var socket = new DatagramSocket(new InetSocketAddress(from, 0))) {
            socket.setSoTimeout(WAIT_MILLIS / UDP_TRIES);
            var bytes = query.toWire();
            var buffer = new byte[65535];
            for (int tries = 1; ; tries++) {
                socket.send(new DatagramPacket(bytes, bytes.length, server));
                var packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                    return Wire.read(buffer, packet.getLength());
                } catch (java.net.SocketTimeoutException noAnswerYet) {
                    if (tries == UDP_TRIES) {
                        throw noAnswerYet;
                    }
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Any bytes over UDP, and the bytes that come back. */
    static byte[] rawUdp(InetSocketAddress server, byte[] packet) {
        try (var socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            socket.setSoTimeout(WAIT_MILLIS);
            socket.send(new DatagramPacket(packet, packet.length, server));
            var reply = new DatagramPacket(new byte[65535], 65535);
            socket.receive(reply);
            return java.util.Arrays.copyOf(reply.getData(), reply.getLength());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static Message udp(InetSocketAddress server, Message query) {
        return udp(server, query, "127.0.0.1");
    }

    static Message tcp(InetSocketAddress server, Message query) {
        try (var socket = new Socket(server.getAddress(), server.getPort())) {
            socket.setSoTimeout(WAIT_MILLIS);
            var out = new DataOutputStream(socket.getOutputStream());
            var bytes = query.toWire();
            out.writeShort(bytes.length);
            out.write(bytes);
            out.flush();
            var in = new DataInputStream(socket.getInputStream());
            var answer = new byte[in.readUnsignedShort()];
            in.readFully(answer);
            return Wire.read(answer, answer.length);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
