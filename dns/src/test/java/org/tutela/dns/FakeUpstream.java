package org.tutela.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * An upstream DNS server in the test's own process, on loopback UDP and TCP: it answers the records it was given
 * with their TTLs (NXDOMAIN or NODATA with a SOA otherwise), and can be told to stay silent, to answer UDP truncated
 * so the client must come back over TCP, or to fail. It counts what it was asked.
 */
final class FakeUpstream implements AutoCloseable {

    enum Behaviour { ANSWER, SILENT, TRUNCATE_OVER_UDP, SERVFAIL }

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Map<String, List<Record>> records = new ConcurrentHashMap<>();
    private final List<Message> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger udpQueries = new AtomicInteger();
    private final AtomicInteger tcpQueries = new AtomicInteger();
    private volatile Behaviour behaviour = Behaviour.ANSWER;
    private volatile long negativeTtl = 300;
    private volatile boolean closed;

    private FakeUpstream(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
        daemon(this::serveUdp, "fake-upstream-udp");
        daemon(this::serveTcp, "fake-upstream-tcp");
    }

    static FakeUpstream start() throws IOException {
        for (int tries = 0; ; tries++) {
            var udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try {
                var tcp = new ServerSocket(udp.getLocalPort(), 50, InetAddress.getLoopbackAddress());
                return new FakeUpstream(udp, tcp);
            } catch (IOException portTakenForTcp) {
                udp.close();
                if (tries > 10) {
                    throw portTakenForTcp;
                }
            }
        }
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), udp.getLocalPort());
    }

    /** Adds a record: an address for A and AAAA, a name for CNAME, text for TXT. */
    FakeUpstream with(String name, int type, long ttl, String data) {
        var owner = Wire.name(name);
        Record record = switch (type) {
            case Type.A, Type.AAAA -> type == Type.A ? new ARecord(owner, DClass.IN, ttl, Wire.address(data))
                    : new AAAARecord(owner, DClass.IN, ttl, Wire.address(data));
            case Type.CNAME -> new CNAMERecord(owner, DClass.IN, ttl, Wire.name(data));
            case Type.TXT -> new TXTRecord(owner, DClass.IN, ttl, data);
            default -> throw new IllegalArgumentException("no fake records of type " + type);
        };
        records.computeIfAbsent(key(owner, type), k -> new CopyOnWriteArrayList<>()).add(record);
        return this;
    }

    FakeUpstream negativeTtl(long seconds) {
        negativeTtl = seconds;
        return this;
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    int udpQueries() {
        return udpQueries.get();
    }

    int tcpQueries() {
        return tcpQueries.get();
    }

    int queries() {
        return udpQueries() + tcpQueries();
    }

    List<Message> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        udp.close();
        tcp.close();
    }

    private void serveUdp() {
        var buffer = new byte[65535];
        while (!closed) {
            var packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (IOException socketClosed) {
                return;
            }
            udpQueries.incrementAndGet();
            var query = Wire.read(buffer, packet.getLength());
            received.add(query);
            if (behaviour == Behaviour.SILENT) {
                continue;
            }
            var answer = answer(query, behaviour == Behaviour.TRUNCATE_OVER_UDP).toWire();
            try {
                udp.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException socketClosed) {
                return;
            }
        }
    }

    private void serveTcp() {
        while (!closed) {
            Socket connection;
            try {
                connection = tcp.accept();
            } catch (IOException socketClosed) {
                return;
            }
            daemon(() -> serve(connection), "fake-upstream-tcp-connection");
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            var in = new DataInputStream(connection.getInputStream());
            var out = new DataOutputStream(connection.getOutputStream());
            while (true) {
                int length = in.readUnsignedShort();
                var bytes = new byte[length];
                in.readFully(bytes);
                tcpQueries.incrementAndGet();
                var query = Wire.read(bytes, length);
                received.add(query);
                if (behaviour == Behaviour.SILENT) {
                    continue;
                }
                var answer = answer(query, false).toWire();
                out.writeShort(answer.length);
                out.write(answer);
                out.flush();
            }
        } catch (IOException | RuntimeException closedOrDone) {
            // The client hung up.
        }
    }

    private Message answer(Message query, boolean truncate) {
        var response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        var question = query.getQuestion();
        response.addRecord(question, Section.QUESTION);
        if (query.getOPT() != null) {
            response.addRecord(new OPTRecord(4096, 0, 0, query.getOPT().getFlags()), Section.ADDITIONAL);
        }
        if (behaviour == Behaviour.SERVFAIL) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
            return response;
        }
        if (truncate) {
            response.getHeader().setFlag(Flags.TC);
            return response;
        }
        var found = records.get(key(question.getName(), question.getType()));
        if (found != null) {
            found.forEach(record -> response.addRecord(record, Section.ANSWER));
            return response;
        }
        boolean nameExists = records.keySet().stream().anyMatch(k -> k.startsWith(nameKey(question.getName()) + "|"));
        response.getHeader().setRcode(nameExists ? Rcode.NOERROR : Rcode.NXDOMAIN);
        response.addRecord(new SOARecord(Name.root, DClass.IN, 3600, Wire.name("ns.fake"), Wire.name("admin.fake"),
                1, 3600, 600, 86400, negativeTtl), Section.AUTHORITY);
        return response;
    }

    private static String key(Name name, int type) {
        return nameKey(name) + "|" + type;
    }

    private static String nameKey(Name name) {
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static void daemon(Runnable task, String name) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
