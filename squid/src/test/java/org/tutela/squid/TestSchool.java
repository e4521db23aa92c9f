package org.tutela.squid;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
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
 * A school for the helper's tests: Upper KS2 learners on 10.10.0.0/16, staff on 10.20.0.0/16 and by user name,
 * guests for everyone else.
 */
final class TestSchool {

    static final String LEARNER = "10.10.3.7";
    static final String STAFF_LAPTOP = "10.20.0.9";
    static final String VISITOR = "192.0.2.44";
    static final String STAFF_USER = "mrs.hughes";
    static final String BLOCK_PAGE = "http://block.tutela.local/blocked";

    static final Set<String> HARMFUL = Set.of("discrimination", "drugs", "extremism", "gambling", "malware",
            "pornography", "piracy", "self-harm", "violence");

    static final BlockLists LISTS = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING)
            .add("games.example", Categories.GAMES)
            .add("friends.example", Categories.SOCIAL_NETWORKING)
            .add("abuse-content.example", Categories.IWF)
            .build();

    private TestSchool() {
    }

    /** Learners are refused gambling always, and games unless this version opens them. */
    static FilterPolicy version(long version, boolean gamesOpenToLearners) {
        return version(version, gamesOpenToLearners, networks());
    }

    static FilterPolicy version(long version, boolean gamesOpenToLearners, ClientNetworks networks) {
        return FilterPolicy.compile(version, LISTS, groups(gamesOpenToLearners), List.of(), GroupId.GUESTS, networks);
    }

    static List<GroupPolicy> groups(boolean gamesOpenToLearners) {
        var learnersBlock = new HashSet<>(HARMFUL);
        learnersBlock.add("social-networking");
        if (!gamesOpenToLearners) {
            learnersBlock.add("games");
        }
        var learners = new GroupPolicy(GroupId.UPPER_KS2, "Upper KS2", learnersBlock, false, List.of(), List.of(),
                true, SafeSearch.YouTube.STRICT);
        var staff = new GroupPolicy(GroupId.STAFF, "Staff", Set.of("pornography", "malware"), false, List.of(),
                List.of(), false, SafeSearch.YouTube.OFF);
        var guests = new GroupPolicy(GroupId.GUESTS, "Guests", learnersBlock, false, List.of(), List.of(), true,
                SafeSearch.YouTube.STRICT);
        return List.of(learners, staff, guests);
    }

    static FilterEngine engine() {
        return new FilterEngine(version(1, false), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    }

    static ClientNetworks networks() {
        return ClientNetworks.of(Map.of("10.10.0.0/16", GroupId.UPPER_KS2, "10.20.0.0/16", GroupId.STAFF),
                Map.of(STAFF_USER, GroupId.STAFF));
    }

    static EnforcedPolicy enforced(FilterEngine engine) {
        return new EnforcedPolicy(engine);
    }
}
