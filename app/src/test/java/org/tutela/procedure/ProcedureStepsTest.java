package org.tutela.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.procedure.Cases.*;

import org.junit.jupiter.api.Test;
import org.tutela.school.Role;

/** PROC-GEN-01: each kind's procedure as steps, and the roles and evidence fields a step can carry. */
class ProcedureStepsTest {

    private static final String SCHOOL_STEPS = """
            version: "1"
            rules:
              - id: S-SEXTING-1
                title: Tell the online safety lead, recording the date
                when: {kind: SEXTING}
                then:
                  - {code: OSL, kind: MANDATORY, urgency: PROMPT, roles: [DSL, DEPUTY_DSL], evidence: ["Date the OSL was told"]}
              - id: S-02
                title: Headteacher for sexting cases with an adult
                when: {kind: SEXTING, adult_involved: true}
                then:
                  - {code: HEADTEACHER, kind: ADVISORY}
            """;

    private final EscalationRules school = ENGLAND.withSchoolAdditions("Example", SCHOOL_STEPS);

    @Test
    void theSextingProcedureListsItsNationalStepsInOrderThenTheSchoolsOwn() {
        var steps = school.procedure(ConcernKind.SEXTING);

        assertThat(steps).extracting(EscalationRules.Step::ruleId).startsWith("PROC-SX").endsWith("S-SEXTING-1");
        assertThat(steps.get(0).codes()).containsExactly(ActionCode.DSL);
        assertThat(steps).filteredOn(s -> s.ruleId().equals("PROC-SX")).allMatch(s -> !s.schoolsOwn())
                .anyMatch(EscalationRules.Step::mandatory);
        assertThat(steps).filteredOn(EscalationRules.Step::schoolsOwn).singleElement().satisfies(step -> {
            assertThat(step.roles()).containsExactlyInAnyOrder(Role.DSL, Role.DEPUTY_DSL);
            assertThat(step.evidence()).containsExactly("Date the OSL was told");
        });
    }

    @Test
    void aRuleWithMoreThanTheKindIsNotPartOfTheProcedureTemplate() {
        assertThat(school.procedure(ConcernKind.SEXTING)).extracting(EscalationRules.Step::ruleId)
                .doesNotContain("S-02", "E-07");
    }

    @Test
    void theRolesAndEvidenceOfAStepReachTheRequiredAction() {
        var action = aConcern(ConcernKind.SEXTING).in(school).actions().stream()
                .filter(a -> a.code() == ActionCode.OSL).findFirst().orElseThrow();

        assertThat(action.completedBy()).containsExactlyInAnyOrder(Role.DSL, Role.DEPUTY_DSL);
        assertThat(action.evidence()).containsExactly("Date the OSL was told");
    }

    @Test
    void twoRulesRestrictingWhoCompletesAStepLeaveOnlyTheRolesBothAllow() {
        var rules = school.withSchoolAdditions("Stricter", """
                version: "1"
                rules:
                  - id: S-09
                    title: Only the DSL tells the OSL, and records how
                    when: {kind: SEXTING}
                    then:
                      - {code: OSL, kind: ADVISORY, roles: [DSL, HEADTEACHER], evidence: ["How the OSL was told"]}
                """);

        var action = aConcern(ConcernKind.SEXTING).in(rules).actions().stream()
                .filter(a -> a.code() == ActionCode.OSL).findFirst().orElseThrow();

        assertThat(action.completedBy()).containsExactly(Role.DSL);
        assertThat(action.evidence()).containsExactly("Date the OSL was told", "How the OSL was told");
        assertThat(action.kind()).isEqualTo(ActionKind.MANDATORY);
    }

    @Test
    void anUnknownRoleOrTooManyEvidenceFieldsAreRefusedNamingTheRule() {
        assertThatThrownBy(() -> ENGLAND.withSchoolAdditions("Bad", """
                version: "1"
                rules:
                  - id: S-01
                    title: x
                    then: [{code: OSL, kind: ADVISORY, roles: [CARETAKER]}]
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("S-01").hasMessageContaining("CARETAKER");
        assertThatThrownBy(() -> ENGLAND.withSchoolAdditions("Bad", """
                version: "1"
                rules:
                  - id: S-01
                    title: x
                    then: [{code: OSL, kind: ADVISORY, evidence: [a, b, c, d, e, f, g]}]
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("at most 6");
    }
}
