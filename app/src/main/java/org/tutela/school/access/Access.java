package org.tutela.school.access;

import java.util.EnumSet;
import java.util.Set;

/** What one person may do with one record, and why, after every rule has been applied. */
public record Access(Set<AccessLevel> levels, String reason) {

    public Access {
        levels = levels.isEmpty() ? EnumSet.noneOf(AccessLevel.class) : EnumSet.copyOf(levels);
    }

    static Access none(String reason) {
        return new Access(EnumSet.noneOf(AccessLevel.class), reason);
    }

    /** Whether the person may open the record at all (some view of it, not just aggregates). */
    public boolean mayOpen() {
        return levels.stream().anyMatch(level -> level != AccessLevel.ANONYMISED && level != AccessLevel.GRANT_ONLY);
    }

    /** Whether the person may read the narrative: who was involved and what happened. */
    public boolean mayReadNarrative() {
        return levels.contains(AccessLevel.FULL) || levels.contains(AccessLevel.READ);
    }

    public boolean mayChange() {
        return levels.contains(AccessLevel.FULL);
    }

    public boolean has(AccessLevel level) {
        return levels.contains(level);
    }
}
