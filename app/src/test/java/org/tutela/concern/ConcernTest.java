package org.tutela.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.ConcernKind.RiskArea;
import org.tutela.procedure.EscalationRules;
import org.tutela.procedure.Fact;
import org.tutela.procedure.Party;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/** The concern's state changes and what each refuses, under a small rule set written for these tests. */
class ConcernTest {

    static final Instant REPORTED = Instant.parse("2026-03-10T10:15:00Z");
    static final PersonId DSL = PersonId.random();

    /** Rules standing in for the escalation table, so that these tests do not depend on its wording. */
    static final EscalationRules RULES = EscalationRules.forArea("none").withSchoolAdditions("test", """
            version: "1"
            rules:
              - id: T-POLICE-FIRST
                title: Police before sanctions and parents
                when: {facts: [CRIME_RECORDED]}
                then:
                  - {code: POLICE_BEFORE_OTHER_STEPS, kind: MANDATORY, urgency: BEFORE_OTHER_STEPS, before: [SANCTIONS, PARENTS]}
              - id: T-SANCTIONS
                title: Sanctions decision
                when: {kind: BULLYING}
                then:
                  - {code: SANCTIONS, kind: DECISION}
              - id: T-DELETE
                title: Deletion step
                when: {kind: [SEXTING, INDECENT_IMAGES]}
                then:
                  - {code: DELETE_COPIES, kind: MANDATORY}
              - id: T-RISK
                title: Risk assessment
                when: {kind: SEXTING}
                then:
                  - {code: RISK_ASSESSMENT, kind: MANDATORY}
              - id: T-CHANNEL
                title: Channel decision
                when: {kind: RADICALISATION}
                then:
                  - {code: CHANNEL, kind: DECISION}
              - id: T-SHARE
                title: Sharing gate
                when: {facts: [SHARING_BEYOND_COMMUNITY]}
                then:
                  - {code: SHARING_GATE, kind: MANDATORY, needs_one_of: [POLICE_ADVICE, MASH_ADVICE]}
              - id: T-MASH
                title: Advice
                when: {facts: [UNSURE_HOW_TO_PROCEED]}
                then:
                  - {code: MASH_ADVICE, kind: MANDATORY}
            """);

    static Concern aConcern(ConcernKind kind, Involved... involved) {
        var report = new Concern.Report(PersonId.random(), "A teacher", Intake.ReporterKind.STAFF, REPORTED,
                Intake.Source.STAFF_OBSERVATION, LocalDate.parse("2026-03-09"), Intake.Location.OFF_SITE,
                Intake.Device.PERSONAL, "Snapchat", "What the child said, in their words.", null, false, null, false);
        var concern = Concern.report(ConcernId.random(), new SchoolId(java.util.UUID.randomUUID()), "T-2026-0001",
                report, Set.of(kind), List.of(involved));
        evaluate(concern);
        concern.takeEntries();
        return concern;
    }

    static void evaluate(Concern concern) {
        concern.apply(RULES.evaluate(concern.caseFacts(person -> Set.of())), REPORTED);
    }

    static Involved aLearnerBorn(String date, Party.Involvement how) {
        return new Involved(PersonId.random(), Party.Kind.LEARNER, how, null, LocalDate.parse(date));
    }

    static Concern.Closure closing(ParentsDecision parents, String override) {
        return new Concern.Closure("Support from the pastoral team; no sanction.", "Pastoral support", parents,
                parents == ParentsDecision.INFORMED ? "Told by the DSL by phone" : "Police asked for a delay", override,
                ClosureByKind.NONE, DSL, REPORTED.plusSeconds(3600));
    }

