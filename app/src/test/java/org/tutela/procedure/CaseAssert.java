package org.tutela.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.tutela.school.access.RecordClass;

/** Assertions on what the rules made of a case, read as the escalation table reads: requires X, as M, by when, because E-NN. */
final class CaseAssert {

    private final Evaluation evaluation;

    private CaseAssert(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    static CaseAssert assertThatCase(Evaluation evaluation) {
        return new CaseAssert(evaluation);
    }

    ActionAssert requires(ActionCode code) {
        var action = evaluation.action(code);
        assertThat(action).as("%s required; the actions are %s", code, codes()).isPresent();
        return new ActionAssert(this, action.orElseThrow());
    }

    CaseAssert doesNotRequire(ActionCode code) {
        assertThat(evaluation.requires(code)).as("%s not required; the actions are %s", code, codes()).isFalse();
        return this;
    }

    /** The action may be there for other reasons, but not because of this rule. */
    CaseAssert doesNotRequireBecauseOf(ActionCode code, String ruleId) {
        evaluation.action(code).ifPresent(action -> assertThat(ruleIds(action))
                .as("%s is required because of %s", code, ruleIds(action)).doesNotContain(ruleId));
        return this;
    }

    CaseAssert fired(String ruleId) {
        assertThat(evaluation.firedRules()).as("rules fired").contains(ruleId);
        return this;
    }

    CaseAssert didNotFire(String ruleId) {
        assertThat(evaluation.firedRules()).as("rules fired").doesNotContain(ruleId);
        return this;
    }

    CaseAssert isRecordClass(RecordClass recordClass) {
        assertThat(evaluation.recordClass()).isEqualTo(recordClass);
        return this;
    }

    CaseAssert showsBanner(String banner) {
        assertThat(evaluation.banners()).contains(banner);
        return this;
    }

    private List<String> codes() {
        return evaluation.actions().stream().map(a -> a.code() + " " + a.kind() + " " + ruleIds(a)).toList();
    }

    static List<String> ruleIds(RequiredAction action) {
        return action.because().stream().map(Because::ruleId).toList();
    }

    static final class ActionAssert {
        private final CaseAssert owner;
        private final RequiredAction action;

        ActionAssert(CaseAssert owner, RequiredAction action) {
            this.owner = owner;
            this.action = action;
        }

        ActionAssert as(ActionKind kind) {
            assertThat(action.kind()).as("kind of %s", action.code()).isEqualTo(kind);
            return this;
        }

        ActionAssert dueBy(Instant due) {
            assertThat(action.dueAt()).as("deadline of %s", action.code()).isEqualTo(due);
            return this;
        }

        ActionAssert withoutDeadline() {
            assertThat(action.dueAt()).as("deadline of %s", action.code()).isNull();
            return this;
        }

        ActionAssert because(String ruleId) {
            assertThat(ruleIds(action)).as("rules asking for %s", action.code()).contains(ruleId);
            return this;
        }

        ActionAssert mustPrecede(ActionCode... codes) {
            assertThat(action.mustPrecede()).as("codes %s must precede", action.code()).containsExactlyInAnyOrder(codes);
            return this;
        }

        ActionAssert needsOneOf(ActionCode... codes) {
            assertThat(action.needsOneOf()).as("codes %s needs first", action.code()).contains(codes);
            return this;
        }

        ActionAssert saying(String words) {
            assertThat(action.text()).as("text of %s", action.code()).contains(words);
            return this;
        }

        CaseAssert and() {
            return owner;
        }
    }
}
