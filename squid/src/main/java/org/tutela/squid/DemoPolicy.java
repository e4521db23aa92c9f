package org.tutela.squid;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;
import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.GroupPolicy;
import org.tutela.filtering.SafeSearch;

/**
 * A small fixed policy for trying the helper end to end before a policy bundle is at hand: learners on loopback and
 * 10.10.0.0/16 (Upper KS2), staff on 10.20.0.0/16 and user "teacher", guests for everyone else.
 */
final class DemoPolicy {

    static final long VERSION = 1;

    private static final Set<String> HARMFUL = Set.of("discrimination", "drugs", "extremism", "gambling", "malware",
            "pornography", "piracy", "self-harm", "violence");

    private DemoPolicy() {
    }

    static FilterPolicy policy() {
        var lists = BlockLists.builder(Categories.standard())
                .add("casino.example", Categories.GAMBLING)
                .add("games.example", Categories.GAMES)
                .add("friends.example", Categories.SOCIAL_NETWORKING)
                .add("tunnel.example", Categories.PROXY_VPN)
                .add("illegal.example", Categories.IWF)
                .build();
        return FilterPolicy.compile(VERSION, lists, List.of(learners(), staff(), guests()), List.of(), GroupId.GUESTS,
                networks());
    }

    private static ClientNetworks networks() {
        return ClientNetworks.of(
                Map.of("127.0.0.0/8", GroupId.UPPER_KS2, "::1/128", GroupId.UPPER_KS2,
                        "10.10.0.0/16", GroupId.UPPER_KS2, "10.20.0.0/16", GroupId.STAFF),
                Map.of("teacher", GroupId.STAFF));
    }

    private static GroupPolicy learners() {
        return new GroupPolicy(GroupId.UPPER_KS2, "Upper KS2", withManaged(), false, List.of("swiggle.example"),
                List.of(), true, SafeSearch.YouTube.STRICT);
    }

    private static GroupPolicy staff() {
        return new GroupPolicy(GroupId.STAFF, "Staff", Set.of("pornography", "malware"), false, List.of(), List.of(),
                false, SafeSearch.YouTube.OFF);
    }

    private static GroupPolicy guests() {
        return new GroupPolicy(GroupId.GUESTS, "Guests", withManaged(), false, List.of(), List.of(), true,
                SafeSearch.YouTube.STRICT);
    }

    private static Set<String> withManaged() {
        var blocked = new java.util.HashSet<>(HARMFUL);
        blocked.addAll(Set.of("games", "social-networking", "proxy-vpn", "chat", "dating"));
        return blocked;
    }
}
