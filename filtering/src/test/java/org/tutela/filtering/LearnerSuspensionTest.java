package org.tutela.filtering;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A learner's school internet access suspended for a while as a sanction (PROC-BUL-07). */
class LearnerSuspensionTest {

    static final Instant DECIDED = Instant.parse("2026-11-25T10:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-12-02T08:00:00Z");
    static final String TUTELA = "tutela.hawthorn.example";

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("casino.example", Categories.GAMBLING)
            .add("abuse-content.example", Categories.IWF)
            .build();

    final GroupPolicy upperKs2 = new GroupPolicy(GroupId.UPPER_KS2, "Years 5 and 6", Set.of("gambling"), false,
            List.of("bbc.co.uk"), List.of(), true, SafeSearch.YouTube.STRICT);
    final GroupPolicy guests = new GroupPolicy(GroupId.GUESTS, "Guests", Set.of("gambling"), false, List.of(),
            List.of(), true, SafeSearch.YouTube.STRICT);

    FilterPolicy policy(LearnerSuspension... suspensions) {
        var clients = ClientNetworks.of(Map.of("10.0.5.0/24", GroupId.UPPER_KS2), Map.of());
        return FilterPolicy.compile(7, lists, List.of(upperKs2, guests), List.of(), GroupId.GUESTS, clients,
                List.of(new LearnerException("asmith", null, LearnerException.Kind.ALLOW, "casino.example", null)),
                List.of(suspensions), List.of(TUTELA));
    }

    static LearnerSuspension ofUser(String user) {
        return new LearnerSuspension(user, null, DECIDED, UNTIL);
    }

    @Test
    void aSuspendedLearnerIsRefusedOnAnyHostWithTheRuleAndWhenItEnds() {
        var policy = policy(ofUser("bjones"));

        for (var host : List.of("bbc.co.uk", "www.example.org", "casino.example")) {
            var decision = policy.decideFor("10.0.5.20", "BJones", host, DECIDED.plusSeconds(60));
            assertThat(decision.verdict()).as(host).isEqualTo(Verdict.BLOCK);
            assertThat(decision.rule()).as(host).isEqualTo(Rule.SUSPENSION);
            assertThat(decision.suspendedUntil()).isEqualTo(UNTIL);
        }
        var decision = policy.decideFor("10.0.5.20", "bjones", "bbc.co.uk", DECIDED);
        assertThat(decision.rule().code()).isEqualTo("suspension");
        assertThat(decision.group()).isEqualTo(GroupId.UPPER_KS2);
        assertThat(decision.explain()).isEqualTo("BLOCK ks2-upper: this learner's school internet access is suspended"
                + " for a while, as a sanction until 2026-12-02T08:00:00Z, policy v7");
    }

    @Test
    void otherLearnersAreNotAffected() {
        var policy = policy(ofUser("bjones"));

        assertThat(policy.decideFor("10.0.5.21", "cwhite", "bbc.co.uk", DECIDED).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.decideFor("10.0.5.21", null, "bbc.co.uk", DECIDED).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.decideFor("10.0.5.20", "asmith", "casino.example", DECIDED).rule())
                .isEqualTo(Rule.LEARNER_EXCEPTION);
    }

    @Test
    void theIllegalListsStillWinAndSayWhy() {
        var decision = policy(ofUser("bjones")).decideFor("10.0.5.20", "bjones", "abuse-content.example", DECIDED);

        assertThat(decision.rule()).isEqualTo(Rule.ILLEGAL_LIST);
        assertThat(decision.suspendedUntil()).isNull();
    }

    @Test
    void theSchoolsTutelaBlockPageAndReportingPageStayReachable() {
        var policy = policy(ofUser("bjones"));

        assertThat(policy.decideFor("10.0.5.20", "bjones", TUTELA, DECIDED).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.decideUrlFor("10.0.5.20", "bjones", "https://" + TUTELA + "/blocked?rule=suspension",
                DECIDED).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.decideUrlFor("10.0.5.20", "bjones", "https://" + TUTELA + ".evil.example/", DECIDED)
                .rule()).isEqualTo(Rule.SUSPENSION);
    }

    @Test
    void aSquidRequestByUserNameIsRefusedAsAUrl() {
        var decision = policy(ofUser("bjones")).decideUrlFor("10.0.5.20", "bjones", "http://www.example.org/x",
                DECIDED);

        assertThat(decision.rule()).isEqualTo(Rule.SUSPENSION);
    }

