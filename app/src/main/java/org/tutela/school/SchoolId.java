package org.tutela.school;

import java.util.Objects;
import java.util.UUID;

public record SchoolId(UUID value) {

    public SchoolId {
        Objects.requireNonNull(value, "a school id needs a value");
    }

    public static SchoolId of(String value) {
        return new SchoolId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
