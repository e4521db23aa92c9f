package org.tutela.filtering;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine as enforcement points share it: versions put in force while other threads decide. Odd versions place
 * the class's subnet in Years 5 and 6, which blocks gambling, and allow one learner's device a casino site (an
 * exception, FILT-17); even versions place the subnet among the guests, who are kept from gambling and games, while
 * Years 5 and 6 block nothing, and have no exception. A decision made half under one version and half under the
 * other would refuse that device the casino under an odd version, or allow a classmate the casino (an odd version's
 * group with an even version's rules).
 */
class FilterEngineTest {

    static final Instant LESSON = Instant.parse("2026-11-25T10:00:00Z");
    static final String DEVICE = "10.0.5.20";
    static final String CLASSMATE = "10.0.5.21";

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING)
            .add("arcade.example", Categories.GAMES)
            .add("abuse-content.example", Categories.IWF)
            .build();

    FilterPolicy version(long version) {
        boolean odd = version % 2 == 1;
        Set<String> blocked = odd ? Set.of("gambling") : Set.of();
        var ks2 = new GroupPolicy(GroupId.UPPER_KS2, "Years 5 and 6", blocked, false, List.of(), List.of(), true,
                SafeSearch.YouTube.STRICT);
        var guests = new GroupPolicy(GroupId.GUESTS, "Guests", Set.of("gambling", "games"), false, List.of(),
                List.of(), true, SafeSearch.YouTube.STRICT);
        var clients = ClientNetworks.of(Map.of("10.0.5.0/24", odd ? GroupId.UPPER_KS2 : GroupId.GUESTS), Map.of());
        List<LearnerException> exceptions = odd
                ? List.of(new LearnerException(null, DEVICE, LearnerException.Kind.ALLOW, "casino.example", null))
                : List.of();
        return FilterPolicy.compile(version, lists, List.of(ks2, guests), List.of(), GroupId.GUESTS, clients,
                exceptions);
    }

    /** What a version says, by its number: the device's casino, a classmate's casino, the arcade, the illegal site. */
    static List<Verdict> expected(long version) {
        return version % 2 == 1
                ? List.of(Verdict.ALLOW, Verdict.BLOCK, Verdict.ALLOW, Verdict.BLOCK)
                : List.of(Verdict.BLOCK, Verdict.BLOCK, Verdict.BLOCK, Verdict.BLOCK);
    }

    @Test
    void eachVersionDecidesAsItSays() throws Exception {
        for (long version : List.of(1L, 2L)) {
            var engine = new FilterEngine(version(version), Clock.fixed(LESSON, ZoneOffset.UTC));
            assertThat(verdicts(engine)).as("version %d", version).isEqualTo(expected(version));
        }
    }

    @Test
    void whileVersionsArePutInForceEveryDecisionIsWhollyThatOfTheVersionItNames() throws Exception {
        var engine = new FilterEngine(version(1), Clock.fixed(LESSON, ZoneOffset.UTC));
        var versions = new ArrayList<FilterPolicy>();
        for (long v = 2; v <= 2_000; v++) {
            versions.add(version(v));
        }
        var running = new AtomicBoolean(true);
        var started = new CountDownLatch(3);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        var pool = Executors.newFixedThreadPool(3);
        try {
            var deciders = new ArrayList<Future<List<String>>>();
            for (int t = 0; t < 3; t++) {
                deciders.add(pool.submit(() -> {
                    var wrong = new ArrayList<String>();
                    started.countDown();
                    long decisions = 0;
                    var device = InetAddress.getByName(DEVICE);
                    var classmate = InetAddress.getByName(CLASSMATE);
                    var casino = Hosts.lowerCaseAscii("casino.example");
                    while (running.get() || decisions < 1_000) {
                        var decision = engine.decideForDevice(FilterPolicy::clients, device, casino, 0, casino.length);
                        seen.add(decision.policyVersion());
                        if (decision.verdict() != expected(decision.policyVersion()).get(0)) {
                            wrong.add("casino for the device under v" + decision.policyVersion() + ": " + decision);
                        }
                        var theirs = engine.decideForDevice(FilterPolicy::clients, classmate, casino, 0,
                                casino.length);
                        if (theirs.verdict() != expected(theirs.policyVersion()).get(1)) {
                            wrong.add("casino for a classmate under v" + theirs.policyVersion() + ": " + theirs);
                        }
                        var arcade = engine.decideFor(CLASSMATE, null, "arcade.example");
                        if (arcade.verdict() != expected(arcade.policyVersion()).get(2)) {
                            wrong.add("arcade under v" + arcade.policyVersion() + ": " + arcade);
                        }
                        decisions++;
                    }
                    return wrong;
                }));
            }
            started.await();
            versions.forEach(engine::activate);
            running.set(false);
            var wrong = new ArrayList<String>();
            for (var decider : deciders) {
                wrong.addAll(decider.get(30, TimeUnit.SECONDS));
            }
            assertThat(wrong).isEmpty();
            assertThat(engine.policy().version()).isEqualTo(2_000);
            assertThat(seen).as("decisions under odd and even versions").anyMatch(v -> v % 2 == 1)
                    .anyMatch(v -> v % 2 == 0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOlderVersionIsRefusedAndTheOneInForceStays() {
        var engine = new FilterEngine(version(3), Clock.fixed(LESSON, ZoneOffset.UTC));

        assertThatThrownBy(() -> engine.activate(version(2))).isInstanceOf(PolicyRefused.class);
        assertThat(engine.policy().version()).isEqualTo(3);
    }

    static List<Verdict> verdicts(FilterEngine engine) throws Exception {
        var casino = Hosts.lowerCaseAscii("casino.example");
        return List.of(
                engine.decideForDevice(FilterPolicy::clients, InetAddress.getByName(DEVICE), casino, 0,
                        casino.length).verdict(),
                engine.decideForDevice(FilterPolicy::clients, InetAddress.getByName(CLASSMATE), casino, 0,
                        casino.length).verdict(),
                engine.decideFor(CLASSMATE, null, "arcade.example").verdict(),
                engine.decideFor(DEVICE, null, "abuse-content.example").verdict());
    }
}
