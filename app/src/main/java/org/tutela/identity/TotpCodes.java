package org.tutela.identity;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import org.springframework.stereotype.Component;

/** RFC 6238 codes: 6 digits, 30-second steps, one step of clock drift either way. */
@Component
class TotpCodes {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new secret, Base32 as authenticator apps expect it. */
    String newSecret() {
        var bytes = new byte[20];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The time step a code belongs to, if it is valid now; the caller makes it single-use. */
    OptionalLong matchingStep(String base32Secret, String code) {
        if (code == null) {
            return OptionalLong.empty();
        }
        var digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        var key = key(base32Secret);
        var now = clock.instant();
        var currentStep = now.getEpochSecond() / STEP.getSeconds();
        for (long step = currentStep - DRIFT_STEPS; step <= currentStep + DRIFT_STEPS; step++) {
            var expected = codeAt(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
            if (MessageDigest.isEqual(expected.getBytes(), digits.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeAt(String base32Secret, Instant when) {
        return codeAt(key(base32Secret), when);
    }

    private String codeAt(SecretKeySpec key, Instant when) {
        try {
            return String.format("%06d", generator.generateOneTimePassword(key, when));
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new Base32().decode(base32Secret), generator.getAlgorithm());
    }

    String otpauthUri(String issuer, String email, String base32Secret) {
        var label = java.net.URLEncoder.encode(issuer + ":" + email, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        var issuerParam = java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + issuerParam
                + "&algorithm=SHA1&digits=6&period=30";
    }
}
