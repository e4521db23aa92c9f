package org.tutela.dns;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DnsResolverMainTest {

    @Test
    void readsListenAddressUpstreamsBlockModeAndTuning() {
        var options = DnsResolverMain.Options.parse("--demo-policy", "--listen", "127.0.0.1", "--port", "5353",
                "--upstream", "192.0.2.53,192.0.2.54:5300", "--upstream", "[2001:db8::53]:53",
                "--block-mode", "block-page", "--block-page-address", "10.1.0.80", "--block-page-address", "fd00::80",
                "--block-ttl", "30", "--timeout-ms", "500", "--attempts", "4", "--cache-size", "5000", "--cache-memory", "8");

        var settings = options.settings();
        assertThat(settings.listen().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.listen().getPort()).isEqualTo(5353);
        assertThat(settings.upstreams()).extracting(upstream -> upstream.getAddress().getHostAddress() + " port "
                + upstream.getPort()).containsExactly("192.0.2.53 port 53", "192.0.2.54 port 5300",
                "2001:db8:0:0:0:0:0:53 port 53");
        assertThat(settings.block().nxdomain()).isFalse();
        assertThat(settings.block().ttl()).isEqualTo(30);
        assertThat(settings.upstreamTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.upstreamAttempts()).isEqualTo(4);
        assertThat(settings.cacheCapacity()).isEqualTo(5000);
        assertThat(settings.cacheMemory()).isEqualTo(8L << 20);
        assertThat(options.policySource()).isInstanceOf(DemoPolicy.class);
    }

    @Test
    void blockedNamesAreNxdomainUnlessABlockPageIsChosen() {
        var options = DnsResolverMain.Options.parse("--demo-policy", "--upstream", "192.0.2.53");

        assertThat(options.settings().block().nxdomain()).isTrue();
        assertThat(options.settings().listen().getPort()).isEqualTo(53);
    }

    @Test
    void aBlockPageNeedsAnAddress() {
        assertThatThrownBy(() -> DnsResolverMain.Options.parse("--demo-policy", "--upstream", "192.0.2.53",
                "--block-mode", "block-page")).hasMessageContaining("--block-page-address");
    }

    @Test
    void anUpstreamMustBeAnAddressNotANameTheResolverWouldHaveToResolve() {
        assertThatThrownBy(() -> DnsResolverMain.Options.parse("--demo-policy", "--upstream", "dns.example"))
                .hasMessageContaining("an IP address");
    }

    @Test
    void withoutAPolicySourceItRefusesToStart() {
        assertThatThrownBy(() -> DnsResolverMain.Options.parse("--upstream", "192.0.2.53"))
                .hasMessageContaining("--demo-policy");
    }

    @Test
    void theDemoPolicyBlocksGamblingForLoopbackLearnersButNotForStaff() {
        var enforced = new DemoPolicy().load(java.time.Clock.systemUTC());
        var networks = enforced.networks().apply(enforced.engine().policy());

        var learner = networks.groupOf(new byte[] {127, 0, 0, 1}).orElseThrow();
        var staff = networks.groupOf(new byte[] {127, 0, 0, 2}).orElseThrow();

        assertThat(enforced.engine().decide(learner, "www.casino.example").blocked()).isTrue();
        assertThat(enforced.engine().decide(staff, "www.casino.example").blocked()).isFalse();
        assertThat(enforced.engine().decide(staff, "abuse-content.example").blocked()).isTrue();
    }

    @Test
    void theResolverEnforcesASchoolsPolicyBundleWithItsNetworks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var gambling = java.nio.file.Files.createDirectories(dir.resolve("ut1/gambling"));
        java.nio.file.Files.writeString(gambling.resolve("domains"), "casino.example\n");
        var bundle = dir.resolve("school.json");
        java.nio.file.Files.writeString(bundle, """
                { "version": 4, "fallbackGroup": "guests", "lists": { "ut1": "%s" },
                  "groups": [ { "id": "guests", "block": ["gambling"] }, { "id": "staff" } ],
                  "clients": { "networks": { "10.20.0.0/16": "staff" } } }
                """.formatted(dir.resolve("ut1")));

        var options = DnsResolverMain.Options.parse("--policy", bundle.toString(), "--upstream", "192.0.2.53");
        var enforced = options.policySource().load(java.time.Clock.systemUTC());

        var staff = enforced.networks().apply(enforced.engine().policy()).groupOf("10.20.3.4", null);
        assertThat(staff).hasValue(org.tutela.filtering.GroupId.STAFF);
        assertThat(enforced.engine().decide(staff.get(), "casino.example").blocked()).isFalse();
        assertThat(enforced.engine().decide(null, "www.casino.example").blocked()).isTrue();
        assertThat(enforced.engine().policy().version()).isEqualTo(4);
    }

    @Test
    void theDecisionLogIsOffUnlessADatabaseIsNamedWithItsRoleAndPasswordFile() {
        var off = DnsResolverMain.Options.parse("--demo-policy", "--upstream", "192.0.2.53");
        var on = DnsResolverMain.Options.parse("--demo-policy", "--upstream", "192.0.2.53",
                "--decision-log", "jdbc:postgresql://db.tutela.local/tutela", "--decision-log-user",
                "tutela_enforcement", "--decision-log-password-file", "/etc/tutela/decision-log.password");

        assertThat(off.decisionDatabase()).isNull();
        assertThat(on.decisionDatabase().url()).isEqualTo("jdbc:postgresql://db.tutela.local/tutela");
        assertThat(on.decisionDatabase().user()).isEqualTo("tutela_enforcement");
        assertThat(on.decisionDatabase().passwordFile()).hasToString("/etc/tutela/decision-log.password");
    }

    @Test
    void aDecisionLogWithoutItsRoleAndPasswordFileIsRefused() {
        assertThatThrownBy(() -> DnsResolverMain.Options.parse("--demo-policy", "--upstream", "192.0.2.53",
                "--decision-log", "jdbc:postgresql://db.tutela.local/tutela"))
                .hasMessageContaining("--decision-log-password-file");
        assertThatThrownBy(() -> DnsResolverMain.Options.parse("--demo-policy", "--upstream", "192.0.2.53",
                "--print-decisions", "--decision-log", "jdbc:postgresql://db/tutela", "--decision-log-user", "u",
                "--decision-log-password-file", "/p")).hasMessageContaining("not both");
    }
}
