package org.tutela.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.procedure.ActionCode.*;
import static org.tutela.procedure.ActionKind.*;
import static org.tutela.procedure.CaseAssert.assertThatCase;
import static org.tutela.procedure.Cases.*;
import static org.tutela.procedure.ConcernKind.*;
import static org.tutela.procedure.Fact.*;
import static org.tutela.procedure.Party.Involvement.*;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Kent reads seed 000 and Wolverhampton reads seed 001 where the seeds differ; both keep every rule of the base set. */
class LocalAreaRulesTest {

    private final EscalationRules kent = EscalationRules.forArea("Kent");
    private final EscalationRules wolverhampton = EscalationRules.forArea("Wolverhampton");

    @Test
    void bothAreasHaveTheirOwnLayerOnTopOfTheBaseSet() {
        assertThat(EscalationRules.hasAreaLayer("Kent")).isTrue();
        assertThat(EscalationRules.hasAreaLayer(" wolverhampton ")).isTrue();
        assertThat(kent.version()).isEqualTo("england 2026.1 + kent 2026.1");
        assertThat(wolverhampton.version()).isEqualTo("england 2026.1 + wolverhampton 2026.1");
    }

    @Test
    void anAreaLayerKeepsEveryRuleOfTheBaseSet() {
        var base = ENGLAND.summaries().stream().map(EscalationRules.RuleSummary::id).toList();

        assertThat(kent.summaries()).extracting(EscalationRules.RuleSummary::id).containsAll(base);
        assertThat(wolverhampton.summaries()).extracting(EscalationRules.RuleSummary::id).containsAll(base);
    }

    @Nested
    class WhenTheSchoolIsUnsureHowToProceed {

        private final Cases unsure = aConcern(OTHER).with(UNSURE_HOW_TO_PROCEED);

        @Test
        void E05_inKentTheDslAsksTheTrustAndTheEducationSafeguardingTeam() {
            var evaluation = unsure.in(kent);

            assertThatCase(evaluation).requires(TRUST_SAFEGUARDING).as(MANDATORY).dueBy(PROMPTLY).because("E-05");
            assertThatCase(evaluation).requires(EDUCATION_SAFEGUARDING_TEAM).as(MANDATORY).because("E-05");
            assertThatCase(evaluation).doesNotRequire(MASH_ADVICE);
        }

        @Test
        void E05_inWolverhamptonTheDslAsksTheMash() {
            var evaluation = unsure.in(wolverhampton);

            assertThatCase(evaluation).requires(MASH_ADVICE).as(MANDATORY).dueBy(PROMPTLY).because("E-05");
            assertThatCase(evaluation).doesNotRequire(TRUST_SAFEGUARDING).doesNotRequire(EDUCATION_SAFEGUARDING_TEAM);
        }

        @Test
        void E05_theAreasChooseDifferentAdviceRoutes() {
            assertThat(kent.route("UNSURE_ADVICE")).containsExactly(TRUST_SAFEGUARDING, EDUCATION_SAFEGUARDING_TEAM);
            assertThat(wolverhampton.route("UNSURE_ADVICE")).containsExactly(MASH_ADVICE);
        }
    }

    @Nested
    class WhenIllegalActivityIsSuspectedWithoutDanger {

        private final Cases illegal = aConcern(OTHER).with(CRIME_SUSPECTED);

        @Test
        void E03_inKentTheFirstContactIsTheEducationSafeguardingTeam() {
            assertThatCase(illegal.in(kent))
                    .requires(EDUCATION_SAFEGUARDING_TEAM).as(MANDATORY).dueBy(AS_SOON_AS_POSSIBLE).because("E-03").and()
                    .doesNotRequire(POLICE_101);
        }

        @Test
        void E03_inWolverhamptonTheFirstContactIsThePoliceOn101() {
            assertThatCase(illegal.in(wolverhampton))
                    .requires(POLICE_101).as(MANDATORY).dueBy(AS_SOON_AS_POSSIBLE).because("E-03").and()
                    .doesNotRequire(EDUCATION_SAFEGUARDING_TEAM);
        }

