package org.tutela.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tutela.school.Role;

/**
 * One thing the rules say must (or may) happen on a case: its stable code, its kind, when it is due, what to do, and
 * every rule that asks for it. {@code mustPrecede} are codes that cannot be completed before this one (E-16), and
 * {@code needsOneOf} are codes one of which must be done before this one can be (ESC-12). {@code completedBy} are the
 * roles that may complete it (any who may work the case, when empty), and {@code evidence} the fields that must be
 * filled in when it is completed (PROC-GEN-01).
 */
public record RequiredAction(ActionCode code, ActionKind kind, Instant dueAt, String text, List<Because> because,
        Set<ActionCode> mustPrecede, Set<ActionCode> needsOneOf, Set<Role> completedBy, List<String> evidence) {

    public RequiredAction(ActionCode code, ActionKind kind, Instant dueAt, String text, List<Because> because,
            Set<ActionCode> mustPrecede, Set<ActionCode> needsOneOf) {
        this(code, kind, dueAt, text, because, mustPrecede, needsOneOf, Set.of(), List.of());
    }

    public RequiredAction {
        Objects.requireNonNull(code, "an action has a code");
        Objects.requireNonNull(kind, "an action has a kind");
        because = List.copyOf(because);
        mustPrecede = Set.copyOf(mustPrecede);
        needsOneOf = Set.copyOf(needsOneOf);
        completedBy = completedBy == null ? Set.of() : Set.copyOf(completedBy);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean mandatory() {
        return kind == ActionKind.MANDATORY;
    }
}