    @Test
    void aConcernWithNoDescriptionIsRefusedAndSaysWhatIsMissing() {
        var report = new Concern.Report(null, null, Intake.ReporterKind.ANONYMOUS, REPORTED, Intake.Source.ANONYMOUS,
                LocalDate.parse("2026-03-09"), Intake.Location.NOT_KNOWN, Intake.Device.NOT_KNOWN, null, " ", null,
                false, null, false);

        assertThatThrownBy(() -> Concern.report(ConcernId.random(), new SchoolId(java.util.UUID.randomUUID()), "R", report,
                Set.of(), List.of(new Involved(null, Party.Kind.UNKNOWN, Party.Involvement.SUBJECT, "unknown", null))))
                .isInstanceOf(ConcernRefused.class).hasMessageContaining("what happened");
    }

    @Test
    void aStaffReportOfImmediateRiskMustSayWhether999WasCalled() {
        var report = new Concern.Report(PersonId.random(), "A teacher", Intake.ReporterKind.STAFF, REPORTED,
                Intake.Source.STAFF_OBSERVATION, LocalDate.parse("2026-03-10"), Intake.Location.ON_SITE,
                Intake.Device.NONE, null, "A child said they are going to meet an adult tonight.", null, true, null, false);

        assertThatThrownBy(() -> Concern.report(ConcernId.random(), new SchoolId(java.util.UUID.randomUUID()), "R", report,
                Set.of(ConcernKind.ABUSE_OR_EXPLOITATION),
                List.of(aLearnerBorn("2014-01-01", Party.Involvement.VICTIM))))
                .isInstanceOf(ConcernRefused.class).hasMessageContaining("999");
    }

    @Test
    void theAgeOfEachPersonIsTakenOnTheIncidentDate() {
        var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-03-10", Party.Involvement.VICTIM));

        var facts = concern.caseFacts(person -> Set.of());

        // 13 on the reporting day, 12 the day before when it happened.
        assertThat(facts.parties().get(0).ageOnIncidentDate()).isEqualTo(12);
    }

    @Nested
    class Closing {

        @Test
        void aCaseCannotCloseWhileAMandatoryActionIsOpen() {
            var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.close(closing(ParentsDecision.INFORMED, null)))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("DELETE_COPIES");
            assertThat(concern.status()).isEqualTo(ConcernStatus.NEW);
        }

