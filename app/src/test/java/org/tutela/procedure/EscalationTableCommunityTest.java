package org.tutela.procedure;

import static org.tutela.procedure.ActionCode.*;
import static org.tutela.procedure.ActionKind.*;
import static org.tutela.procedure.CaseAssert.assertThatCase;
import static org.tutela.procedure.Cases.*;
import static org.tutela.procedure.ConcernKind.*;
import static org.tutela.procedure.Fact.*;
import static org.tutela.procedure.Party.Involvement.*;

import org.junit.jupiter.api.Test;

/** Parents, visitors, social media and communications: E-39, E-40, E-42..E-44. */
class EscalationTableCommunityTest {

    @Test
    void E39_anOffensiveCommunicationIsReportedAtOnceToTheDesignatedPerson() {
        assertThatCase(aConcern(OFFENSIVE_COMMUNICATION).inEngland())
                .requires(DSL).as(MANDATORY).dueBy(IMMEDIATELY).because("E-39");
    }

    @Test
    void E39_theDesignatedPersonCanBeTheOnlineSafetyLead() {
        var rules = ENGLAND.withSchoolAdditions("Test", """
                version: "1"
                routes:
                  DESIGNATED_PERSON: [OSL]
                """);

        assertThatCase(aConcern(OFFENSIVE_COMMUNICATION).in(rules))
                .doesNotRequireBecauseOf(DSL, "E-39")
                .requires(OSL).as(MANDATORY).because("E-39");
    }

    @Test
    void E40_aConcernAboutAParentGoesToTheHeadteacherAndTheDsl() {
        var evaluation = aConcern(BULLYING).involving(aTeacher(VICTIM), aParent(ALLEGED_PERPETRATOR)).inEngland();

        assertThatCase(evaluation).requires(HEADTEACHER).as(MANDATORY).dueBy(PROMPTLY).because("E-40");
        assertThatCase(evaluation).requires(DSL).as(MANDATORY).because("E-40");
    }

    @Test
    void E40_aParentWhoReportsAConcernIsNotItsSubject() {
        assertThatCase(aConcern(BULLYING).involving(aParent(WITNESS), aLearnerAged(10, VICTIM)).inEngland())
                .didNotFire("E-40");
    }

    @Test
    void E42_aConcernOnOfficialSocialMediaGoesToTheDslWithLineManagerAndHeadteacherAdvised() {
        var evaluation = aConcern(SOCIAL_MEDIA).with(OFFICIAL_SOCIAL_MEDIA).inEngland();

        assertThatCase(evaluation).requires(DSL).as(MANDATORY).dueBy(PROMPTLY).because("E-42");
        assertThatCase(evaluation).requires(LINE_MANAGER).as(ADVISORY).because("E-42");
        assertThatCase(evaluation).requires(HEADTEACHER).as(ADVISORY).because("E-42");
    }

    @Test
    void E42_aConcernOnPrivateSocialMediaHasNoLineManagerStep() {
        assertThatCase(aConcern(SOCIAL_MEDIA).inEngland()).doesNotRequire(LINE_MANAGER);
    }

    @Test
    void E43_aSocialMediaConductConcernGoesToTheDsl() {
        assertThatCase(aConcern(SOCIAL_MEDIA).involving(aLearnerAged(12, SUBJECT)).inEngland())
                .requires(DSL).as(MANDATORY).dueBy(PROMPTLY).because("E-43").saying("anti-bullying");
    }

    @Test
    void E43_anotherKindOfConcernIsNotASocialMediaMatter() {
        assertThatCase(aConcern(OTHER).inEngland()).didNotFire("E-43").doesNotRequire(DSL);
    }

    @Test
    void E44_aVisitorWhoBreachesThePhotographyRulesIsChallengedAndTheDslTold() {
        var evaluation = aConcern(PERSONAL_DEVICE_MISUSE).involving(aVisitor(SUBJECT)).with(VISITOR_BREACH).inEngland();

        assertThatCase(evaluation).requires(CHALLENGE_VISITOR).as(MANDATORY).dueBy(PROMPTLY).because("E-44");
        assertThatCase(evaluation).requires(DSL).as(MANDATORY).because("E-44");
    }

    @Test
    void E44_aLearnerMisusingTheirPhoneIsNotAVisitorBreach() {
        assertThatCase(aConcern(PERSONAL_DEVICE_MISUSE).involving(aLearnerAged(11, SUBJECT)).inEngland())
                .doesNotRequire(CHALLENGE_VISITOR);
    }
}
