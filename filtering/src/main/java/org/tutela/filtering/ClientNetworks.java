package org.tutela.filtering;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which group a client belongs to: by Squid user name if known, otherwise by the most specific network its address
 * is in (a class's subnet inside the school's range, say). A client in none of them belongs to nobody, and the
 * policy's fallback group applies.
 */
public final class ClientNetworks {

    private final List<Network> networks;
    private final Map<String, GroupId> users;

    private ClientNetworks(List<Network> networks, Map<String, GroupId> users) {
        this.networks = networks;
        this.users = users;
    }

    public static ClientNetworks none() {
        return new ClientNetworks(List.of(), Map.of());
    }

    /** Networks as CIDR ("10.0.5.0/24", "2001:db8::/48") to groups, and user names to groups. */
    public static ClientNetworks of(Map<String, GroupId> cidrs, Map<String, GroupId> users) {
        var networks = new ArrayList<Network>();
        cidrs.forEach((cidr, group) -> networks.add(Network.parse(cidr, group)));
        // Most specific first, so a class subnet wins over the school's whole range.
        networks.sort(Comparator.comparingInt(Network::prefixLength).reversed());
        var lowerCased = new java.util.HashMap<String, GroupId>();
        users.forEach((name, group) -> lowerCased.put(name.toLowerCase(java.util.Locale.ROOT), group));
        return new ClientNetworks(List.copyOf(networks), Map.copyOf(lowerCased));
    }

    /**
     * These clients with learners an exception places in another group (FILT-17): by user name, or by their device's
     * address, which is more specific than any network.
     */
    ClientNetworks placing(List<LearnerException> exceptions) {
        var moved = exceptions.stream().filter(exception -> exception.kind() == LearnerException.Kind.GROUP).toList();
        if (moved.isEmpty()) {
            return this;
        }
        var byUser = new java.util.HashMap<>(users);
        var byNetwork = new ArrayList<Network>();
        for (var exception : moved) {
            if (exception.user() != null) {
                byUser.put(exception.user(), exception.group());
            }
            if (exception.device() != null) {
                byNetwork.add(Network.parse(exception.device(), exception.group()));
            }
        }
        byNetwork.addAll(networks);
        byNetwork.sort(Comparator.comparingInt(Network::prefixLength).reversed());
        return new ClientNetworks(List.copyOf(byNetwork), Map.copyOf(byUser));
    }

    /** Every group a network or a user is placed in. */
    public java.util.Set<GroupId> groups() {
        var groups = new java.util.HashSet<>(users.values());
        networks.forEach(network -> groups.add(network.group()));
        return groups;
    }

    /** The group of a client, by user name first (may be null or "-"), then by address; empty if neither is known. */
    public Optional<GroupId> groupOf(String address, String user) {
        if (user != null && !user.isEmpty() && !user.equals("-")) {
            var group = users.get(user.toLowerCase(java.util.Locale.ROOT));
            if (group != null) {
                return Optional.of(group);
            }
        }
        if (networks.isEmpty()) {
            return Optional.empty(); // no address to parse: nothing could place it
        }
        var bytes = literal(address);
        if (bytes == null) {
            return Optional.empty();
        }
        return groupOf(bytes);
    }

    public Optional<GroupId> groupOf(byte[] address) {
        for (var network : networks) {
            if (network.contains(address)) {
                return Optional.of(network.group());
            }
        }
        return Optional.empty();
    }

    /** The bytes of an IP address literal, without ever looking a name up; null when it is not one. */
    static byte[] literal(String address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        var text = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        boolean looksLikeIp = text.indexOf(':') >= 0 || text.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (!looksLikeIp) {
            return null;
        }
        try {
            // With a literal, InetAddress parses and never resolves.
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return null;
        }
    }

    private record Network(byte[] prefix, int prefixLength, GroupId group) {

        static Network parse(String cidr, GroupId group) {
            Objects.requireNonNull(group, "a network belongs to a group");
            var slash = cidr.indexOf('/');
            var address = literal(slash < 0 ? cidr.trim() : cidr.substring(0, slash).trim());
            if (address == null) {
                throw new PolicyRefused("not a network address: " + cidr);
            }
            int length;
            try {
                length = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1).trim());
            } catch (NumberFormatException notANumber) {
                throw new PolicyRefused("not a network prefix length: " + cidr);
            }
            if (length < 0 || length > address.length * 8) {
                throw new PolicyRefused("prefix length out of range: " + cidr);
            }
            return new Network(address, length, group);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }
}
