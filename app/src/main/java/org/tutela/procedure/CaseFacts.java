package org.tutela.procedure;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the escalation rules read about one case: its kinds, the people involved (with their ages on the
 * incident date), the yes-or-no facts, and when it was reported, from which deadlines run.
 */
public record CaseFacts(Set<ConcernKind> kinds, List<Party> parties, Set<Fact> facts, Instant reportedAt) {

    public CaseFacts {
        Objects.requireNonNull(reportedAt, "deadlines run from when the concern was reported");
        kinds = kinds.isEmpty() ? EnumSet.noneOf(ConcernKind.class) : EnumSet.copyOf(kinds);
        parties = List.copyOf(parties);
        facts = facts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(facts);
    }

    public boolean has(Fact fact) {
        return facts.contains(fact);
    }

    public boolean isOfKind(ConcernKind kind) {
        return kinds.contains(kind);
    }

    public boolean childProtectionByDefault() {
        return kinds.stream().anyMatch(ConcernKind::childProtectionByDefault);
    }

    public boolean learnerInvolved() {
        return parties.stream().anyMatch(p -> p.kind() == Party.Kind.LEARNER);
    }

    public CaseFacts with(Fact fact) {
        var more = EnumSet.copyOf(facts.isEmpty() ? EnumSet.noneOf(Fact.class) : facts);
        more.add(fact);
        return new CaseFacts(kinds, parties, more, reportedAt);
    }

    public CaseFacts withParty(Party party) {
        var more = new java.util.ArrayList<>(parties);
        more.add(party);
        return new CaseFacts(kinds, more, facts, reportedAt);
    }
}
