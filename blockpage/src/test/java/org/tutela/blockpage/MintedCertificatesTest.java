package org.tutela.blockpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MintedCertificatesTest {

    static final TestCa CA = TestCa.ec();
    final TestClock clock = new TestClock(Instant.parse("2026-11-25T09:00:00Z"));
    final MintedCertificates certificates = new MintedCertificates(CA.schoolCa(), 2, Duration.ofHours(24), clock);

    @Test
    void aHostAskedForAgainGetsTheCertificateAlreadyMinted() {
        var first = certificates.forHost("casino.example");
        clock.advance(Duration.ofHours(11));

        var again = certificates.forHost("Casino.Example.");

        assertThat(again.certificate()).isSameAs(first.certificate());
        assertThat(again.context()).isSameAs(first.context());
    }

    @Test
    void aFloodOfNewNamesIsRefusedBeyondTheSecondsAllowanceWhileKnownHostsStillAnswer() {
        var limited = new MintedCertificates(CA.schoolCa(), 100, Duration.ofHours(24), clock, 2);
        limited.forHost("one.example");
        limited.forHost("two.example");

        var known = limited.forHost("one.example");

        assertThat(known.host()).isEqualTo("one.example");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> limited.forHost("three.example")).withMessageContaining("refused for now");
        clock.advance(Duration.ofSeconds(1));
        assertThat(limited.forHost("three.example").host()).isEqualTo("three.example");
    }

    @Test
    void onceTheSchoolCaHasExpiredNothingIsSignedAndTheReasonSaysWhatToDo() {
        clock.advance(Duration.ofDays(400));

        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> certificates.forHost("casino.example"))
                .withMessageContaining("the school CA expired").withMessageContaining("make a new one");
    }

    @Test
    void aCertificateIsMintedAfreshOnceHalfItsLifetimeHasPassed() {
        var first = certificates.forHost("casino.example");
        clock.advance(Duration.ofHours(12));

        var renewed = certificates.forHost("casino.example");

        assertThat(renewed.certificate()).isNotEqualTo(first.certificate());
        assertThat(renewed.certificate().getNotAfter().toInstant())
                .isEqualTo(Instant.parse("2026-11-26T21:00:00Z"));
    }

    @Test
    void eachHostHasItsOwnCertificateAndTheLeastRecentlyUsedGoFirst() throws Exception {
        var casino = certificates.forHost("casino.example");
        var games = certificates.forHost("games.example");
        certificates.forHost("casino.example");

        certificates.forHost("proxy.example");

        assertThat(games.certificate().getSubjectAlternativeNames()).containsExactly(List.of(2, "games.example"));
        assertThat(certificates.size()).isEqualTo(2);
        assertThat(certificates.forHost("casino.example").certificate()).isSameAs(casino.certificate());
        assertThat(certificates.forHost("games.example").certificate()).isNotSameAs(games.certificate());
    }

    @Test
    void allCertificatesAreSignedByTheCa() throws Exception {
        certificates.forHost("casino.example").certificate().verify(CA.certificate().getPublicKey());
    }

    @Test
    void noCertificateIsMintedForAnIpAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> certificates.forHost("10.1.0.80"));
        assertThatIllegalArgumentException().isThrownBy(() -> certificates.forHost("::1"));
        assertThat(certificates.size()).isZero();
    }
}
