package org.tutela.identity;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/** Encrypts TOTP secrets at rest with AES-GCM under the configured key. */
@Component
public class SecretBox {

    private final TextEncryptor encryptor;

    SecretBox(IdentityProperties properties) {
        this.encryptor = Encryptors.delux(properties.secretKey(), properties.secretSalt());
    }

    public String seal(String secret) {
        return encryptor.encrypt(secret);
    }

    String open(String sealed) {
        return encryptor.decrypt(sealed);
    }
}
