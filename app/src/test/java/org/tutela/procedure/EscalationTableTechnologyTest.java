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

/** Systems, filtering, monitoring, devices and the learning platform: E-33..E-38, E-45..E-47, E-51. */
class EscalationTableTechnologyTest {

    @Nested
    class SystemsAndSecurity {

        @Test
        void E33_aComputerMisuseActBreachGoesToTheTrustTechnologyTeamAndThePolice() {
            var evaluation = aConcern(COMPUTER_MISUSE).inEngland();

            assertThatCase(evaluation).requires(TRUST_TECHNOLOGY).as(MANDATORY).dueBy(PROMPTLY).because("E-33");
            assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).because("E-33");
        }

        @Test
        void E33_anAttemptToGetRoundTheFilterIsMisuseForTheOslAndTechnicalStaffNotThePolice() {
            var evaluation = aConcern(COMPUTER_MISUSE).with(FILTER_BYPASS_ATTEMPT).inEngland();

            assertThatCase(evaluation).didNotFire("E-33");
            assertThatCase(evaluation).doesNotRequire(POLICE_101);
            assertThatCase(evaluation).doesNotRequire(TRUST_TECHNOLOGY);
            assertThatCase(evaluation).requires(TECHNICAL_STAFF).as(MANDATORY).because("PROC-CMA");
            assertThatCase(evaluation).requires(OSL).as(MANDATORY).because("PROC-CMA");
        }

