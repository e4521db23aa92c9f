package org.tutela.procedure;

import static org.tutela.procedure.ActionCode.*;
import static org.tutela.procedure.ActionKind.*;
import static org.tutela.procedure.CaseAssert.assertThatCase;
import static org.tutela.procedure.Cases.*;
import static org.tutela.procedure.ConcernKind.*;
import static org.tutela.procedure.Fact.*;
import static org.tutela.procedure.Party.Involvement.*;

import org.junit.jupiter.api.Test;
import org.tutela.school.access.RecordClass;

/** Indecent images of children, by scenario: E-18..E-22. */
class EscalationTableIndecentImagesTest {

    @Test
    void E18_anyIndecentImagesConcernGoesToTheIwfAndThePoliceWithTheDevicesSecured() {
        var evaluation = aConcern(INDECENT_IMAGES).inEngland();

        assertThatCase(evaluation).requires(IWF).as(MANDATORY).dueBy(IMMEDIATELY).because("E-18");
        assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).dueBy(IMMEDIATELY).because("E-18");
        assertThatCase(evaluation).requires(SECURE_DEVICE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-18");
    }

    @Test
    void E18_theLadoIsToldWhenAMemberOfStaffIsInvolved() {
        assertThatCase(aConcern(INDECENT_IMAGES).about(aTeacher(SUBJECT)).inEngland())
                .requires(LADO).as(MANDATORY).dueBy(IMMEDIATELY).because("E-18");
    }

    @Test
    void E18_aStaffMemberWhoOnlyReportedItDoesNotBringInTheLado() {
        assertThatCase(aConcern(INDECENT_IMAGES).involving(aTeacher(WITNESS), aLearnerAged(14, SUBJECT)).inEngland())
                .doesNotRequire(LADO);
    }

    @Test
    void E19_imagesSeenByAccidentAreReportedToTheIwfAndCopiesDeletedWithALinkedFilteringBreach() {
        var evaluation = aConcern(INDECENT_IMAGES).involving(aLearnerAged(10, WITNESS)).with(IIOC_SEEN_BY_ACCIDENT).inEngland();

        assertThatCase(evaluation).requires(DSL).as(MANDATORY).dueBy(IMMEDIATELY).because("E-19");
        assertThatCase(evaluation).requires(IWF).because("E-19");
        assertThatCase(evaluation).requires(DELETE_COPIES).as(MANDATORY).because("E-19").saying("DSL confirms");
        assertThatCase(evaluation).requires(PARENTS).as(DECISION).because("E-19");
        assertThatCase(evaluation).requires(ActionCode.FILTERING_BREACH).as(MANDATORY).dueBy(IMMEDIATELY).because("E-19");
    }

    @Test
    void E19_withoutAccidentalExposureThereIsNoLinkedFilteringBreach() {
        assertThatCase(aConcern(INDECENT_IMAGES).inEngland()).doesNotRequire(ActionCode.FILTERING_BREACH);
    }

    @Test
    void E20_imagesOnASchoolDeviceGoToThePoliceAndCopiesAreDeletedOnlyOnPoliceAdvice() {
        var evaluation = aConcern(INDECENT_IMAGES).with(IIOC_ON_SCHOOL_DEVICE).inEngland();

        assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).dueBy(IMMEDIATELY).because("E-20");
        assertThatCase(evaluation).requires(IWF).because("E-20");
        assertThatCase(evaluation).requires(DELETE_COPIES).as(MANDATORY).because("E-20").needsOneOf(POLICE_ADVICE);
        assertThatCase(evaluation).requires(SOCIAL_CARE).as(DECISION).because("E-20");
        assertThatCase(evaluation).requires(PARENTS).as(DECISION).because("E-20");
    }

    @Test
    void E20_accidentalExposureAloneDoesNotWaitForPoliceAdviceToDelete() {
        assertThatCase(aConcern(INDECENT_IMAGES).with(IIOC_SEEN_BY_ACCIDENT).inEngland())
                .didNotFire("E-20")
                .doesNotRequireBecauseOf(DELETE_COPIES, "E-20");
    }

    @Test
    void E21_staffHoldingImagesOnASchoolDeviceIsAnAllegationWithTheDeviceQuarantined() {
        var evaluation = aConcern(INDECENT_IMAGES).about(aTeacher(SUBJECT)).with(STAFF_IIOC_ON_SCHOOL_DEVICE).inEngland();

        assertThatCase(evaluation).requires(HEADTEACHER).as(MANDATORY).dueBy(IMMEDIATELY).because("E-21");
        assertThatCase(evaluation).requires(POLICE_101).because("E-21");
        assertThatCase(evaluation).requires(QUARANTINE_DEVICE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-21");
        assertThatCase(evaluation).requires(LADO).as(MANDATORY).because("E-21");
        assertThatCase(evaluation).requires(CONDUCT_POLICIES).as(MANDATORY).because("E-21");
        assertThatCase(evaluation).doesNotRequire(WHISTLEBLOWING_ALTERNATE).fired("E-21");
    }

    @Test
    void E21_whenTheHeadteacherHoldsTheImagesTheWhistleblowingAlternateIsToldInstead() {
        assertThatCase(aConcern(INDECENT_IMAGES).about(theHeadteacher(SUBJECT)).with(STAFF_IIOC_ON_SCHOOL_DEVICE).inEngland())
                .doesNotRequire(HEADTEACHER)
                .requires(WHISTLEBLOWING_ALTERNATE).as(MANDATORY).dueBy(IMMEDIATELY).because("E-21");
    }

    @Test
    void E21_imagesFoundOnASchoolDeviceWithNoStaffHolderDoNotQuarantineIt() {
        assertThatCase(aConcern(INDECENT_IMAGES).with(IIOC_ON_SCHOOL_DEVICE).inEngland())
                .didNotFire("E-21").doesNotRequire(QUARANTINE_DEVICE);
    }

    @Test
    void E22_staffSuspectedOfIllegalContentOnAPersonalDeviceGoToThePoliceAndTheLado() {
        var evaluation = aConcern(STAFF_ALLEGATION).about(aTeacher(SUBJECT)).with(STAFF_ILLEGAL_ON_PERSONAL_DEVICE).inEngland();

        assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).dueBy(IMMEDIATELY).because("E-22");
        assertThatCase(evaluation).requires(LADO).as(MANDATORY).dueBy(IMMEDIATELY).because("E-22");
        assertThatCase(evaluation).isRecordClass(RecordClass.R2);
    }

    @Test
    void E22_aStaffAllegationWithoutSuspectedCrimeDoesNotCallThePolice() {
        assertThatCase(aConcern(STAFF_ALLEGATION).about(aTeacher(SUBJECT)).inEngland())
                .didNotFire("E-22").doesNotRequire(POLICE_101);
    }
}
