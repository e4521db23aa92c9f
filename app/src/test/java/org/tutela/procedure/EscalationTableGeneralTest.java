package org.tutela.procedure;

import static org.tutela.procedure.ActionCode.*;
import static org.tutela.procedure.ActionKind.*;
import static org.tutela.procedure.CaseAssert.assertThatCase;
import static org.tutela.procedure.Cases.*;
import static org.tutela.procedure.ConcernKind.*;
import static org.tutela.procedure.Fact.*;
import static org.tutela.procedure.Party.Involvement.*;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.school.access.RecordClass;

/** The rows of the escalation table that apply to any kind of concern: E-01..E-06, E-49, E-54. */
class EscalationTableGeneralTest {

    @Nested
    class SafeguardingConcerns {

        @Test
        void E01_aChildProtectionKindGoesToTheDslAtOnceAsAnR1Case() {
            assertThatCase(aConcern(RADICALISATION).involving(aLearnerAged(15, SUBJECT)).inEngland())
                    .isRecordClass(RecordClass.R1)
                    .requires(DSL).as(MANDATORY).dueBy(IMMEDIATELY).because("E-01");
        }

        @Test
        void E01_anyConcernWithASafeguardingElementGoesToTheDsl() {
            assertThatCase(aConcern(OFFENSIVE_COMMUNICATION).with(SAFEGUARDING).inEngland())
                    .isRecordClass(RecordClass.R1)
                    .requires(DSL).as(MANDATORY).dueBy(IMMEDIATELY).because("E-01");
        }

        @Test
        void E01_aPasswordConcernWithoutSafeguardingIsNotAChildProtectionRecord() {
            assertThatCase(aConcern(COMPUTER_MISUSE).with(PASSWORD_COMPROMISED).inEngland())
                    .didNotFire("E-01")
                    .isRecordClass(RecordClass.R3);
        }

        @Test
        void E02_immediateDangerMeansCalling999AtOnce() {
            assertThatCase(aConcern(ABUSE_OR_EXPLOITATION).with(IMMEDIATE_RISK).inEngland())
                    .requires(POLICE_999).as(MANDATORY).dueBy(IMMEDIATELY).because("E-02");
        }

        @Test
        void E02_withoutImmediateDangerThereIsNo999Call() {
            assertThatCase(aConcern(ABUSE_OR_EXPLOITATION).inEngland()).doesNotRequire(POLICE_999);
        }
    }

    @Nested
    class IllegalActivityAndUncertainty {

        @Test
        void E03_suspectedIllegalActivityWithoutDangerGoesToThePoliceOn101AsSoonAsPossible() {
            assertThatCase(aConcern(OTHER).with(CRIME_SUSPECTED).inEngland())
                    .requires(POLICE_101).as(MANDATORY).dueBy(AS_SOON_AS_POSSIBLE).because("E-03");
        }

        @Test
        void E03_doesNotApplyWhenSomeoneIsInImmediateDanger() {
            assertThatCase(aConcern(OTHER).with(CRIME_SUSPECTED, IMMEDIATE_RISK).inEngland())
                    .didNotFire("E-03")
                    .requires(POLICE_999).because("E-02");
        }

        @Test
        void E04_meetingTheLocalThresholdsEscalatesToTheTrustAndToSocialCare() {
            var evaluation = aConcern(BULLYING).with(MEETS_LOCAL_THRESHOLD).inEngland();

            assertThatCase(evaluation).requires(TRUST_SAFEGUARDING).as(MANDATORY).dueBy(PER_CASE).because("E-04");
            assertThatCase(evaluation).requires(SOCIAL_CARE).as(MANDATORY).because("E-04");
        }

        @Test
        void E04_belowTheThresholdsThereIsNoEscalationToTheTrust() {
            assertThatCase(aConcern(BULLYING).inEngland()).doesNotRequire(TRUST_SAFEGUARDING).didNotFire("E-04");
        }

        @Test
        void E05_whenUnsureTheDslSeeksAdviceFromMashByDefault() {
            assertThatCase(aConcern(OTHER).with(UNSURE_HOW_TO_PROCEED).inEngland())
                    .requires(MASH_ADVICE).as(MANDATORY).dueBy(PROMPTLY).because("E-05");
        }

        @Test
        void E05_aSchoolThatKnowsHowToProceedNeedsNoAdvice() {
            assertThatCase(aConcern(OTHER).inEngland()).doesNotRequire(MASH_ADVICE).didNotFire("E-05");
        }

        @Test
        void E06_whenItIsUnclearWhetherACrimeWasCommittedTheDslAsksThePoliceAtOnce() {
            assertThatCase(aConcern(INDECENT_IMAGES).with(UNSURE_IF_CRIME).inEngland())
                    .requires(POLICE_ADVICE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-06");
        }

        @Test
        void E06_aClearCaseNeedsNoAdviceOnWhetherItIsACrime() {
            assertThatCase(aConcern(INDECENT_IMAGES).inEngland()).didNotFire("E-06").doesNotRequire(POLICE_ADVICE);
        }
    }

    @Nested
    class EveryCase {

        @Test
        void E49_aCaseInvolvingALearnerNeedsADecisionOnTellingTheParents() {
            assertThatCase(aConcern(OTHER).involving(aLearnerAged(9, VICTIM)).inEngland())
                    .requires(PARENTS).as(DECISION).dueBy(PER_CASE).because("E-49");
        }

        @Test
        void E49_aCaseWithNoLearnerNeedsNoParentDecision() {
            assertThatCase(aConcern(OTHER).involving(aTeacher(VICTIM)).inEngland()).doesNotRequire(PARENTS);
        }

        @Test
        void E54_everyCaseEndsWithALeadershipDebriefAfterClosure() {
            assertThatCase(aConcern(OTHER).inEngland())
                    .requires(DEBRIEF).as(MANDATORY).dueBy(AFTER_CLOSURE).because("E-54");
        }
    }
}
