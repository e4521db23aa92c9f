package org.tutela.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.procedure.Cases.aConcern;
import static org.tutela.procedure.Cases.aLearnerAged;
import static org.tutela.procedure.Party.Involvement.*;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tutela.school.access.RecordClass;

/** How the engine reads rules files, merges actions and protects mandatory rules; the rules themselves are tested per rule. */
class EscalationEngineTest {

    private final EscalationRules england = EscalationRules.forArea("Nowhere in particular");

    @Test
    void anActionAskedForByTwoRulesAppearsOnceWithBothReasonsAndTheEarlierDeadline() {
        var rules = england.withSchoolAdditions("Test", """
                version: "1"
                rules:
                  - id: S-01
                    title: Tell social care at once about sexting
                    when: {kind: SEXTING}
                    then:
                      - {code: SOCIAL_CARE, kind: ADVISORY, urgency: IMMEDIATE}
                """);
        var evaluation = rules.evaluate(aConcern(ConcernKind.SEXTING).involving(aLearnerAged(11, VICTIM)).facts());

        var socialCare = evaluation.action(ActionCode.SOCIAL_CARE).orElseThrow();
        assertThat(socialCare.kind()).isEqualTo(ActionKind.MANDATORY);
        assertThat(socialCare.because()).extracting(Because::ruleId).containsExactly("E-07", "S-01");
        assertThat(socialCare.dueAt()).isEqualTo(Cases.REPORTED.plus(Duration.ofHours(1)));
    }

    @Test
    void aChildProtectionKindMakesAnR1Case() {
        var evaluation = england.evaluate(aConcern(ConcernKind.SEXTING).facts());

        assertThat(evaluation.recordClass()).isEqualTo(RecordClass.R1);
    }

    @Test
    void aSchoolCannotReplaceARuleOfTheBaseSet() {
        assertThatThrownBy(() -> england.withSchoolAdditions("Test", """
                version: "1"
                rules:
                  - id: E-07
                    title: Only advise about social care
                    when: {kind: SEXTING}
                    then:
                      - {code: SOCIAL_CARE, kind: ADVISORY}
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("E-07").hasMessageContaining("never replace");
    }

    @Test
    void aRouteCanOnlyBeSetToOneOfItsOptions() {
        assertThatThrownBy(() -> england.withSchoolAdditions("Test", """
                version: "1"
                routes:
                  UNSURE_ADVICE: [PARENTS]
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("UNSURE_ADVICE");
    }

    @Test
    void anUnknownConditionIsRefusedWithItsName() {
        assertThatThrownBy(() -> england.withSchoolAdditions("Test", """
                version: "1"
                rules:
                  - id: S-02
                    title: Misspelt
                    when: {anyone_undr: 13}
                    then:
                      - {code: SOCIAL_CARE, kind: MANDATORY}
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("anyone_undr");
    }
}
