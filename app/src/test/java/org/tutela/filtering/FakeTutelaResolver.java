package org.tutela.filtering;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;

import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;

/**
 * A DNS resolver on loopback that answers as Tutela's does: the names it blocks get NXDOMAIN with a SOA from
 * {@code blocked.tutela.invalid}; any other name gets an empty NOERROR, as an upstream would for a missing TXT record.
 */
final class FakeTutelaResolver implements AutoCloseable {

    private final DatagramSocket socket;
    private final Set<String> blocked;
    private final Thread answering;

    FakeTutelaResolver(Set<String> blocked) throws IOException {
        this.blocked = Set.copyOf(blocked);
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.answering = new Thread(this::answer, "fake-tutela-resolver");
        answering.setDaemon(true);
        answering.start();
    }

    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    private void answer() {
        var buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                var packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                var query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                var name = query.getQuestion().getName();
                var response = new Message(query.getHeader().getID());
                response.getHeader().setFlag(Flags.QR);
                response.addRecord(query.getQuestion(), Section.QUESTION);
                if (blocked.contains(name.toString(true))) {
                    response.getHeader().setRcode(Rcode.NXDOMAIN);
                    response.addRecord(new SOARecord(name, DClass.IN, 60, Name.fromString("blocked.tutela.invalid."),
                            Name.fromString("hostmaster.tutela.invalid."), 1, 3600, 600, 86400, 60), Section.AUTHORITY);
                }
                var wire = response.toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException stopped) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        answering.join(1000);
    }
}
