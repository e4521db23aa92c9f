package org.tutela.procedure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tutela.procedure.Party.Involvement;

/** Fixtures for rule tests: cases built from facts in the school's words. */
final class Cases {

    static final Instant REPORTED = Instant.parse("2026-03-10T10:15:00Z");
    /** The deadlines of the base set's urgencies, for a concern reported at {@link #REPORTED}. */
    static final Instant IMMEDIATELY = REPORTED.plus(Duration.ofHours(1));
    static final Instant AS_SOON_AS_POSSIBLE = REPORTED.plus(Duration.ofHours(4));
    static final Instant BEFORE_OTHER_STEPS = REPORTED.plus(Duration.ofHours(4));
    static final Instant PROMPTLY = REPORTED.plus(Duration.ofDays(1));
    static final Instant PER_CASE = REPORTED.plus(Duration.ofDays(5));
    static final Instant AFTER_CLOSURE = REPORTED.plus(Duration.ofDays(28));

    static final EscalationRules ENGLAND = EscalationRules.forArea("Nowhere in particular");

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

    /** What the national base set alone makes of this case. */
    Evaluation inEngland() {
        return ENGLAND.evaluate(facts());
    }

    Evaluation in(EscalationRules rules) {
        return rules.evaluate(facts());
    }

    static Party aLearnerAged(int age, Involvement involvement) {
        return Party.of(Party.Kind.LEARNER, involvement, age);
    }

    static Party aStaffMember(Involvement involvement, String... roles) {
        return new Party(Party.Kind.STAFF, involvement, 41, Set.of(roles));
    }

    static Party aTeacher(Involvement involvement) {
        return aStaffMember(involvement);
    }

    static Party theHeadteacher(Involvement involvement) {
        return aStaffMember(involvement, "HEADTEACHER");
    }

    static Party theDsl(Involvement involvement) {
        return aStaffMember(involvement, "DSL");
    }

    static Party aVisitor(Involvement involvement) {
        return Party.of(Party.Kind.VISITOR, involvement, 45);
    }

    static Party anUnknownAdult(Involvement involvement) {
        return Party.of(Party.Kind.UNKNOWN_ADULT, involvement, null);
    }

    static Party aParent(Involvement involvement) {
        return Party.of(Party.Kind.PARENT_CARER, involvement, 38);
    }
}
