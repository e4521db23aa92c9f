package org.tutela.filtering.peers;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** A DNS server on loopback that answers every A query with one address: the internet, as far as a test needs. */
public final class FakeUpstream implements AutoCloseable {

    private final DatagramSocket socket;
    private final Thread thread;
    private final InetAddress answer;

    public FakeUpstream(String answer) throws IOException {
        this.answer = InetAddress.getByName(answer);
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "fake-upstream-dns");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        var buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                var packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                var query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                var reply = new Message(query.getHeader().getID());
                reply.getHeader().setFlag(Flags.QR);
                reply.getHeader().setFlag(Flags.RA);
                var question = query.getQuestion();
                reply.addRecord(question, Section.QUESTION);
                if (question.getType() == Type.A) {
                    reply.addRecord(new ARecord(question.getName(), DClass.IN, 300, answer), Section.ANSWER);
                }
                reply.getHeader().setRcode(Rcode.NOERROR);
                var wire = reply.toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException ignored) {
                // A test peer: a bad packet is dropped, the next one answered.
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
