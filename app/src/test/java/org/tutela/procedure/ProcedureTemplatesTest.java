package org.tutela.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.procedure.ActionCode.*;
import static org.tutela.procedure.ActionKind.*;
import static org.tutela.procedure.CaseAssert.assertThatCase;
import static org.tutela.procedure.Cases.*;
import static org.tutela.procedure.ConcernKind.*;
import static org.tutela.procedure.Fact.*;
import static org.tutela.procedure.Party.Involvement.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tutela.school.access.RecordClass;

/** The type-specific procedures of REQUIREMENTS §2.2 as the steps they add to a case of their kind. */
class ProcedureTemplatesTest {

    private static List<ActionCode> stepsOf(String procedure) {
        return ENGLAND.summaries().stream().filter(r -> r.id().equals(procedure)).findFirst().orElseThrow().then().stream()
                .map(step -> ActionCode.valueOf(step.replaceFirst("^[^:]+: ", "").replaceFirst("[ (].*$", "")))
                .toList();
    }

    @Test
    void theSextingProcedureSecuresTheDeviceAssessesRiskDeletesOnlyThroughTheGateAndEndsWithADebrief() {
        var evaluation = aConcern(SEXTING).involving(aLearnerAged(15, VICTIM), aLearnerAged(15, ALLEGED_PERPETRATOR)).inEngland();

        assertThatCase(evaluation).requires(DSL).as(MANDATORY).dueBy(IMMEDIATELY).because("PROC-SX");
        assertThatCase(evaluation).requires(SECURE_DEVICE).as(MANDATORY).because("PROC-SX");
        assertThatCase(evaluation).requires(RISK_ASSESSMENT).as(MANDATORY).because("PROC-SX");
        assertThatCase(evaluation).requires(SANCTIONS).as(DECISION).because("PROC-SX");
        assertThatCase(evaluation).requires(DELETE_COPIES).as(MANDATORY).because("PROC-SX").saying("DSL confirms");
        assertThatCase(evaluation).requires(DEBRIEF).as(MANDATORY).because("PROC-SX");
        assertThat(evaluation.banners()).anyMatch(b -> b.startsWith("Do not view"));
    }

    @Test
    void theSextingStepsComeInTheOrderOfTheProcedure() {
        assertThat(stepsOf("PROC-SX")).containsSubsequence(DSL, SECURE_DEVICE, RISK_ASSESSMENT, SOCIAL_CARE, PARENTS,
                SUPPORT, SANCTIONS, DELETE_COPIES, DEBRIEF);
    }

    @Test
    void theSextingProcedureContactsOtherSchoolsDslsOnlyWhenOtherSchoolsAreInvolved() {
        assertThatCase(aConcern(SEXTING).inEngland()).doesNotRequire(OTHER_SETTING_DSL);
        assertThatCase(aConcern(SEXTING).with(OTHER_SETTINGS_INVOLVED).inEngland())
                .requires(OTHER_SETTING_DSL).as(MANDATORY).because("PROC-SX");
    }

    @Test
    void aStaffAllegationIsAnR2CaseWithTheLadoMandatory() {
        var evaluation = aConcern(STAFF_ALLEGATION).about(aTeacher(SUBJECT)).inEngland();

        assertThatCase(evaluation).isRecordClass(RecordClass.R2);
        assertThatCase(evaluation).requires(LADO).as(MANDATORY).because("PROC-STF");
        assertThatCase(evaluation).requires(HEADTEACHER).as(MANDATORY).because("PROC-STF");
        assertThatCase(evaluation).requires(REPORTING_RESTRICTION).as(MANDATORY).because("PROC-STF");
        assertThatCase(evaluation).requires(SUPPORT).saying("welfare");
    }

    @Test
    void sexualViolenceBetweenChildrenHasSupportSanctionsAndReferralDecisions() {
        var evaluation = aConcern(SEXUAL_VIOLENCE_OR_HARASSMENT).involving(aLearnerAged(14, VICTIM)).inEngland();

        assertThatCase(evaluation).requires(SUPPORT).as(MANDATORY).because("PROC-SV").saying("Safety plan");
        assertThatCase(evaluation).requires(SANCTIONS).as(DECISION).because("PROC-SV");
        assertThatCase(evaluation).requires(SOCIAL_CARE).as(DECISION).because("PROC-SV");
        assertThatCase(evaluation).requires(SECURE_DEVICE).because("PROC-SV");
    }