        @Test
        void E03_aKentSchoolMayChooseThePoliceInstead() {
            var school = kent.withSchoolAdditions("Test", """
                    version: "1"
                    routes:
                      NON_URGENT_ILLEGAL: [POLICE_101]
                    """);

            assertThatCase(illegal.in(school)).requires(POLICE_101).because("E-03");
        }
    }

    @Nested
    class WhenStaffHoldIndecentImagesOnASchoolDevice {

        private final Cases staffImages = aConcern(INDECENT_IMAGES).about(aTeacher(SUBJECT)).with(STAFF_IIOC_ON_SCHOOL_DEVICE);

        @Test
        void E21_inKentTheDslIsToldFirst() {
            assertThatCase(staffImages.in(kent))
                    .requires(DSL).because("E-21").and()
                    .doesNotRequireBecauseOf(HEADTEACHER, "E-21");
        }

        @Test
        void E21_inWolverhamptonTheHeadteacherIsToldFirst() {
            assertThatCase(staffImages.in(wolverhampton))
                    .requires(HEADTEACHER).as(MANDATORY).dueBy(IMMEDIATELY).because("E-21").and()
                    .doesNotRequireBecauseOf(DSL, "E-21");
        }
    }

    @Test
    void E06_kentAsksTheEducationSafeguardingTeamAndWolverhamptonTheMashWhenACrimeIsUnclear() {
        var unclear = aConcern(ABUSE_OR_EXPLOITATION).with(UNSURE_IF_CRIME);

        assertThatCase(unclear.in(kent)).requires(EDUCATION_SAFEGUARDING_TEAM).because("E-06").and()
                .doesNotRequireBecauseOf(MASH_ADVICE, "E-06");
        assertThatCase(unclear.in(wolverhampton)).requires(MASH_ADVICE).because("E-06").and()
                .doesNotRequireBecauseOf(EDUCATION_SAFEGUARDING_TEAM, "E-06");
    }

    @Test
    void E14_kentSharesThroughTheEducationSafeguardingTeamAndWolverhamptonConsultsPoliceAndMash() {
        var sharing = aConcern(HATE).with(SHARING_BEYOND_COMMUNITY);

        assertThatCase(sharing.in(kent)).requires(EDUCATION_SAFEGUARDING_TEAM).because("E-14").and()
                .doesNotRequire(MASH_ADVICE);
        assertThatCase(sharing.in(wolverhampton)).requires(MASH_ADVICE).because("E-14").and()
                .requires(POLICE_ADVICE).because("E-14");
    }

    @Test
    void eachAreaNamesItsOwnSextingGuidanceForTheRiskAssessment() {
        var sexting = aConcern(SEXTING).involving(aLearnerAged(15, VICTIM));

        assertThatCase(sexting.in(kent)).requires(RISK_ASSESSMENT).as(MANDATORY).because("KENT-01")
                .saying("'Sexting' in schools");
        assertThatCase(sexting.in(wolverhampton)).requires(RISK_ASSESSMENT).as(MANDATORY).because("WOLVERHAMPTON-01")
                .saying("UKCIS");
    }

    @Test
    void anAreaWithoutItsOwnLayerUsesTheBaseSet() {
        assertThat(EscalationRules.hasAreaLayer("Rutland")).isFalse();
        assertThat(EscalationRules.forArea("Rutland").version()).isEqualTo("england 2026.1");
    }

    @Test
    void aSchoolInKentCannotReplaceAMandatoryRule() {
        assertThatThrownBy(() -> kent.withSchoolAdditions("Test", """
                version: "1"
                rules:
                  - id: E-18
                    title: Only advise the IWF
                    when: {kind: INDECENT_IMAGES}
                    then:
                      - {code: IWF, kind: ADVISORY}
                """)).isInstanceOf(RuleSetInvalid.class).hasMessageContaining("E-18");
    }

    @Test
    void aWeakerSchoolRuleCannotWeakenAMandatoryStep() {
        var school = wolverhampton.withSchoolAdditions("Test", """
                version: "1"
                rules:
                  - id: S-01
                    title: The IWF report is only advice here
                    when: {kind: INDECENT_IMAGES}
                    then:
                      - {code: IWF, kind: ADVISORY}
                """);

        assertThatCase(aConcern(INDECENT_IMAGES).in(school)).requires(IWF).as(MANDATORY).because("E-18").because("S-01");
    }
}
