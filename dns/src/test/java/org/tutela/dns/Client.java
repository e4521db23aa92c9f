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
    private static final int WAIT_MILLIS = 10_000;

    private Client() {
    }

    static Message udp(InetSocketAddress server, Message query, String from) {
        try (var socket = new DatagramSocket(new InetSocketAddress(from, 0))) {
            socket.setSoTimeout(WAIT_MILLIS);
            var bytes = query.toWire();
            socket.send(new DatagramPacket(bytes, bytes.length, server));
            var buffer = new byte[65535];
            var packet = new DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            return Wire.read(buffer, packet.getLength());
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
