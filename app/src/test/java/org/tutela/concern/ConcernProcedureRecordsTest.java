package org.tutela.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.concern.ConcernTest.DSL;
import static org.tutela.concern.ConcernTest.REPORTED;
import static org.tutela.concern.ConcernTest.aConcern;
import static org.tutela.concern.ConcernTest.aLearnerBorn;
import static org.tutela.concern.ConcernTest.evaluate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.concern.ClosureByKind.Breach;
import org.tutela.concern.ClosureByKind.CeopSelfReport;
import org.tutela.concern.ClosureByKind.StaffOutcome;
import org.tutela.concern.SextingAssessment.Factor;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.tutela.school.PersonId;

/** The records a procedure asks for before a case closes, and what each refuses, under ConcernTest's rule set. */
class ConcernProcedureRecordsTest {

    static Map<Factor, String> everyFactorAnswered() {
        var answers = new EnumMap<Factor, String>(Factor.class);
        for (var factor : Factor.values()) {
            answers.put(factor, "Not known");
        }
        answers.put(Factor.AGES, "Both 13");
        answers.put(Factor.APPS_AND_DEVICES, "Snapchat: the image deletes itself after viewing, screenshots possible");
        return answers;
    }

    static Concern aSextingCase() {
        return aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-01-01", Party.Involvement.VICTIM));
    }

    /** With an override of the rules' open actions, which never stands in for what the kind asks for at closure. */
    static Concern.Closure closingWith(ClosureByKind byKind) {
        return new Concern.Closure("No further action: support given.", "Pastoral support", ParentsDecision.INFORMED,
                "Told by the DSL by phone", "The required actions are not what these tests are about", byKind, DSL,
                REPORTED);
    }

    static ClosureByKind byKind(CeopSelfReport ceop, LocalDate channelOn, String channelRef, boolean consent,
            Breach breach, StaffOutcome staff, String staffDetail, Boolean welfare, String welfareDetail,
            String policy, String civil) {
        return new ClosureByKind(ceop, channelOn, channelRef, consent, breach, staff, staffDetail, welfare,
                welfareDetail, policy, civil);
    }

    @Nested
    class TheSextingDecisionFactorAssessment {

