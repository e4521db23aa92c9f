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

/** Concerns about members of staff: E-23..E-25, E-27, E-41, E-50, E-52, E-53. */
class EscalationTableStaffTest {

    @Nested
    class Allegations {

        @Test
        void E23_aComplaintAboutStaffMisuseGoesToTheHeadteacherAsAnR2Case() {
            assertThatCase(aConcern(OTHER).about(aTeacher(SUBJECT)).with(COMPLAINT_ABOUT_STAFF_MISUSE).inEngland())
                    .isRecordClass(RecordClass.R2)
                    .requires(HEADTEACHER).as(MANDATORY).dueBy(PROMPTLY).because("E-23");
        }

        @Test
        void E23_anyConcernAboutAMemberOfStaffGoesToTheHeadteacher() {
            assertThatCase(aConcern(SOCIAL_MEDIA).about(aTeacher(SUBJECT)).inEngland())
                    .isRecordClass(RecordClass.R2)
                    .requires(HEADTEACHER).as(MANDATORY).because("E-23");
        }

        @Test
        void E23_aComplaintAboutTheHeadteacherDoesNotGoToTheHeadteacher() {
            assertThatCase(aConcern(STAFF_ALLEGATION).about(theHeadteacher(SUBJECT)).inEngland())
                    .fired("E-23")
                    .doesNotRequire(HEADTEACHER)
                    .requires(WHISTLEBLOWING_ALTERNATE).because("E-25");
        }

        @Test
        void E23_aComplaintAboutALearnerIsNotAStaffComplaint() {
            assertThatCase(aConcern(BULLYING).about(aLearnerAged(12, ALLEGED_PERPETRATOR)).inEngland())
                    .didNotFire("E-23").doesNotRequire(HEADTEACHER);
        }

        @Test
        void E24_anyAllegationAboutAStaffMembersOnlineConductIsDiscussedWithTheLado() {
            assertThatCase(aConcern(SOCIAL_MEDIA).about(aTeacher(SUBJECT)).inEngland())
                    .isRecordClass(RecordClass.R2)
                    .requires(LADO).as(MANDATORY).dueBy(PROMPTLY).because("E-24");
        }

        @Test
        void E24_aStaffAllegationIsDiscussedWithTheLadoEvenBeforeTheSubjectIsRecorded() {
            assertThatCase(aConcern(STAFF_ALLEGATION).inEngland()).requires(LADO).because("E-24");
        }

        @Test
        void E24_aStaffMemberWhoWitnessedSomethingIsNotTheSubjectOfAnAllegation() {
            assertThatCase(aConcern(BULLYING).involving(aTeacher(WITNESS), aLearnerAged(11, VICTIM)).inEngland())
                    .didNotFire("E-24").doesNotRequire(LADO);
        }

        @Test
        void E25_aConcernAboutTheDslGoesToTheWhistleblowingAlternateAtOnce() {
            assertThatCase(aConcern(SOCIAL_MEDIA).about(theDsl(SUBJECT)).inEngland())
                    .requires(WHISTLEBLOWING_ALTERNATE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-25");
        }

        @Test
        void E25_aConcernAboutTheHeadteacherAsAllegedPerpetratorAlsoGoesToTheAlternate() {
            assertThatCase(aConcern(BULLYING).involving(aLearnerAged(10, VICTIM), theHeadteacher(ALLEGED_PERPETRATOR)).inEngland())
                    .requires(WHISTLEBLOWING_ALTERNATE).because("E-25");
        }

        @Test
        void E25_doesNotApplyToAnOrdinaryMemberOfStaff() {
            assertThatCase(aConcern(STAFF_ALLEGATION).about(aTeacher(SUBJECT)).inEngland())
                    .didNotFire("E-25").doesNotRequire(WHISTLEBLOWING_ALTERNATE);
        }

        @Test
        void E25_theDslAsAWitnessIsNotTheSubject() {
            assertThatCase(aConcern(BULLYING).involving(theDsl(WITNESS), aLearnerAged(10, VICTIM)).inEngland())
                    .didNotFire("E-25");
        }

        @Test
        void E50_aNamedAllegationPublishedOnlineIsFlaggedForTheReportingRestrictionAndLadoAdvice() {
            var evaluation = aConcern(PARENT_CONDUCT).about(aParent(SUBJECT)).with(NAMED_ALLEGATION_PUBLISHED).inEngland();

            assertThatCase(evaluation).requires(REPORTING_RESTRICTION).as(MANDATORY).dueBy(PROMPTLY).because("E-50");
            assertThatCase(evaluation).requires(LADO).as(MANDATORY).because("E-50");
        }

        @Test
        void E50_anUnpublishedParentComplaintIsNotRestricted() {
            assertThatCase(aConcern(PARENT_CONDUCT).about(aParent(SUBJECT)).inEngland())
                    .doesNotRequire(REPORTING_RESTRICTION).doesNotRequire(LADO);
        }
    }

    @Nested
    class StaffConduct {

        @Test
        void E27_aStaffMemberVulnerableToRadicalisationIsReportedToTheHeadteacherAtOnce() {
            var evaluation = aConcern(RADICALISATION).about(aTeacher(SUBJECT)).inEngland();

            assertThatCase(evaluation).requires(HEADTEACHER).as(MANDATORY).dueBy(IMMEDIATELY).because("E-27");
            assertThatCase(evaluation).requires(CONDUCT_POLICIES).as(MANDATORY).because("E-27");
        }

        @Test
        void E27_aLearnerVulnerableToRadicalisationIsNotAStaffMatter() {
            assertThatCase(aConcern(RADICALISATION).about(aLearnerAged(15, SUBJECT)).inEngland())
                    .didNotFire("E-27").doesNotRequire(HEADTEACHER);
        }

        @Test
        void E41_staffContactedOnPersonalSocialMediaTellTheDsl() {
            var evaluation = aConcern(SOCIAL_MEDIA).with(CONTACTED_ON_PERSONAL_SOCIAL_MEDIA).inEngland();

            assertThatCase(evaluation).requires(DSL).as(MANDATORY).dueBy(PROMPTLY).because("E-41");
            assertThatCase(evaluation).requires(HEADTEACHER).as(ADVISORY).because("E-41");
        }

        @Test
        void E52_aConflictingRelationshipIsDiscussedWithTheDslAndHeadteacherBeforeContactContinues() {
            var evaluation = aConcern(SOCIAL_MEDIA).about(aTeacher(SUBJECT)).with(STAFF_RELATIONSHIP_CONFLICT).inEngland();

            assertThatCase(evaluation).requires(DSL).as(MANDATORY).dueBy(BEFORE_OTHER_STEPS).because("E-52");
            assertThatCase(evaluation).requires(HEADTEACHER).as(MANDATORY).dueBy(BEFORE_OTHER_STEPS).because("E-52");
        }

        @Test
        void E53_aStaffMemberWhoseSharedContentConflictsWithTheirRoleTellsTheLeadershipTeam() {
            assertThatCase(aConcern(SOCIAL_MEDIA).with(STAFF_CONTENT_CONFLICTS_ROLE).inEngland())
                    .requires(LEADERSHIP).as(MANDATORY).dueBy(IMMEDIATELY).because("E-53");
        }

        @Test
        void E53_ordinarySocialMediaConcernsDoNotGoToTheLeadershipTeam() {
            assertThatCase(aConcern(SOCIAL_MEDIA).inEngland()).doesNotRequire(LEADERSHIP);
        }
    }
}
