package org.tutela.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.procedure.Cases.ENGLAND;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The base set holds the whole escalation table and a procedure for each kind the requirements name. */
class EscalationTableCoverageTest {

    @Test
    void theBaseSetHasARuleForEveryRowOfTheEscalationTable() {
        var ids = ENGLAND.summaries().stream().map(EscalationRules.RuleSummary::id).toList();

        IntStream.rangeClosed(1, 54).mapToObj(n -> "E-%02d".formatted(n))
                .forEach(id -> assertThat(ids).as("the base set has %s", id).contains(id));
    }

    @Test
    void everyRuleOfTheBaseSetSaysWhereItComesFrom() {
        assertThat(ENGLAND.summaries()).allSatisfy(rule -> {
            assertThat(rule.reference()).as("reference of %s", rule.id()).isNotBlank();
            assertThat(rule.title()).as("title of %s", rule.id()).isNotBlank();
            assertThat(rule.ruleSet()).isEqualTo("england");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROC-SV", "PROC-SX", "PROC-CSA", "PROC-IIOC", "PROC-BUL", "PROC-HATE", "PROC-RAD", "PROC-FB",
            "PROC-STF", "PROC-PAR", "PROC-CMA"})
    void everyProcedureEndsWithAReviewOfTheHandling(String procedure) {
        var summary = ENGLAND.summaries().stream().filter(r -> r.id().equals(procedure)).findFirst();

        assertThat(summary).as("the base set has %s", procedure).isPresent();
        assertThat(summary.orElseThrow().then()).last().asString().contains("DEBRIEF");
    }
}
