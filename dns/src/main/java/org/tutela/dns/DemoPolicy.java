package org.tutela.dns;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;
import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.GroupPolicy;
import org.tutela.filtering.SafeSearch;

/**
 * A small fixed policy so the resolver runs end to end before policy bundles exist. Clients on 127.0.0.1 and in
 * 10.0.0.0/8 are upper KS2 learners; 127.0.0.2 and 10.0.100.0/24 are staff; anyone else is a guest. Learners and
 * guests may not reach gambling, VPN or DNS-over-HTTPS names and get safe search; the illegal list is refused to all.
 */
public final class DemoPolicy implements PolicySource {

    static final Set<String> HARMFUL = Set.of("discrimination", "drugs", "extremism", "gambling", "malware",
            "pornography", "piracy", "self-harm", "violence");
    /** Ways round the filter: blocked for learners (and guests) by category, like any other. */
    static final Set<String> CIRCUMVENTION = Set.of("proxy-vpn", "doh");

    @Override
    public Enforced load(Clock clock) {
        var networks = ClientNetworks.of(Map.of(
                "127.0.0.1/32", GroupId.UPPER_KS2,
                "10.0.0.0/8", GroupId.UPPER_KS2,
                "127.0.0.2/32", GroupId.STAFF,
                "10.0.100.0/24", GroupId.STAFF), Map.of());
        return new Enforced(new FilterEngine(policy(1), clock), version -> networks);
    }

    static FilterPolicy policy(long version) {
        var lists = BlockLists.builder(Categories.standard())
                .add("casino.example", Categories.GAMBLING)
                .add("abuse-content.example", Categories.IWF)
                .add("tunnel.example", Categories.PROXY_VPN)
                .add("dns.google", Categories.DNS_OVER_HTTPS)
                .add("cloudflare-dns.com", Categories.DNS_OVER_HTTPS)
                .add("dns.quad9.net", Categories.DNS_OVER_HTTPS)
                .build();
        var learners = new java.util.HashSet<>(HARMFUL);
        learners.addAll(CIRCUMVENTION);
        var ks2 = new GroupPolicy(GroupId.UPPER_KS2, "Upper KS2", learners, false, List.of(), List.of(), true,
                SafeSearch.YouTube.STRICT);
        var guests = new GroupPolicy(GroupId.GUESTS, "Guests", learners, false, List.of(), List.of(), true,
                SafeSearch.YouTube.MODERATE);
        var staff = new GroupPolicy(GroupId.STAFF, "Staff", Set.of("pornography", "malware"), false, List.of(),
                List.of(), false, SafeSearch.YouTube.OFF);
        return FilterPolicy.compile(version, lists, List.of(ks2, guests, staff), List.of(), GroupId.GUESTS);
    }
}
