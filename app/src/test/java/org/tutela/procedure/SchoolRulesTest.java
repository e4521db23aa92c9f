package org.tutela.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.procedure.ActionCode.*;
import static org.tutela.procedure.ActionKind.*;
import static org.tutela.procedure.CaseAssert.assertThatCase;
import static org.tutela.procedure.Cases.*;
import static org.tutela.procedure.ConcernKind.*;
import static org.tutela.procedure.Party.Involvement.*;

import org.junit.jupiter.api.Test;

/** A school's own additions, as docs/procedures.md shows them, and the conditions an action can carry. */
class SchoolRulesTest {

    private static final String EXAMPLE_FROM_THE_GUIDE = """
            version: "2026-09"
            rules:
              - id: S-01
                title: Tell the online safety lead about every sexting case
                ref: "Our online safety policy §4.2"
                when:
                  kind: SEXTING
                then:
                  - {code: OSL, kind: MANDATORY, urgency: PROMPT}
              - id: S-02
                title: Pastoral support within a day when a child under 11 is involved in bullying
                ref: "Our anti-bullying policy §3"
                when:
                  kind: BULLYING
                  anyone_under: 11
                then:
                  - {code: SUPPORT, kind: MANDATORY, urgency: PROMPT, text: "Pastoral team offers support within a day"}
            """;

    private final EscalationRules school = EscalationRules.forArea("Kent").withSchoolAdditions("Example", EXAMPLE_FROM_THE_GUIDE);

    @Test
    void theGuidesExampleAddsTheOnlineSafetyLeadToEverySextingCase() {
        assertThatCase(aConcern(SEXTING).in(school)).requires(OSL).as(MANDATORY).dueBy(PROMPTLY).because("S-01");
        assertThat(school.version()).isEqualTo("england 2026.1 + kent 2026.1 + school Example 2026-09");
    }

    @Test
    void theGuidesExampleOffersSupportOnlyWhenAChildUnder11IsInvolved() {
        assertThatCase(aConcern(BULLYING).involving(aLearnerAged(9, VICTIM)).in(school))
                .requires(SUPPORT).as(MANDATORY).because("S-02").because("PROC-BUL");
        assertThatCase(aConcern(BULLYING).involving(aLearnerAged(12, VICTIM)).in(school))
                .didNotFire("S-02");
    }

    @Test
    void anActionCanHaveItsOwnConditionWithinARule() {
        var rules = ENGLAND.withSchoolAdditions("Test", """
                version: "1"
                rules:
                  - id: S-03
                    title: Sexting, and the headteacher too if nobody is under 13
                    when: {kind: SEXTING}
                    then:
                      - {code: OSL, kind: MANDATORY}
                      - {code: HEADTEACHER, kind: ADVISORY, when: {not: {anyone_under: 13}}}
                """);

        assertThatCase(aConcern(SEXTING).involving(aLearnerAged(14, VICTIM)).in(rules)).requires(HEADTEACHER).because("S-03");
        assertThatCase(aConcern(SEXTING).involving(aLearnerAged(12, VICTIM)).in(rules))
                .fired("S-03").doesNotRequire(HEADTEACHER);
    }

    @Test
    void aConditionOnAnActionIsShownInTheRuleSummary() {
        var e18 = ENGLAND.summaries().stream().filter(r -> r.id().equals("E-18")).findFirst().orElseThrow();

        assertThat(e18.then()).anyMatch(step -> step.contains("LADO") && step.contains("when the concern is about a [STAFF]"));
    }

    @Test
    void aMisspeltConditionOnAnActionIsRefusedWithItsName() {
        assertThatThrownBy(() -> ENGLAND.withSchoolAdditions("Test", """
                version: "1"
                rules:
                  - id: S-04
                    title: Misspelt
                    when: {kind: SEXTING}
                    then:
                      - {code: OSL, kind: MANDATORY, when: {learner_involvd: true}}
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("S-04").hasMessageContaining("learner_involvd");
    }

    @Test
    void aLayerCannotChangeTheUrgencies() {
        assertThatThrownBy(() -> ENGLAND.withSchoolAdditions("Test", """
                version: "1"
                urgency:
                  IMMEDIATE: P7D
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("urgency");
    }
}
