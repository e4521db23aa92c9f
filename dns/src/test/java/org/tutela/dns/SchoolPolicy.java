package org.tutela.dns;

import java.time.Instant;
import java.util.HashSet;
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
 * A primary school's policy for the tests: upper KS2 learners on 10.1.5.0/24 (and 127.0.0.1, where the socket tests
 * send from), staff on 10.1.100.0/24 (and 127.0.0.2), guests for anyone else. Learners and guests are kept from
 * harmful categories, VPNs and DNS-over-HTTPS resolvers and get safe search; staff are kept from pornography and
 * malware; nobody reaches the illegal list.
 */
final class SchoolPolicy {

    static final Instant LESSON = Instant.parse("2026-11-25T10:00:00Z");
    static final String KS2_CLIENT = "10.1.5.23";
    static final String STAFF_CLIENT = "10.1.100.7";
    static final String GUEST_CLIENT = "192.168.50.9";

    static final Set<String> HARMFUL = Set.of("discrimination", "drugs", "extremism", "gambling", "malware",
            "pornography", "piracy", "self-harm", "violence");

    private SchoolPolicy() {
    }

    static ClientNetworks networks() {
        return ClientNetworks.of(Map.of(
                "10.1.5.0/24", GroupId.UPPER_KS2,
                "127.0.0.1/32", GroupId.UPPER_KS2,
                "10.1.100.0/24", GroupId.STAFF,
                "127.0.0.2/32", GroupId.STAFF), Map.of());
    }

    /** Version {@code version}, with {@code alsoGambling} listed as gambling besides the usual names. */
    static FilterPolicy version(long version, String... alsoGambling) {
        var lists = BlockLists.builder(Categories.standard())
                .add("casino.example", Categories.GAMBLING)
                .add("abuse-content.example", Categories.IWF)
                .add("tunnel.example", Categories.PROXY_VPN)
                .add("doh.resolver.example", Categories.DNS_OVER_HTTPS)
                .add("friends.example", Categories.SOCIAL_NETWORKING);
        for (var name : alsoGambling) {
            lists.add(name, Categories.GAMBLING);
        }
        return FilterPolicy.compile(version, lists.build(), groups(), List.of(), GroupId.GUESTS);
    }

    static List<GroupPolicy> groups() {
        var learners = new HashSet<>(HARMFUL);
        learners.addAll(Set.of("proxy-vpn", "doh", "social-networking"));
        var ks2 = new GroupPolicy(GroupId.UPPER_KS2, "Upper KS2", learners, false, List.of(), List.of(), true,
                SafeSearch.YouTube.STRICT);
        var guests = new GroupPolicy(GroupId.GUESTS, "Guests", learners, false, List.of(), List.of(), true,
                SafeSearch.YouTube.MODERATE);
        var staff = new GroupPolicy(GroupId.STAFF, "Staff", Set.of("pornography", "malware"), false, List.of(),
                List.of(), false, SafeSearch.YouTube.OFF);
        return List.of(ks2, guests, staff);
    }
}
