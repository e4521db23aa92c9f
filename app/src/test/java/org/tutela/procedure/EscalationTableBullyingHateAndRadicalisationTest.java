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

/** Online bullying, online hate and radicalisation: E-26, E-28..E-32. */
class EscalationTableBullyingHateAndRadicalisationTest {

    @Nested
    class Bullying {

        @Test
        void E28_bullyingWithSuspectedSignificantHarmIsAChildProtectionCaseReportedToTheSafeguardingTeam() {
            var evaluation = aConcern(BULLYING).involving(aLearnerAged(12, VICTIM)).with(SIGNIFICANT_HARM).inEngland();

            assertThatCase(evaluation).isRecordClass(RecordClass.R1);
            assertThatCase(evaluation).requires(EDUCATION_SAFEGUARDING_TEAM).as(MANDATORY).dueBy(PROMPTLY).because("E-28");
            assertThatCase(evaluation).requires(DSL).as(MANDATORY).because("E-28");
        }

        @Test
        void E28_bullyingWithoutSignificantHarmStaysAGeneralIncident() {
            assertThatCase(aConcern(BULLYING).involving(aLearnerAged(12, VICTIM)).inEngland())
                    .isRecordClass(RecordClass.R3).didNotFire("E-28");
        }

        @Test
        void E29_bullyingWithASuspectedOffenceGoesToThePolice() {
            assertThatCase(aConcern(BULLYING).with(CRIME_SUSPECTED).inEngland())
                    .requires(POLICE_101).as(MANDATORY).because("E-29");
        }

        @Test
        void E29_hateWithASuspectedOffenceGoesToThePolice() {
            assertThatCase(aConcern(HATE).with(CRIME_SUSPECTED).inEngland()).requires(POLICE_101).because("E-29");
        }

        @Test
        void E29_bullyingWithNoSuspectedOffenceDoesNotInvolveThePolice() {
            assertThatCase(aConcern(BULLYING).inEngland()).didNotFire("E-29").doesNotRequire(POLICE_101);
        }

        @Test
        void E30_contentNotRemovedByThoseInvolvedIsAskedOfTheServiceProvider() {
            assertThatCase(aConcern(BULLYING).with(CONTENT_NOT_REMOVED).inEngland())
                    .requires(SERVICE_PROVIDER).as(ADVISORY).dueBy(PROMPTLY).because("E-30");
        }

        @Test
        void E30_removedContentNeedsNoRequestToTheProvider() {
            assertThatCase(aConcern(BULLYING).inEngland()).didNotFire("E-30");
        }

        @Test
        void E31_bullyingInvolvingPupilsMeansTheirParentsAreTold() {
            assertThatCase(aConcern(BULLYING).involving(aLearnerAged(9, VICTIM), aLearnerAged(10, ALLEGED_PERPETRATOR)).inEngland())
                    .requires(PARENTS).as(MANDATORY).dueBy(PROMPTLY).because("E-31");
        }

        @Test
        void E31_bullyingOfAMemberOfStaffByAParentHasNoPupilsParentsToTell() {
            assertThatCase(aConcern(BULLYING).involving(aTeacher(VICTIM), aParent(ALLEGED_PERPETRATOR)).inEngland())
                    .didNotFire("E-31").doesNotRequire(PARENTS);
        }
    }

    @Nested
    class Hate {

        @Test
        void E32_hateWhereItIsUnclearWhetherItIsACrimeNeedsMashAdvice() {
            var evaluation = aConcern(HATE).with(UNSURE_IF_CRIME).inEngland();

            assertThatCase(evaluation).requires(MASH_ADVICE).as(MANDATORY).dueBy(PROMPTLY).because("E-32");
            assertThatCase(evaluation).requires(POLICE_ADVICE).because("E-32");
        }

        @Test
        void E32_hateWhereTheResponseIsUnclearAlsoNeedsAdvice() {
            assertThatCase(aConcern(HATE).with(UNSURE_HOW_TO_PROCEED).inEngland()).fired("E-32");
        }

        @Test
        void E32_bullyingWhereItIsUnclearWhetherItIsACrimeIsNotAHateMatter() {
            assertThatCase(aConcern(BULLYING).with(UNSURE_IF_CRIME).inEngland()).didNotFire("E-32");
        }
    }

    @Nested
    class Radicalisation {

        @Test
        void E26_aLearnerVulnerableToRadicalisationGoesToTheDslAtOnceWithAChannelDecision() {
            var evaluation = aConcern(RADICALISATION).about(aLearnerAged(15, SUBJECT)).inEngland();

            assertThatCase(evaluation).requires(DSL).as(MANDATORY).dueBy(IMMEDIATELY).because("E-26");
            assertThatCase(evaluation).requires(CHANNEL).as(DECISION).dueBy(IMMEDIATELY).because("E-26");
        }

        @Test
        void E26_hateContentIsNotARadicalisationConcernByItself() {
            assertThatCase(aConcern(HATE).inEngland()).didNotFire("E-26").doesNotRequire(CHANNEL);
        }
    }
}
