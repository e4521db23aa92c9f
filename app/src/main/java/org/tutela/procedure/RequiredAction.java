package org.tutela.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing the rules say must (or may) happen on a case: its stable code, its kind, when it is due, what to do, and
 * every rule that asks for it. {@code mustPrecede} are codes that cannot be completed before this one (E-16), and
 * {@code needsOneOf} are codes one of which must be done before this one can be (ESC-12).
 */
public record RequiredAction(ActionCode code, ActionKind kind, Instant dueAt, String text, List<Because> because,
        Set<ActionCode> mustPrecede, Set<ActionCode> needsOneOf) {

    public RequiredAction {
        Objects.requireNonNull(code, "an action has a code");
        Objects.requireNonNull(kind, "an action has a kind");
        because = List.copyOf(because);
        mustPrecede = Set.copyOf(mustPrecede);
        needsOneOf = Set.copyOf(needsOneOf);
    }

    public boolean mandatory() {
        return kind == ActionKind.MANDATORY;
    }
}
