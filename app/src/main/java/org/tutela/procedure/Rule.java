package org.tutela.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tutela.school.Role;
import org.tutela.school.access.RecordClass;

/**
 * One row of the escalation table, or one procedure template: when its condition holds, it asks for its actions,
 * may raise the case's record class, and may put a warning on the case.
 */
record Rule(String id, String title, String reference, String ruleSet, Condition when, List<ActionTemplate> then,
        RecordClass recordClass, String banner) {

    Rule {
        Objects.requireNonNull(id, "a rule has an id");
        then = List.copyOf(then);
    }

    boolean mandatory() {
        return then.stream().anyMatch(a -> a.kind() == ActionKind.MANDATORY);
    }

    /**
     * One action a rule asks for: a code, or a route the local area or school fills with codes. Its own condition
     * (usually {@link Condition#ALWAYS}) narrows it within the rule, e.g. "the LADO if a member of staff is involved".
     */
    record ActionTemplate(ActionCode code, String route, ActionKind kind, String urgency, String text,
            Set<ActionCode> mustPrecede, Set<ActionCode> needsOneOf, Condition when, Set<Role> roles,
            List<String> evidence) {

        ActionTemplate {
            if ((code == null) == (route == null)) {
                throw new IllegalArgumentException("an action has either a code or a route");
            }
            when = when == null ? Condition.ALWAYS : when;
            mustPrecede = Set.copyOf(mustPrecede);
            needsOneOf = Set.copyOf(needsOneOf);
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }
}
