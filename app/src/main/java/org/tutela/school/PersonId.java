package org.tutela.school;

import java.util.Objects;
import java.util.UUID;

public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "a person id needs a value");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
