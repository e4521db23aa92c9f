package org.tutela.concern;

import java.util.Objects;
import java.util.UUID;

public record ConcernId(UUID value) {

    public ConcernId {
        Objects.requireNonNull(value, "a concern id has a value");
    }

    public static ConcernId random() {
        return new ConcernId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
