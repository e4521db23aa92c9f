package org.tutela.filtering;

import java.util.Objects;

/**
 * A category of web content. Illegal categories (the IWF list, the police-assessed terrorist content list) are
 * matched before anything else and nobody can allow them.
 */
public record Category(String id, String label, Kind kind) {

    public enum Kind {
        /** Unlawful content: always blocked, for everyone, whatever any allow list says. */
        ILLEGAL,
        /** The UK Safer Internet Centre's categories of harmful content. */
        HARMFUL,
        /** Content schools choose to manage by group (social networking, games, VPNs, …). */
        MANAGED
    }

    public Category {
        Objects.requireNonNull(id, "a category has an id");
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("category ids are lower case words: " + id);
        }
        Objects.requireNonNull(kind, "a category has a kind");
    }

    public boolean illegal() {
        return kind == Kind.ILLEGAL;
    }
}