        @Test
        void E33_aBypassAttemptFoundToBreachTheActGoesToThePoliceAfterAll() {
            var evaluation = aConcern(COMPUTER_MISUSE).with(FILTER_BYPASS_ATTEMPT, COMPUTER_MISUSE_ACT).inEngland();

            assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).because("E-33").because("PROC-CMA");
            assertThatCase(evaluation).requires(TRUST_TECHNOLOGY).as(MANDATORY).because("E-33");
        }

        @Test
        void E33_unauthorisedAccessRecordedAsAFactOnAnotherKindAlsoCounts() {
            assertThatCase(aConcern(DATA_OR_SECURITY_BREACH).with(COMPUTER_MISUSE_ACT).inEngland()).fired("E-33");
        }

        @Test
        void E34_aSecurityBreachIsReportedToTheDslAndLeadershipWithTheTrustTeamAdvised() {
            var evaluation = aConcern(OTHER).with(SECURITY_BREACH).inEngland();

            assertThatCase(evaluation).requires(DSL).as(MANDATORY).dueBy(PROMPTLY).because("E-34");
            assertThatCase(evaluation).requires(LEADERSHIP).as(MANDATORY).because("E-34");
            assertThatCase(evaluation).requires(TRUST_TECHNOLOGY).as(ADVISORY).because("E-34");
        }

        @Test
        void E34_aFilteringBreachIsNotAnInfrastructureBreach() {
            assertThatCase(aConcern(ConcernKind.FILTERING_BREACH).inEngland()).didNotFire("E-34").doesNotRequire(LEADERSHIP);
        }

        @Test
        void E46_aCompromisedPasswordAlertsTheOnlineSafetyLeadAndForcesAReset() {
            var evaluation = aConcern(COMPUTER_MISUSE).with(PASSWORD_COMPROMISED).inEngland();

            assertThatCase(evaluation).requires(OSL).as(MANDATORY).dueBy(PROMPTLY).because("E-46");
            assertThatCase(evaluation).requires(PASSWORD_RESET).as(MANDATORY).because("E-46");
        }

        @Test
        void E46_computerMisuseWithoutACompromisedPasswordNeedsNoReset() {
            assertThatCase(aConcern(COMPUTER_MISUSE).inEngland()).doesNotRequire(PASSWORD_RESET);
        }

        @Test
        void E51_aServerSeizureAdvisesInvokingTheContinuityPlan() {
            assertThatCase(aConcern(INDECENT_IMAGES).with(SERVER_SEIZED).inEngland())
                    .requires(CONTINUITY_PLAN).as(ADVISORY).dueBy(IMMEDIATELY).because("E-51");
        }

        @Test
        void E51_withoutASeizureThereIsNoContinuityPrompt() {
            assertThatCase(aConcern(INDECENT_IMAGES).inEngland()).doesNotRequire(CONTINUITY_PLAN);
        }
    }

    @Nested
    class FilteringAndMonitoring {

        @Test
        void E35_aFilteringBreachGoesToTheOnlineSafetyLeadAndTechnicalStaff() {
            var evaluation = aConcern(ConcernKind.FILTERING_BREACH).involving(aLearnerAged(8, SUBJECT)).inEngland();

            assertThatCase(evaluation).requires(OSL).as(MANDATORY).dueBy(PROMPTLY).because("E-35");
            assertThatCase(evaluation).requires(TECHNICAL_STAFF).as(MANDATORY).because("E-35");
            assertThatCase(evaluation).requires(PARENTS).as(DECISION).dueBy(PROMPTLY).because("E-35");
            assertThatCase(evaluation).doesNotRequireBecauseOf(DSL, "E-35");
        }

        @Test
        void E35_aFilteringBreachMarkedAsSafeguardingAlsoGoesToTheDsl() {
            assertThatCase(aConcern(ConcernKind.FILTERING_BREACH).with(SAFEGUARDING).inEngland())
                    .requires(DSL).as(MANDATORY).because("E-35");
        }

        @Test
        void E35_aStaffOnlyBreachNeedsNoParentDecision() {
            assertThatCase(aConcern(ConcernKind.FILTERING_BREACH).involving(aTeacher(SUBJECT)).inEngland()).doesNotRequire(PARENTS);
        }

        @Test
        void E36_materialBelievedIllegalGoesToTheIwfAndThePoliceAtOnce() {
            var evaluation = aConcern(ConcernKind.FILTERING_BREACH).with(BELIEVED_ILLEGAL_MATERIAL).inEngland();

            assertThatCase(evaluation).requires(IWF).as(MANDATORY).dueBy(IMMEDIATELY).because("E-36");
            assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).dueBy(IMMEDIATELY).because("E-36");
            assertThatCase(evaluation).requires(CEOP).as(DECISION).because("E-36");
        }

        @Test
        void E36_unsuitableButLegalContentIsNotReportedToTheIwf() {
            assertThatCase(aConcern(ConcernKind.FILTERING_BREACH).inEngland()).doesNotRequire(IWF);
        }

        @Test
        void E37_unsuitableContentIsReportedAtOnceAndTheUrlGoesToTechnicalStaff() {
            var evaluation = aConcern(OTHER).with(UNSUITABLE_CONTENT_SEEN).inEngland();

            assertThatCase(evaluation).requires(TECHNICAL_STAFF).as(MANDATORY).dueBy(IMMEDIATELY).because("E-37")
                    .saying("Screen off");
            assertThatCase(evaluation).requires(DSL).as(ADVISORY).because("E-37");
        }

        @Test
        void E38_aMonitoringAlertBecomesAConcernForTheDsl() {
            assertThatCase(aConcern(OTHER).with(MONITORING_ALERT).inEngland())
                    .requires(DSL).as(MANDATORY).dueBy(AS_SOON_AS_POSSIBLE).because("E-38");
        }

        @Test
        void E38_aConcernReportedByAPersonIsNotAMonitoringAlert() {
            assertThatCase(aConcern(OTHER).inEngland()).didNotFire("E-38");
        }
    }

    @Nested
    class DevicesAndThePlatform {

        @Test
        void E45_aLearnersDeviceThatMayHoldEvidenceGoesToThePoliceNotToTheParents() {
            var evaluation = aConcern(PERSONAL_DEVICE_MISUSE).involving(aLearnerAged(14, SUBJECT))
                    .with(DEVICE_MAY_HOLD_EVIDENCE).inEngland();

            assertThatCase(evaluation).requires(DEVICE_TO_POLICE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-45");
            assertThatCase(evaluation).requires(SECURE_DEVICE).as(MANDATORY).because("E-45");
        }

        @Test
        void E45_aConfiscatedPhoneWithNoEvidenceIsNotHandedToThePolice() {
            assertThatCase(aConcern(PERSONAL_DEVICE_MISUSE).involving(aLearnerAged(14, SUBJECT)).inEngland())
                    .doesNotRequire(DEVICE_TO_POLICE);
        }

        @Test
        void E47_inappropriateContentOnTheLearningPlatformIsRemovedPromptly() {
            var evaluation = aConcern(LEARNING_PLATFORM_CONTENT).involving(aLearnerAged(13, SUBJECT)).inEngland();

            assertThatCase(evaluation).requires(REMOVE_CONTENT).as(MANDATORY).dueBy(PROMPTLY).because("E-47");
            assertThatCase(evaluation).requires(SANCTIONS).as(DECISION).because("E-47");
            assertThatCase(evaluation).requires(LEADERSHIP).as(DECISION).because("E-47");
            assertThatCase(evaluation).requires(PARENTS).as(DECISION).because("E-47");
        }

        @Test
        void E47_abusiveContentOnTheLearningPlatformIsRemovedAtOnce() {
            assertThatCase(aConcern(LEARNING_PLATFORM_CONTENT).with(ABUSIVE_PLATFORM_CONTENT).inEngland())
                    .requires(REMOVE_CONTENT).dueBy(IMMEDIATELY).because("E-47");
        }

        @Test
        void E47_contentElsewhereIsNotRemovedFromThePlatform() {
            assertThatCase(aConcern(SOCIAL_MEDIA).inEngland()).doesNotRequire(REMOVE_CONTENT);
        }
    }
}