    @Test
    void aDeviceIsRecognisedByItsAddressInEitherSpellingAsTheDnsResolverAsks() {
        var policy = policy(new LearnerSuspension(null, "fd00::31", DECIDED, UNTIL));
        var host = Hosts.lowerCaseAscii("www.example.org");
        var byGroup = policy.decide(GroupId.UPPER_KS2, host, 0, host.length, DECIDED);

        var decision = policy.forDevice("fd00:0:0:0:0:0:0:31", host, 0, host.length, byGroup, DECIDED);

        assertThat(decision.rule()).isEqualTo(Rule.SUSPENSION);
        assertThat(policy.hasLearnerExceptions()).isTrue();
        assertThat(policy.forDevice("fd00::32", host, 0, host.length, byGroup, DECIDED)).isSameAs(byGroup);
    }

    @Test
    void theEngineEndsItByItsClockWithoutANewVersion() throws Exception {
        var now = new AtomicReference<>(DECIDED.minusSeconds(1));
        var clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        var engine = new FilterEngine(policy(new LearnerSuspension("bjones", "10.0.5.20", DECIDED, UNTIL)), clock);

        assertThat(engine.decideFor("10.0.5.20", "bjones", "bbc.co.uk").verdict()).as("before it starts")
                .isEqualTo(Verdict.ALLOW);
        now.set(DECIDED);
        assertThat(engine.decideFor("10.0.5.20", "bjones", "bbc.co.uk").rule()).isEqualTo(Rule.SUSPENSION);
        now.set(UNTIL.minus(Duration.ofMillis(1)));
        assertThat(engine.decideUrlFor("10.0.5.20", null, "http://bbc.co.uk/").rule()).isEqualTo(Rule.SUSPENSION);
        now.set(UNTIL);
        assertThat(engine.decideFor("10.0.5.20", "bjones", "bbc.co.uk").verdict()).isEqualTo(Verdict.ALLOW);
        var host = Hosts.lowerCaseAscii("bbc.co.uk");
        var device = InetAddress.getByName("10.0.5.20");
        assertThat(engine.decideForDevice(FilterPolicy::clients, device, host, 0, host.length).verdict())
                .isEqualTo(Verdict.ALLOW);
        now.set(DECIDED);
        var suspended = engine.decideForDevice(FilterPolicy::clients, device, host, 0, host.length);
        assertThat(suspended.rule()).isEqualTo(Rule.SUSPENSION);
        assertThat(suspended.group()).isEqualTo(GroupId.UPPER_KS2);
    }

    @Test
    void ofTwoSuspensionsInForceTheLaterEndIsGiven() {
        var later = UNTIL.plus(Duration.ofDays(3));
        var policy = policy(ofUser("bjones"), new LearnerSuspension(null, "10.0.5.20", DECIDED, later));

        assertThat(policy.decideFor("10.0.5.20", "bjones", "bbc.co.uk", DECIDED).suspendedUntil()).isEqualTo(later);
    }

    @Test
    void theBundleCarriesSuspensionsAndTheBlockPageHostsToTheEnforcementPoints() {
        var bundle = new PolicyBundle(3, null, null, null, "guests", List.of(
                new PolicyBundle.Group("guests", "Guests", List.of(), false, List.of(), List.of(), false, null)),
                List.of(), null, List.of(), List.of(new PolicyBundle.Suspension("bjones", null, DECIDED, UNTIL)),
                List.of(TUTELA));

        var policy = PolicyBundles.compile(bundle, lists);

        assertThat(policy.decideFor(null, "bjones", "www.example.org", DECIDED).rule()).isEqualTo(Rule.SUSPENSION);
        assertThat(policy.decideFor(null, "bjones", TUTELA, DECIDED).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.decideFor(null, "cwhite", "www.example.org", DECIDED).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Nested
    class ASuspensionIsRefused {

        @Test
        void withoutAUserNameOrADevice() {
            assertThatThrownBy(() -> new LearnerSuspension(" ", null, DECIDED, UNTIL)).hasMessageContaining("user name");
        }

        @Test
        void whenTheDeviceIsNotAnAddress() {
            assertThatThrownBy(() -> new LearnerSuspension(null, "laptop-7", DECIDED, UNTIL))
                    .hasMessageContaining("IP address");
        }

        @Test
        void whenItEndsBeforeItStarts() {
            assertThatThrownBy(() -> new LearnerSuspension("bjones", null, UNTIL, DECIDED))
                    .hasMessageContaining("ends after it starts");
        }
    }
}