        @Test
        void completingItWithABlankFactorIsRefusedAndTheBlankFactorsAreListed() {
            var concern = aSextingCase();
            var answers = everyFactorAnswered();
            answers.remove(Factor.HOW_WIDELY);
            answers.put(Factor.OTHER_SCHOOLS, "  ");

            assertThatThrownBy(() -> concern.assessSextingRisk(answers, true, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("Blank: ")
                    .hasMessageContaining(Factor.HOW_WIDELY.question())
                    .hasMessageContaining(Factor.OTHER_SCHOOLS.question())
                    .message().doesNotContain(Factor.AGES.question());
            assertThat(concern.procedureRecords().assessment()).isNull();
        }

        @Test
        void aDraftWithBlanksIsSavedAndNotKnownCompletesIt() {
            var concern = aSextingCase();
            concern.assessSextingRisk(Map.of(Factor.AGES, "Both 13"), false, DSL, REPORTED);
            assertThat(concern.procedureRecords().assessment().blank()).hasSize(Factor.values().length - 1);

            concern.assessSextingRisk(everyFactorAnswered(), true, DSL, REPORTED);

            var assessment = concern.procedureRecords().assessment();
            assertThat(assessment.complete()).isTrue();
            assertThat(assessment.completedOn()).isEqualTo(LocalDate.parse("2026-03-10"));
            assertThat(assessment.answer(Factor.ADULT_INVOLVED)).isEqualTo("Not known");
        }

        @Test
        void aCompleteAssessmentCompletesTheRiskAssessmentAction() {
            var concern = aSextingCase();

            concern.assessSextingRisk(everyFactorAnswered(), true, DSL, REPORTED);

            assertThat(concern.done(ActionCode.RISK_ASSESSMENT)).isTrue();
            assertThat(concern.takeEntries()).anyMatch(line -> line.startsWith("Risk assessment completed"))
                    .anyMatch(line -> line.startsWith("Done: RISK_ASSESSMENT"));
        }

        @Test
        void theRiskAssessmentOfASextingCaseCannotBeTickedOffWithoutTheDecisionFactors() {
            var concern = aSextingCase();

            assertThatThrownBy(() -> concern.complete(ActionCode.RISK_ASSESSMENT, null, "Done", null, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("decision-factor assessment");
        }

        @Test
        void aCompletedAssessmentIsNotChangedAfterwards() {
            var concern = aSextingCase();
            concern.assessSextingRisk(everyFactorAnswered(), true, DSL, REPORTED);

            assertThatThrownBy(() -> concern.assessSextingRisk(everyFactorAnswered(), false, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("was completed on 2026-03-10");
        }

        @Test
        void itIsForSextingCasesOnly() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2013-01-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.assessSextingRisk(everyFactorAnswered(), true, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("for sexting cases");
        }
    }

    @Nested
    class AgencyChecks {

        @Test
        void agencyChecksDoneWithNoAgencyRecordedIsRefused() {
            var concern = aSextingCase();

            assertThatThrownBy(concern::agencyChecksDone).isInstanceOf(ConcernRefused.class)
                    .hasMessageContaining("Record at least one agency check");
        }

        @Test
        void aCheckNeedsTheAgencyTheDateAndTheResult() {
            assertThatThrownBy(() -> new AgencyCheck(" ", LocalDate.parse("2026-03-10"), "Known", DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("which agency");
            assertThatThrownBy(() -> new AgencyCheck("Social care", null, "Known", DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("when");
            assertThatThrownBy(() -> new AgencyCheck("Social care", LocalDate.parse("2026-03-10"), "", DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("found");
        }

        @Test
        void withACheckRecordedTheChecksCanBeMarkedDone() {
            var concern = aSextingCase();

            concern.recordAgencyCheck(new AgencyCheck("Children's social care", LocalDate.parse("2026-03-10"),
                    "Known to them: child in need plan closed in 2024", DSL, REPORTED));
            concern.agencyChecksDone();

            assertThat(concern.procedureRecords().agencyChecksMarkedDone()).isTrue();
            assertThat(concern.takeEntries()).contains("Agency checks done: 1 recorded");
        }
    }

    @Nested
    class SupportPlans {

        @Test
        void aVictimAndAnAllegedPerpetratorEachGetASupportPlanSectionAndAWitnessNone() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2013-01-01", Party.Involvement.VICTIM),
                    aLearnerBorn("2012-06-01", Party.Involvement.WITNESS),
                    aLearnerBorn("2012-09-01", Party.Involvement.ALLEGED_PERPETRATOR));

            assertThat(ProcedureRecords.supportPlansNeeded(concern.involved())).containsExactly(0, 2);
            assertThatThrownBy(() -> concern.planSupport(1, "Check-ins", LocalDate.parse("2026-04-01"), DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("victim or an alleged perpetrator");
        }

        @Test
        void aPlanNeedsItsReviewDate() {
            var concern = aSextingCase();

            assertThatThrownBy(() -> concern.planSupport(0, "Weekly check-ins", null, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("review");
            concern.planSupport(0, "Weekly check-ins with the counsellor", LocalDate.parse("2026-04-01"), DSL, REPORTED);

            assertThat(concern.procedureRecords().supportPlans().get(0).as()).isEqualTo(Party.Involvement.VICTIM);
        }
    }

    @Nested
    class Sanctions {

        static Sanction detention(int person, String rationale) {
            return new Sanction(person, Sanction.Policy.BEHAVIOUR, "Lunchtime detention", rationale, DSL, REPORTED);
        }

        @Test
        void aSanctionForAVictimNeedsTheDslsConfirmationWithARationale() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2013-01-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.sanction(detention(0, null), false, true))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("will not traumatise them further");
            assertThatThrownBy(() -> concern.sanction(detention(0, "She retaliated with threats in the chat."), true, false))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("only the DSL");

            concern.sanction(detention(0, "She retaliated with threats in the chat."), true, true);

            assertThat(concern.procedureRecords().sanctions()).hasSize(1);
            assertThat(concern.done(ActionCode.SANCTIONS)).isTrue();
        }

        @Test
        void aSanctionForAnAllegedPerpetratorNeedsNoConfirmation() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2012-01-01", Party.Involvement.ALLEGED_PERPETRATOR));

            concern.sanction(detention(0, null), false, false);

            assertThat(concern.procedureRecords().sanctions()).singleElement()
                    .satisfies(s -> assertThat(s.sanction()).isEqualTo("Lunchtime detention"));
        }

        @Test
        void aSanctionWaitsWhileThePoliceHoldTheCase() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2012-01-01", Party.Involvement.ALLEGED_PERPETRATOR));
            concern.holdForPolice(true, null);

            assertThatThrownBy(() -> concern.sanction(detention(0, null), false, false))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("police hold");
        }
    }

    @Nested
    class ClosingByKind {

        @Test
        void abuseOrExploitationNeedsTheCeopSelfReportAnswer() {
            var concern = aConcern(ConcernKind.ABUSE_OR_EXPLOITATION, aLearnerBorn("2012-01-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.close(closingWith(ClosureByKind.NONE)))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("self-report to CEOP");
            concern.close(closingWith(byKind(CeopSelfReport.NOT_APPROPRIATE, null, null, false, null, null, null, null,
                    null, null, null)));

            assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
            assertThat(concern.takeEntries()).anyMatch(line -> line.contains("self-report via CEOP: not appropriate"));
        }

        @Test
        void aChannelReferralDecidedYesNeedsTheFormDateTheReferenceAndConsent() {
            var concern = aConcern(ConcernKind.RADICALISATION, aLearnerBorn("2010-01-01", Party.Involvement.SUBJECT));
            concern.complete(ActionCode.CHANNEL, true, "Referred through the Prevent referral form", null, DSL, REPORTED);

            assertThatThrownBy(() -> concern.close(closingWith(ClosureByKind.NONE))).isInstanceOf(ConcernRefused.class)
                    .hasMessageContaining("date of the Prevent referral form")
                    .hasMessageContaining("Channel referral's reference").hasMessageContaining("consented");
            concern.close(closingWith(byKind(null, LocalDate.parse("2026-03-10"), "PRV-118", true, null, null, null, null,
                    null, null, null)));
            assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
        }

        @Test
        void aChannelReferralDecidedNoNeedsNoForm() {
            var concern = aConcern(ConcernKind.RADICALISATION, aLearnerBorn("2010-01-01", Party.Involvement.SUBJECT));
            concern.complete(ActionCode.CHANNEL, false, "Below the threshold on MASH advice", null, DSL, REPORTED);

            concern.close(closingWith(ClosureByKind.NONE));

            assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
        }

        @Test
        void aFilteringBreachIsClassifiedAndADeliberateOneNeedsASanction() {
            var concern = aConcern(ConcernKind.FILTERING_BREACH, aLearnerBorn("2012-01-01", Party.Involvement.SUBJECT));
            var deliberate = byKind(null, null, null, false, Breach.DELIBERATE, null, null, null, null, null, null);

            assertThatThrownBy(() -> concern.close(closingWith(ClosureByKind.NONE))).isInstanceOf(ConcernRefused.class)
                    .hasMessageContaining("accidental or deliberate");
            assertThatThrownBy(() -> concern.close(closingWith(deliberate))).isInstanceOf(ConcernRefused.class)
                    .hasMessageContaining("a sanction under the AUP or behaviour policy");
            concern.sanction(new Sanction(0, Sanction.Policy.AUP, "School internet access suspended for a week", null,
                    DSL, REPORTED), false, false);

            concern.close(closingWith(deliberate));
            assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
        }

        @Test
        void aStaffCaseNeedsAnOutcomeEntryAndAWelfareDecisionAndAnOverrideDoesNotStandInForThem() {
            var concern = aConcern(ConcernKind.OTHER,
                    new Involved(PersonId.random(), Party.Kind.STAFF, Party.Involvement.SUBJECT, null, null));
            var withOverride = new Concern.Closure("Advice given", null, null, null,
                    "The matter is handled entirely by trust HR", ClosureByKind.NONE, DSL, REPORTED);

            assertThatThrownBy(() -> concern.close(withOverride)).isInstanceOf(ConcernRefused.class)
                    .hasMessageContaining("outcome for the member of staff")
                    .hasMessageContaining("whether welfare support was offered");
            assertThatThrownBy(() -> concern.close(closingWith(byKind(null, null, null, false, null,
                    StaffOutcome.DISCIPLINARY, null, true, null, null, null)))).isInstanceOf(ConcernRefused.class)
                    .hasMessageContaining("what the disciplinary action is")
                    .hasMessageContaining("what welfare support was offered");

            concern.close(closingWith(byKind(null, null, null, false, null, StaffOutcome.NONE, null, true,
                    "Employee assistance programme", null, null)));
            assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
        }

        @Test
        void aStaffAllegationIsAStaffCaseWhoeverIsNamed() {
            var concern = aConcern(ConcernKind.STAFF_ALLEGATION,
                    new Involved(null, Party.Kind.UNKNOWN, Party.Involvement.SUBJECT, "a member of staff", null));

            assertThat(concern.closureNeeds().staff()).isTrue();
            assertThat(concern.closureNeeds().welfare()).isTrue();
        }

        @Test
        void parentConductNeedsThePolicyAppliedAnyCivilOrLegalActionAndTheWelfareDecision() {
            var concern = aConcern(ConcernKind.PARENT_CONDUCT,
                    new Involved(PersonId.random(), Party.Kind.PARENT_CARER, Party.Involvement.SUBJECT, null, null));

            assertThatThrownBy(() -> concern.close(closingWith(ClosureByKind.NONE))).isInstanceOf(ConcernRefused.class)
                    .hasMessageContaining("the policy applied").hasMessageContaining("civil or legal action")
                    .hasMessageContaining("welfare support");
            concern.close(closingWith(byKind(null, null, null, false, null, null, null, false, null,
                    "Home-school agreement", "None")));

            assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
            assertThat(concern.closure().byKind().lines()).contains("Policy applied: Home-school agreement");
        }

        @Test
        void aBullyingCaseNeedsNoneOfThem() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2013-01-01", Party.Involvement.VICTIM));

            assertThat(concern.closureNeeds().any()).isFalse();
        }
    }

    @Test
    void theFactsChangingLeaveTheRecordsInPlace() {
        var concern = aSextingCase();
        concern.assessSextingRisk(everyFactorAnswered(), true, DSL, REPORTED);

        evaluate(concern);

        assertThat(concern.procedureRecords().assessment().complete()).isTrue();
    }
}
