package org.tutela.filtering;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A school's Tutela DNS resolver, asked as a device would ask it (FILT-13). A name it blocks is answered NXDOMAIN or
 * NODATA with a SOA whose server is {@code blocked.tutela.invalid}, whatever its block mode, for a TXT question; any
 * other answer means the name was let through.
 */
class DnsEnforcementPoint implements EnforcementPoint {

    static final String BLOCKED_SERVER = "blocked.tutela.invalid.";

    private final InetSocketAddress address;

    DnsEnforcementPoint(InetSocketAddress address) {
        this.address = address;
    }

    /** "10.0.0.53" or "10.0.0.53:5353"; port 53 when none is given. */
    static DnsEnforcementPoint at(String address) {
        return new DnsEnforcementPoint(socketAddress(address, 53,
                "Give the resolver's IP address, and its port if it is not 53"));
    }

    /**
     * An IP address with an optional port: "10.0.0.53:5353" and "[2001:db8::53]:5353" carry a port; a bare IPv6
     * address has colons but no port. Refused with {@code problem} when it is not one.
     */
    static InetSocketAddress socketAddress(String address, int defaultPort, String problem) {
        var text = address.trim();
        int colon = text.lastIndexOf(':');
        boolean hasPort = text.startsWith("[") ? text.contains("]:") : colon > 0 && text.indexOf(':') == colon;
        try {
            var host = hasPort ? text.substring(0, colon) : text;
            host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            int port = hasPort ? Integer.parseInt(text.substring(colon + 1)) : defaultPort;
            if (ClientNetworks.literal(host) == null || port < 1 || port > 65535) {
                throw new PolicyChangeRefused(problem);
            }
            return new InetSocketAddress(InetAddress.getByAddress(ClientNetworks.literal(host)), port);
        } catch (NumberFormatException | IOException notAnAddress) {
            throw new PolicyChangeRefused(problem);
        }
    }

    /** The address this server uses to reach {@code to}: the one an enforcement point sees it asking from. */
    static byte[] localAddressTowards(InetSocketAddress to) throws IOException {
        try (var socket = new DatagramSocket()) {
            socket.connect(to);
            return socket.getLocalAddress().getAddress();
        }
    }

    @Override
    public String describe() {
        return "DNS resolver " + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    @Override
    public byte[] askingFrom() throws IOException {
        return localAddressTowards(address);
    }

    @Override
    public boolean blocks(String name) throws IOException {
        var resolver = new SimpleResolver(address);
        resolver.setTimeout(Duration.ofSeconds(3));
        var query = Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), Type.TXT, DClass.IN));
        var answer = resolver.send(query);
        return answer.getSection(Section.AUTHORITY).stream()
                .anyMatch(record -> record instanceof SOARecord soa && soa.getHost().toString().equals(BLOCKED_SERVER));
    }
}
