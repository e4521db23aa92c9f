package org.tutela.procedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A rule's "when": a test of a case's facts, with its own description so that the DSL can see why a rule fired.
 * {@code onlyKinds} is set when the condition is nothing but "the case is of these kinds": such a rule is part of
 * those kinds' procedure templates (PROC-GEN-01).
 */
record Condition(Predicate<CaseFacts> test, String description, Set<ConcernKind> onlyKinds) {

    static final Condition ALWAYS = new Condition(facts -> true, "always");

    Condition(Predicate<CaseFacts> test, String description) {
        this(test, description, null);
    }

    boolean holdsFor(CaseFacts facts) {
        return test.test(facts);
    }

    static Condition allOf(List<Condition> parts) {
        if (parts.isEmpty()) {
            return ALWAYS;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        var copy = List.copyOf(parts);
        return new Condition(facts -> copy.stream().allMatch(c -> c.holdsFor(facts)),
                String.join(" and ", copy.stream().map(Condition::description).toList()));
    }

    static Condition anyOf(List<Condition> parts) {
        var copy = List.copyOf(parts);
        return new Condition(facts -> copy.stream().anyMatch(c -> c.holdsFor(facts)),
                "(" + String.join(" or ", copy.stream().map(Condition::description).toList()) + ")");
    }

    static Condition not(Condition inner) {
        return new Condition(facts -> !inner.holdsFor(facts), "not (" + inner.description() + ")");
    }

    static Condition kindIn(Set<ConcernKind> kinds) {
        var copy = EnumSet.copyOf(kinds);
        return new Condition(facts -> copy.stream().anyMatch(facts::isOfKind), "kind is one of " + copy,
                Set.copyOf(copy));
    }

    static Condition allFacts(Set<Fact> required) {
        var copy = EnumSet.copyOf(required);
        return new Condition(facts -> facts.facts().containsAll(copy), "facts " + copy);
    }

    static Condition anyFact(Set<Fact> any) {
        var copy = EnumSet.copyOf(any);
        return new Condition(facts -> copy.stream().anyMatch(facts::has), "any of the facts " + copy);
    }

    static Condition noFact(Set<Fact> none) {
        var copy = EnumSet.copyOf(none);
        return new Condition(facts -> copy.stream().noneMatch(facts::has), "none of the facts " + copy);
    }

    static Condition anyoneUnder(int age) {
        return new Condition(facts -> facts.parties().stream().anyMatch(p -> p.partyToIt() && p.under(age)),
                "someone involved is under " + age + " on the incident date");
    }

    static Condition adultInvolved(boolean wanted) {
        return new Condition(facts -> facts.parties().stream().anyMatch(p -> p.partyToIt() && p.adult()) == wanted,
                wanted ? "someone involved is 18 or over" : "nobody involved is 18 or over");
    }

    static Condition learnerInvolved(boolean wanted) {
        return new Condition(facts -> facts.learnerInvolved() == wanted,
                wanted ? "a learner is involved" : "no learner is involved");
    }

    static Condition childProtectionByDefault(boolean wanted) {
        return new Condition(facts -> facts.childProtectionByDefault() == wanted,
                wanted ? "the kind is child protection by default" : "no kind is child protection by default");
    }

    static Condition subjectIs(Set<Party.Kind> kinds) {
        var copy = EnumSet.copyOf(kinds);
        return new Condition(facts -> facts.parties().stream().anyMatch(p -> p.about() && copy.contains(p.kind())),
                "the concern is about a " + copy);
    }

    static Condition subjectHolds(Set<String> roles) {
        var copy = Set.copyOf(roles);
        return new Condition(
                facts -> facts.parties().stream().anyMatch(p -> p.about() && p.rolesHeld().stream().anyMatch(copy::contains)),
                "the subject holds a role of " + new ArrayList<>(copy));
    }
}
