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

/** Sexting, online sexual abuse and exploitation, sexual violence and harassment: E-07..E-17 and E-48. */
class EscalationTableSexualHarmTest {

    @Nested
    class Sexting {

        @Test
        void E07_sextingWithAChildUnder13NeedsASocialCareConsultation() {
            assertThatCase(aConcern(SEXTING).involving(aLearnerAged(12, VICTIM), aLearnerAged(14, ALLEGED_PERPETRATOR)).inEngland())
                    .requires(SOCIAL_CARE).as(MANDATORY).dueBy(PROMPTLY).because("E-07");
        }

        @Test
        void E07_whenEveryoneIs13OrOverSocialCareIsOnlyADecision() {
            assertThatCase(aConcern(SEXTING).involving(aLearnerAged(13, VICTIM), aLearnerAged(15, ALLEGED_PERPETRATOR)).inEngland())
                    .didNotFire("E-07")
                    .requires(SOCIAL_CARE).as(DECISION).because("PROC-SX");
        }

        @Test
        void E07_aYoungerWitnessDoesNotCount() {
            assertThatCase(aConcern(SEXTING).involving(aLearnerAged(14, VICTIM), aLearnerAged(11, WITNESS)).inEngland())
                    .didNotFire("E-07");
        }

        @Test
        void E08_sextingInvolvingAnAdultIsTreatedAsPossibleExploitation() {
            assertThatCase(aConcern(SEXTING).involving(aLearnerAged(15, VICTIM), anUnknownAdult(ALLEGED_PERPETRATOR)).inEngland())
                    .showsBanner("Possible exploitation: use the local CSE toolkit")
                    .requires(CSE_TOOLKIT).as(MANDATORY).dueBy(IMMEDIATELY).because("E-08").and()
                    .requires(CSA_PROCEDURE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-08");
        }

        @Test
        void E08_anEighteenYearOldLearnerIsAnAdult() {
            assertThatCase(aConcern(SEXTING).involving(aLearnerAged(16, VICTIM), aLearnerAged(18, ALLEGED_PERPETRATOR)).inEngland())
                    .fired("E-08");
        }

        @Test
        void E08_anAdultWitnessDoesNotMakeItExploitation() {
            assertThatCase(aConcern(SEXTING).involving(aLearnerAged(15, VICTIM), aLearnerAged(16, ALLEGED_PERPETRATOR),
                    aTeacher(WITNESS)).inEngland())
                    .didNotFire("E-08")
                    .doesNotRequire(CSE_TOOLKIT)
                    .doesNotRequire(CSA_PROCEDURE);
        }

        @Test
        void E09_aPotentiallyIllegalImageMeansThePoliceAreConsultedAndSocialCareDecided() {
            var evaluation = aConcern(SEXTING).involving(aLearnerAged(15, VICTIM)).with(IMAGE_POTENTIALLY_ILLEGAL).inEngland();

            assertThatCase(evaluation).requires(POLICE_ADVICE).as(MANDATORY).dueBy(PROMPTLY).because("E-09");
            assertThatCase(evaluation).requires(SOCIAL_CARE).as(DECISION).because("E-09");
        }

        @Test
        void E09_aMerelyInappropriateImageDoesNotRequireThePolice() {
            assertThatCase(aConcern(SEXTING).involving(aLearnerAged(15, VICTIM)).inEngland())
                    .didNotFire("E-09").doesNotRequire(POLICE_ADVICE);
        }

        @Test
        void E10_sexualImageryOnSchoolSystemsIsBlockedAndIsolatedAtOnce() {
            assertThatCase(aConcern(SEXTING).with(CONTENT_ON_SCHOOL_SYSTEMS).inEngland())
                    .requires(BLOCK_AND_ISOLATE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-10");
        }

        @Test
        void E10_bullyingMessagesOnSchoolSystemsAreNotATechnicalIsolationTask() {
            assertThatCase(aConcern(BULLYING).with(CONTENT_ON_SCHOOL_SYSTEMS).inEngland())
                    .didNotFire("E-10").doesNotRequire(BLOCK_AND_ISOLATE);
        }

        @Test
        void E15_sextingWithLearnersOfAnotherSchoolMeansWorkingWithTheirDsl() {
            assertThatCase(aConcern(SEXTING).with(OTHER_SETTINGS_INVOLVED).inEngland())
                    .requires(OTHER_SETTING_DSL).as(MANDATORY).dueBy(PROMPTLY).because("E-15");
        }

        @Test
        void E15_bullyingAcrossSchoolsIsNotCoveredByThisRow() {
            assertThatCase(aConcern(BULLYING).with(OTHER_SETTINGS_INVOLVED).inEngland()).didNotFire("E-15");
        }
    }

    @Nested
    class AbuseAndExploitation {

        @Test
        void E11_anOnlineAbuseConcernGoesToThePoliceAtOnceWithDecisionsOnCeopAndSocialCare() {
            var evaluation = aConcern(ABUSE_OR_EXPLOITATION).involving(aLearnerAged(14, VICTIM)).inEngland();

            assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).dueBy(IMMEDIATELY).because("E-11");
            assertThatCase(evaluation).requires(CEOP).as(DECISION).because("E-11");
            assertThatCase(evaluation).requires(SOCIAL_CARE).as(DECISION).because("E-11");
            assertThatCase(evaluation).requires(RISK_ASSESSMENT).as(MANDATORY).because("E-11");
            assertThatCase(evaluation).requires(PARENTS).as(MANDATORY).dueBy(IMMEDIATELY).because("E-11");
        }

        @Test
        void E11_onlineBullyingIsNotAnAbuseReferral() {
            assertThatCase(aConcern(BULLYING).inEngland()).didNotFire("E-11").doesNotRequire(CEOP);
        }

        @Test
        void E12_possibleExploitationIntelligenceIsPassedToThePolice() {
            assertThatCase(aConcern(ABUSE_OR_EXPLOITATION).with(CSE_INTELLIGENCE).inEngland())
                    .requires(POLICE_INTELLIGENCE).as(MANDATORY).dueBy(PROMPTLY).because("E-12");
        }

        @Test
        void E12_withoutSuchInformationThereIsNothingToPass() {
            assertThatCase(aConcern(ABUSE_OR_EXPLOITATION).inEngland()).doesNotRequire(POLICE_INTELLIGENCE);
        }

        @Test
        void E13_whenOthersMayHaveBeenTargetedNothingIsSharedBeforeAdvice() {
            var evaluation = aConcern(ABUSE_OR_EXPLOITATION).with(OTHERS_TARGETED).inEngland();

            assertThatCase(evaluation).requires(SHARING_GATE).as(MANDATORY).because("E-13").withoutDeadline()
                    .needsOneOf(POLICE_ADVICE, MASH_ADVICE, EDUCATION_SAFEGUARDING_TEAM);
            assertThatCase(evaluation).requires(MASH_ADVICE).as(DECISION).because("E-13");
        }

        @Test
        void E13_whenNobodyElseIsTargetedThereIsNoSharingGate() {
            assertThatCase(aConcern(ABUSE_OR_EXPLOITATION).inEngland()).doesNotRequire(SHARING_GATE);
        }

        @Test
        void E14_informationGoingBeyondTheCommunityIsGatedOnPoliceOrMashAdvice() {
            var evaluation = aConcern(HATE).with(SHARING_BEYOND_COMMUNITY).inEngland();

            assertThatCase(evaluation).requires(SHARING_GATE).as(MANDATORY).because("E-14")
                    .needsOneOf(POLICE_ADVICE, MASH_ADVICE);
            assertThatCase(evaluation).requires(POLICE_ADVICE).as(DECISION).because("E-14");
        }

        @Test
        void E48_harmfulSexualBehaviourByAChildFollowsTheLocalProcedureWithSupportForBoth() {
            var evaluation = aConcern(SEXUAL_VIOLENCE_OR_HARASSMENT)
                    .involving(aLearnerAged(12, VICTIM), aLearnerAged(13, ALLEGED_PERPETRATOR))
                    .with(HARMFUL_SEXUAL_BEHAVIOUR).inEngland();

            assertThatCase(evaluation).requires(HARMFUL_BEHAVIOUR_PROCEDURE).as(MANDATORY).dueBy(PROMPTLY).because("E-48");
            assertThatCase(evaluation).requires(SUPPORT).as(MANDATORY).because("E-48");
        }

        @Test
        void E48_withoutHarmfulBehaviourByAChildTheLocalProcedureIsNotOpened() {
            assertThatCase(aConcern(SEXUAL_VIOLENCE_OR_HARASSMENT).inEngland()).doesNotRequire(HARMFUL_BEHAVIOUR_PROCEDURE);
        }
    }

