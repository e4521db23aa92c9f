package org.tutela.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890", in Base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    TotpCodes at(Instant now) {
        return new TotpCodes(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void codesMatchTheRfc6238TestVectors() {
        var codes = at(Instant.EPOCH);
        assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void aCodeFromTheCurrentStepOrOneStepEitherSideIsAccepted() {
        var now = Instant.ofEpochSecond(1_800_000_015L);
        var codes = at(now);
        var step = now.getEpochSecond() / 30;

        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now))).hasValue(step);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.minusSeconds(30)))).hasValue(step - 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.plusSeconds(30)))).hasValue(step + 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.minusSeconds(90)))).isEmpty();
    }

    @Test
    void somethingThatIsNotSixDigitsIsRefused() {
        var codes = at(Instant.ofEpochSecond(1_800_000_015L));
        assertThat(codes.matchingStep(RFC_SECRET, "")).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "12345a")).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, null)).isEmpty();
    }

    @Test
    void spacesInATypedCodeAreIgnored() {
        var now = Instant.ofEpochSecond(1_800_000_015L);
        var codes = at(now);
        var code = codes.codeAt(RFC_SECRET, now);
        assertThat(codes.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3))).isPresent();
    }

    @Test
    void newSecretsAreBase32AndDiffer() {
        var codes = at(Instant.EPOCH);
        var one = codes.newSecret();
        assertThat(one).matches("[A-Z2-7]{32}");
        assertThat(codes.newSecret()).isNotEqualTo(one);
    }
}
