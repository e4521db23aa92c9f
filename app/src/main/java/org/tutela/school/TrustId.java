package org.tutela.school;

import java.util.Objects;
import java.util.UUID;

public record TrustId(UUID value) {

    public TrustId {
        Objects.requireNonNull(value, "a trust id needs a value");
    }

    public static TrustId of(String value) {
        return new TrustId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
