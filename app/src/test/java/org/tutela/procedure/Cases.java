package org.tutela.procedure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tutela.procedure.Party.Involvement;

/** Fixtures for rule tests: cases built from facts in the school's words. */
final class Cases {

    static final Instant REPORTED = Instant.parse("2026-03-10T10:15:00Z");

    private final EnumSet<ConcernKind> kinds = EnumSet.noneOf(ConcernKind.class);
    private final List<Party> parties = new ArrayList<>();
    private final EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);

    private Cases() {
    }

    static Cases aConcern(ConcernKind... kinds) {
        var c = new Cases();
        c.kinds.addAll(List.of(kinds));
        return c;
    }

    Cases about(Party party) {
        parties.add(party);
        return this;
    }

    Cases involving(Party... more) {
        parties.addAll(List.of(more));
        return this;
    }

    Cases with(Fact... more) {
        facts.addAll(List.of(more));
        return this;
    }

    CaseFacts facts() {
        return new CaseFacts(kinds, parties, facts, REPORTED);
    }

    static Party aLearnerAged(int age, Involvement involvement) {
        return Party.of(Party.Kind.LEARNER, involvement, age);
    }

    static Party aStaffMember(Involvement involvement, String... roles) {
        return new Party(Party.Kind.STAFF, involvement, 41, Set.of(roles));
    }

    static Party anUnknownAdult(Involvement involvement) {
        return Party.of(Party.Kind.UNKNOWN_ADULT, involvement, null);
    }

    static Party aParent(Involvement involvement) {
        return Party.of(Party.Kind.PARENT_CARER, involvement, 38);
    }
}
