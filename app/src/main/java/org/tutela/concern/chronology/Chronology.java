package org.tutela.concern.chronology;

import java.time.Instant;
import java.util.List;

import org.tutela.school.Person;

/** Every concern and action involving one learner that the reader may see in full, oldest first. */
public record Chronology(Person learner, List<Line> lines, int cases) {

    public Chronology {
        lines = List.copyOf(lines);
    }

    /** One thing that happened: when, who did it, on which case, and what. */
    public record Line(Instant at, String who, String reference, String what) {
    }
}
