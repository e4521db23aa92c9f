package org.tutela.procedure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tutela.school.access.RecordClass;

/**
 * What the rules made of a case's facts: the required actions in order of urgency, the strictest record class any
 * rule asks for, the warnings to show on the case, and the rule sets (with versions) that were applied.
 */
public record Evaluation(List<RequiredAction> actions, RecordClass recordClass, List<String> banners,
        Set<String> firedRules, String ruleSetVersion) {

    public Evaluation {
        actions = List.copyOf(actions);
        banners = List.copyOf(banners);
        firedRules = Set.copyOf(firedRules);
    }

    public Optional<RequiredAction> action(ActionCode code) {
        return actions.stream().filter(a -> a.code() == code).findFirst();
    }

    public boolean requires(ActionCode code) {
        return action(code).isPresent();
    }

    public boolean fired(String ruleId) {
        return firedRules.contains(ruleId);
    }
}