        @Test
        void theDslCanOverrideAnOpenMandatoryActionWithAReason() {
            var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));

            concern.close(closing(ParentsDecision.INFORMED, "The police took the device and all copies with it."));

            assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
            assertThat(concern.takeEntries()).anyMatch(line -> line.contains("override of [") && line.contains("DELETE_COPIES"));
        }

        @Test
        void aCaseInvolvingALearnerNeedsTheDecisionOnTellingParents() {
            var concern = aConcern(ConcernKind.OTHER, aLearnerBorn("2015-05-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.close(closing(null, null)))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("informing parents");
        }

        @Test
        void parentsNotInformedNeedsAReason() {
            var concern = aConcern(ConcernKind.OTHER, aLearnerBorn("2015-05-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.close(new Concern.Closure("No further action: advice given.", null,
                    ParentsDecision.NOT_APPROPRIATE, " ", null, null, DSL, REPORTED)))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("reason parents were not informed");
        }

        @Test
        void aDebriefFollowsClosureAndCompletesTheCase() {
            var concern = aConcern(ConcernKind.OTHER, aLearnerBorn("2015-05-01", Party.Involvement.VICTIM));
            assertThatThrownBy(() -> concern.debrief("Lessons", DSL, REPORTED)).isInstanceOf(ConcernRefused.class);

            concern.close(closing(ParentsDecision.INFORMED, null));
            concern.debrief("Teach screenshot etiquette in Year 6 PSHE.", DSL, REPORTED);

            assertThat(concern.status()).isEqualTo(ConcernStatus.DEBRIEFED);
        }
    }

    @Nested
    class Actions {

        @Test
        void settingAnActionAsideNeedsARationaleOfTwentyCharacters() {
            var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.notApplicable(ActionCode.DELETE_COPIES, "no copies", DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("20 characters");
            concern.notApplicable(ActionCode.DELETE_COPIES, "No copies exist anywhere: the image was never sent.", DSL,
                    REPORTED);

            assertThat(concern.done(ActionCode.DELETE_COPIES)).isFalse();
            assertThat(concern.actions()).anySatisfy(a -> {
                assertThat(a.code()).isEqualTo(ActionCode.DELETE_COPIES);
                assertThat(a.status()).isEqualTo(ActionStatus.NOT_APPLICABLE);
            });
        }

        @Test
        void sanctionsWaitUntilThePoliceHaveBeenConsulted() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2014-05-01", Party.Involvement.VICTIM));
            concern.triage(EnumSet.of(ConcernKind.BULLYING), EnumSet.of(RiskArea.CONDUCT), EnumSet.of(Fact.CRIME_RECORDED));
            evaluate(concern);

            assertThatThrownBy(() -> concern.complete(ActionCode.SANCTIONS, true, "Detention", null, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("Police consultation required first");

            concern.complete(ActionCode.POLICE_BEFORE_OTHER_STEPS, null, "PC 123 advised", null, DSL, REPORTED);
            concern.complete(ActionCode.SANCTIONS, true, "Detention and a restorative meeting", null, DSL, REPORTED);
            assertThat(concern.done(ActionCode.SANCTIONS)).isTrue();
        }

        @Test
        void aDecisionNeedsItsAnswerAndItsReason() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2014-05-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.complete(ActionCode.SANCTIONS, null, "", null, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("yes or no");
        }

        @Test
        void aPoliceHoldPausesSanctionsUntilLiftedWithANote() {
            var concern = aConcern(ConcernKind.BULLYING, aLearnerBorn("2014-05-01", Party.Involvement.VICTIM));
            concern.holdForPolice(true, null);

            assertThatThrownBy(() -> concern.complete(ActionCode.SANCTIONS, true, "Detention", null, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("police hold");
            assertThatThrownBy(() -> concern.holdForPolice(false, "")).isInstanceOf(ConcernRefused.class);
            concern.holdForPolice(false, "PC 123 says the investigation is done");
            concern.complete(ActionCode.SANCTIONS, true, "Detention", null, DSL, REPORTED);
        }

        @Test
        void sharingBeyondTheSchoolNeedsPoliceOrMashAdviceFirst() {
            var concern = aConcern(ConcernKind.OTHER, aLearnerBorn("2014-05-01", Party.Involvement.VICTIM));
            concern.triage(EnumSet.of(ConcernKind.OTHER), EnumSet.of(RiskArea.CONTACT),
                    EnumSet.of(Fact.SHARING_BEYOND_COMMUNITY, Fact.UNSURE_HOW_TO_PROCEED));
            evaluate(concern);

            assertThatThrownBy(() -> concern.complete(ActionCode.SHARING_GATE, null, "Told the other school", null, DSL,
                    REPORTED)).isInstanceOf(ConcernRefused.class).hasMessageContaining("MASH_ADVICE");
            concern.complete(ActionCode.MASH_ADVICE, null, "MASH: share the outline only", null, DSL, REPORTED);
            concern.complete(ActionCode.SHARING_GATE, null, "Told the other school", null, DSL, REPORTED);
        }

        @Test
        void whenTheFactsChangeAnOpenActionIsWithdrawnAndAStartedOneIsKept() {
            var concern = aConcern(ConcernKind.OTHER, aLearnerBorn("2014-05-01", Party.Involvement.VICTIM));
            concern.triage(EnumSet.of(ConcernKind.OTHER), EnumSet.of(RiskArea.CONTACT),
                    EnumSet.of(Fact.SHARING_BEYOND_COMMUNITY, Fact.UNSURE_HOW_TO_PROCEED));
            evaluate(concern);
            concern.start(ActionCode.MASH_ADVICE, "Left a message with MASH", DSL, REPORTED);

            concern.triage(EnumSet.of(ConcernKind.OTHER), EnumSet.of(RiskArea.CONTACT), EnumSet.noneOf(Fact.class));
            evaluate(concern);

            assertThat(concern.actions()).filteredOn(a -> a.code() == ActionCode.SHARING_GATE)
                    .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.WITHDRAWN));
            assertThat(concern.actions()).filteredOn(a -> a.code() == ActionCode.MASH_ADVICE)
                    .singleElement().satisfies(a -> {
                        assertThat(a.status()).isEqualTo(ActionStatus.STARTED);
                        assertThat(a.requiredNow()).isFalse();
                    });
            assertThat(concern.takeEntries()).anyMatch(line -> line.contains("withdrawn because the facts changed"))
                    .anyMatch(line -> line.contains("kept because it was already started"));
        }
    }

    @Nested
    class DeletingCopies {

        @Test
        void onlyTheDslMayRecordThatSextingImagesWereDeleted() {
            var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));
            var all = new Concern.DeletionConfirmation(true, true, true, false);

            assertThatThrownBy(() -> concern.deleteCopies(all, false, false, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("Only the designated safeguarding lead");
        }

        @Test
        void theDslMustConfirmAllThreeThings() {
            var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.deleteCopies(new Concern.DeletionConfirmation(true, true, false, false),
                    true, false, DSL, REPORTED)).isInstanceOf(ConcernRefused.class).hasMessageContaining("all three");
            concern.deleteCopies(new Concern.DeletionConfirmation(true, true, true, false), true, false, DSL, REPORTED);
            assertThat(concern.done(ActionCode.DELETE_COPIES)).isTrue();
        }

        @Test
        void indecentImagesFoundOnASchoolDeviceAreDeletedOnlyOnPoliceAdvice() {
            var concern = aConcern(ConcernKind.INDECENT_IMAGES, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));
            concern.triage(EnumSet.of(ConcernKind.INDECENT_IMAGES), EnumSet.of(RiskArea.CONTENT),
                    EnumSet.of(Fact.IIOC_ON_SCHOOL_DEVICE));
            evaluate(concern);
            var dslConfirms = new Concern.DeletionConfirmation(true, true, true, false);

            assertThatThrownBy(() -> concern.deleteCopies(dslConfirms, true, false, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("only on police advice");
            assertThatThrownBy(() -> concern.deleteCopies(new Concern.DeletionConfirmation(false, false, false, true),
                    true, false, DSL, REPORTED)).isInstanceOf(ConcernRefused.class).hasMessageContaining("Record the police advice");
            concern.record(ActionCode.POLICE_ADVICE, null, "PC 123: delete all other copies", DSL, REPORTED);
            concern.deleteCopies(new Concern.DeletionConfirmation(false, false, false, true), true, true, DSL, REPORTED);
            assertThat(concern.done(ActionCode.DELETE_COPIES)).isTrue();
        }

        @Test
        void theDeletionStepCannotBeTickedOffAsAnOrdinaryAction() {
            var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));

            assertThatThrownBy(() -> concern.complete(ActionCode.DELETE_COPIES, null, "gone", null, DSL, REPORTED))
                    .isInstanceOf(ConcernRefused.class).hasMessageContaining("gated step");
        }
    }

    @Test
    void aChildProtectionCaseIsAssignedOnlyToTheDslOrADeputy() {
        var concern = aConcern(ConcernKind.SEXTING, aLearnerBorn("2013-05-01", Party.Involvement.VICTIM));

        assertThatThrownBy(() -> concern.assignTo(PersonId.random(), false))
                .isInstanceOf(ConcernRefused.class).hasMessageContaining("DSL or a deputy");
    }

    @Test
    void theSubjectOfAConcernIsWhomItIsAbout() {
        var teacher = PersonId.random();
        var concern = aConcern(ConcernKind.STAFF_ALLEGATION,
                new Involved(teacher, Party.Kind.STAFF, Party.Involvement.ALLEGED_PERPETRATOR, null, null),
                new Involved(PersonId.random(), Party.Kind.STAFF, Party.Involvement.WITNESS, null, null));

        assertThat(concern.subjects()).containsExactly(teacher);
    }
}