    @Nested
    class SexualViolenceAndHarassment {

        @Test
        void E16_aRecordedOffenceMeansThePoliceComeBeforeSanctionsParentsAndOtherSettings() {
            assertThatCase(aConcern(SEXUAL_VIOLENCE_OR_HARASSMENT).with(CRIME_RECORDED).inEngland())
                    .requires(POLICE_BEFORE_OTHER_STEPS).as(MANDATORY).dueBy(BEFORE_OTHER_STEPS).because("E-16")
                    .mustPrecede(SANCTIONS, PARENTS, OTHER_SETTING_DSL);
        }

        @Test
        void E16_withoutARecordedOffenceTheOtherStepsNeedNotWait() {
            assertThatCase(aConcern(SEXUAL_VIOLENCE_OR_HARASSMENT).inEngland()).doesNotRequire(POLICE_BEFORE_OTHER_STEPS);
        }

        @Test
        void E16_sextingWithARecordedOffenceIsNotHeldByThisRule() {
            assertThatCase(aConcern(SEXTING).with(CRIME_RECORDED).inEngland()).didNotFire("E-16");
        }

        @Test
        void E17_anySexualHarassmentNeedsDecisionsOnSocialCarePoliceAndParents() {
            var evaluation = aConcern(SEXUAL_VIOLENCE_OR_HARASSMENT).involving(aLearnerAged(15, VICTIM)).inEngland();

            assertThatCase(evaluation).requires(SOCIAL_CARE).as(DECISION).dueBy(PROMPTLY).because("E-17");
            assertThatCase(evaluation).requires(POLICE_101).as(DECISION).because("E-17");
            assertThatCase(evaluation).requires(PARENTS).as(DECISION).because("E-17");
        }

        @Test
        void E17_doesNotApplyToOtherKinds() {
            assertThatCase(aConcern(BULLYING).inEngland()).didNotFire("E-17");
        }
    }
}