    @Test
    void onlineAbuseIsolatesContentOnSchoolSystemsAndAssessesRisk() {
        var evaluation = aConcern(ABUSE_OR_EXPLOITATION).with(CONTENT_ON_SCHOOL_SYSTEMS).inEngland();

        assertThatCase(evaluation).requires(BLOCK_AND_ISOLATE).as(MANDATORY).because("PROC-CSA");
        assertThatCase(evaluation).requires(RISK_ASSESSMENT).as(MANDATORY).because("PROC-CSA");
        assertThatCase(evaluation).requires(CEOP).as(DECISION).because("PROC-CSA");
    }

    @Test
    void indecentImagesAreReportedAsTextToTheIwfAndThePolice() {
        var evaluation = aConcern(INDECENT_IMAGES).inEngland();

        assertThatCase(evaluation).requires(IWF).as(MANDATORY).because("PROC-IIOC");
        assertThatCase(evaluation).requires(SECURE_DEVICE).as(MANDATORY).because("PROC-IIOC");
        assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).because("PROC-IIOC");
    }

    @Test
    void bullyingIsInvestigatedWithSupportForBothSidesAndSanctionsInOrder() {
        var evaluation = aConcern(BULLYING).involving(aLearnerAged(10, VICTIM), aLearnerAged(11, ALLEGED_PERPETRATOR)).inEngland();

        assertThatCase(evaluation).requires(INVESTIGATE).as(MANDATORY).because("PROC-BUL");
        assertThat(evaluation.action(INVESTIGATE).orElseThrow().evidence()).containsExactly(
                "System logs examined (date and result)", "Witnesses identified and interviewed (date and result)");
        assertThatCase(evaluation).requires(SUPPORT).as(MANDATORY).because("PROC-BUL");
        assertThatCase(evaluation).requires(SANCTIONS).as(DECISION).because("PROC-BUL").saying("remove the content");
    }

    @Test
    void onlineHateIsInvestigatedWithSupportAndASanctionsDecision() {
        var evaluation = aConcern(HATE).inEngland();

        assertThatCase(evaluation).requires(INVESTIGATE).as(MANDATORY).because("PROC-HATE");
        assertThatCase(evaluation).requires(SANCTIONS).as(DECISION).because("PROC-HATE");
    }

    @Test
    void radicalisationNeedsAChannelDecisionWithConsentRecorded() {
        assertThatCase(aConcern(RADICALISATION).inEngland())
                .requires(CHANNEL).as(DECISION).because("PROC-RAD").saying("consent");
    }

    @Test
    void aFilteringBreachGoesToTechnicalStaffAtOnceAndAsksWhetherItWasDeliberate() {
        var evaluation = aConcern(ConcernKind.FILTERING_BREACH).inEngland();

        assertThatCase(evaluation).requires(TECHNICAL_STAFF).as(MANDATORY).dueBy(IMMEDIATELY).because("PROC-FB");
        assertThatCase(evaluation).requires(SANCTIONS).as(DECISION).because("PROC-FB").saying("deliberate");
    }

    @Test
    void aParentConcernGoesToTheHeadteacherAndTheDslWithAWelfareDecision() {
        var evaluation = aConcern(PARENT_CONDUCT).about(aParent(SUBJECT)).inEngland();

        assertThatCase(evaluation).requires(HEADTEACHER).because("PROC-PAR");
        assertThatCase(evaluation).requires(SUPPORT).as(DECISION).because("PROC-PAR");
    }

    @Test
    void computerMisuseGoesToTheTrustTechnologyTeamAndThePoliceAndResetsACompromisedPassword() {
        var evaluation = aConcern(COMPUTER_MISUSE).with(PASSWORD_COMPROMISED).inEngland();

        assertThatCase(evaluation).requires(TRUST_TECHNOLOGY).as(MANDATORY).because("PROC-CMA");
        assertThatCase(evaluation).requires(POLICE_101).as(MANDATORY).because("PROC-CMA");
        assertThatCase(evaluation).requires(PASSWORD_RESET).because("PROC-CMA");
    }

    @ParameterizedTest
    @EnumSource(value = ConcernKind.class, names = {"SEXUAL_VIOLENCE_OR_HARASSMENT", "SEXTING", "ABUSE_OR_EXPLOITATION",
            "INDECENT_IMAGES", "BULLYING", "HATE", "RADICALISATION", "FILTERING_BREACH", "STAFF_ALLEGATION",
            "PARENT_CONDUCT", "COMPUTER_MISUSE"})
    void everyKindWithAProcedureEndsWithTheReviewOfHandlingFromItsOwnProcedure(ConcernKind kind) {
        var evaluation = aConcern(kind).inEngland();

        var debrief = evaluation.action(DEBRIEF).orElseThrow();
        assertThat(debrief.kind()).isEqualTo(MANDATORY);
        assertThat(debrief.because()).extracting(Because::ruleId).anyMatch(id -> id.startsWith("PROC-"));
    }
}
