package org.tutela.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secretKey        encrypts TOTP secrets at rest; at least 32 characters, never committed
 * @param secretSalt       hex salt for that key
 * @param absoluteTimeout  a session ends this long after sign-in, however active
 * @param issuer           the name authenticator apps show next to the code
 */
@ConfigurationProperties("tutela.identity")
record IdentityProperties(String secretKey, @DefaultValue("5475746c615f7361") String secretSalt,
        @DefaultValue("10h") Duration absoluteTimeout, @DefaultValue("Tutela") String issuer) {

    IdentityProperties {
        if (secretKey == null || secretKey.length() < 32) {
            throw new IllegalStateException("Set tutela.identity.secret-key (environment TUTELA_IDENTITY_SECRET_KEY) "
                    + "to a random secret of at least 32 characters: it encrypts two-step verification secrets");
        }
    }
}
