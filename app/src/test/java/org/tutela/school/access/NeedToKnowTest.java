package org.tutela.school.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.RoleAssignment;
import org.tutela.school.SchoolId;
import org.tutela.school.TrustId;
import org.tutela.school.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.school.access.AccessLevel.*;

class NeedToKnowTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final TrustId kingfisher = new TrustId(UUID.randomUUID());
    final TrustId otherTrust = new TrustId(UUID.randomUUID());
    final SchoolId hawthorn = new SchoolId(UUID.randomUUID());
    final SchoolId brigids = new SchoolId(UUID.randomUUID());
    final SchoolId elsewhere = new SchoolId(UUID.randomUUID());

    Viewer aPersonAt(SchoolId school, TrustId trust, Role... roles) {
        var held = new ArrayList<RoleAssignment>();
        for (var role : roles) {
            held.add(role.scope() == Role.Scope.SCHOOL ? RoleAssignment.atSchool(role, school)
                    : RoleAssignment.acrossTrust(role, trust));
        }
        return new Viewer(PersonId.random(), "Someone", school, trust, held);
    }

    RestrictedRecord aChildProtectionCaseAt(SchoolId school) {
        return RestrictedRecord.of(RecordClass.R1, school, school.equals(elsewhere) ? otherTrust : kingfisher);
    }

    @Nested
    class RolesCombine {

        @Test
        void aHeadteacherWhoIsAlsoDslHasTheUnionOfBothRoles() {
            var head = aPersonAt(hawthorn, kingfisher, Role.HEADTEACHER);
            var headAndDsl = aPersonAt(hawthorn, kingfisher, Role.HEADTEACHER, Role.DSL, Role.ONLINE_SAFETY_LEAD);
            var aCase = aChildProtectionCaseAt(hawthorn);

            assertThat(NeedToKnow.decide(head, aCase, NOW).mayReadNarrative()).isFalse();
            assertThat(NeedToKnow.decide(head, aCase, NOW).levels()).contains(READ_SUMMARY);
            var combined = NeedToKnow.decide(headAndDsl, aCase, NOW);
            assertThat(combined.mayChange()).isTrue();
            assertThat(combined.levels()).contains(FULL, READ_SUMMARY);
        }

        @Test
        void aClassTeacherWhoIsAlsoOnlineSafetyLeadGetsFullAccessToGeneralIncidentsButNotToChildProtection() {
            var teacherAndOsl = aPersonAt(hawthorn, kingfisher, Role.CLASS_STAFF, Role.ONLINE_SAFETY_LEAD);

            assertThat(NeedToKnow.decide(teacherAndOsl, RestrictedRecord.of(RecordClass.R3, hawthorn, kingfisher), NOW)
                    .mayChange()).isTrue();
            assertThat(NeedToKnow.decide(teacherAndOsl, aChildProtectionCaseAt(hawthorn), NOW).mayOpen()).isFalse();
        }

        @Test
        void aClassTeacherSeesOnlyTheStatusOfTheirOwnReports() {
            var teacher = aPersonAt(hawthorn, kingfisher, Role.CLASS_STAFF);
            var theirs = aChildProtectionCaseAt(hawthorn).reportedBy(teacher.person());
            var someoneElses = aChildProtectionCaseAt(hawthorn).reportedBy(PersonId.random());

            var own = NeedToKnow.decide(teacher, theirs, NOW);
            assertThat(own.levels()).containsExactly(OWN_SUBMISSIONS);
            assertThat(own.mayReadNarrative()).isFalse();
            assertThat(NeedToKnow.decide(teacher, someoneElses, NOW).mayOpen()).isFalse();
        }

        @Test
        void technicalStaffGetTheTaskNeverTheNarrativeOfAChildProtectionCase() {
            var technician = aPersonAt(hawthorn, kingfisher, Role.TECHNICAL_STAFF);

            var access = NeedToKnow.decide(technician, aChildProtectionCaseAt(hawthorn), NOW);
            assertThat(access.levels()).containsExactly(TASK_ONLY);
            assertThat(access.mayReadNarrative()).isFalse();
        }

        @Test
        void governorsSeeOnlyAnonymisedAggregates() {
            var governor = aPersonAt(hawthorn, kingfisher, Role.GOVERNOR);

            var access = NeedToKnow.decide(governor, aChildProtectionCaseAt(hawthorn), NOW);
            assertThat(access.levels()).containsExactly(ANONYMISED);
            assertThat(access.mayOpen()).isFalse();
        }
    }

    @Nested
    class SubjectExclusion {

        @Test
        void aHeadteacherAndDslWhoIsTheSubjectOfAnAllegationGetsNothing() {
            var headAndDsl = aPersonAt(hawthorn, kingfisher, Role.HEADTEACHER, Role.DSL, Role.ONLINE_SAFETY_LEAD);
            var allegation = RestrictedRecord.of(RecordClass.R2, hawthorn, kingfisher).about(headAndDsl.person());

            var access = NeedToKnow.decide(headAndDsl, allegation, NOW);

            assertThat(access.levels()).isEmpty();
            assertThat(access.mayOpen()).isFalse();
        }

        @Test
        void aGrantCannotLetTheSubjectIn() {
            var deputy = aPersonAt(hawthorn, kingfisher, Role.DEPUTY_DSL);
            var allegation = RestrictedRecord.of(RecordClass.R2, hawthorn, kingfisher).about(deputy.person())
                    .withGrant(new CaseGrant(deputy.person(), "asked to help", null));

            assertThat(NeedToKnow.decide(deputy, allegation, NOW).mayOpen()).isFalse();
        }

        @Test
        void theDslSeesAnAllegationAboutSomeoneElse() {
            var dsl = aPersonAt(hawthorn, kingfisher, Role.DSL);
            var allegation = RestrictedRecord.of(RecordClass.R2, hawthorn, kingfisher).about(PersonId.random());

            assertThat(NeedToKnow.decide(dsl, allegation, NOW).mayChange()).isTrue();
        }
    }

    @Nested
    class Isolation {

        @Test
        void aDslSeesNothingOfAnotherSchoolInTheSameTrust() {
            var dsl = aPersonAt(hawthorn, kingfisher, Role.DSL);

            assertThat(NeedToKnow.decide(dsl, aChildProtectionCaseAt(brigids), NOW).levels()).isEmpty();
        }

        @Test
        void aDslSeesNothingOfAnotherTrust() {
            var dsl = aPersonAt(hawthorn, kingfisher, Role.DSL);

            assertThat(NeedToKnow.decide(dsl, aChildProtectionCaseAt(elsewhere), NOW).levels()).isEmpty();
        }

        @Test
        void theTrustSafeguardingOfficerSeesACaseOnlyOnceItIsEscalated() {
            var officer = aPersonAt(null, kingfisher, Role.TRUST_SAFEGUARDING_OFFICER);
            var aCase = aChildProtectionCaseAt(brigids);

            assertThat(NeedToKnow.decide(officer, aCase, NOW).mayOpen()).isFalse();
            assertThat(NeedToKnow.decide(officer, aCase.escalated(), NOW).mayReadNarrative()).isTrue();
        }

        @Test
        void theTrustSafeguardingOfficerSeesNothingOfAnotherTrustEvenWhenEscalated() {
            var officer = aPersonAt(null, kingfisher, Role.TRUST_SAFEGUARDING_OFFICER);

            assertThat(NeedToKnow.decide(officer, aChildProtectionCaseAt(elsewhere).escalated(), NOW).levels()).isEmpty();
        }

        @Test
        void rolesHeldAtOneSchoolDoNotApplyAtAnother() {
            var dslHereTeacherThere = new Viewer(PersonId.random(), "Split", hawthorn, kingfisher, List.of(
                    RoleAssignment.atSchool(Role.DSL, hawthorn), RoleAssignment.atSchool(Role.CLASS_STAFF, brigids)));

            assertThat(NeedToKnow.decide(dslHereTeacherThere, aChildProtectionCaseAt(hawthorn), NOW).mayChange()).isTrue();
            assertThat(NeedToKnow.decide(dslHereTeacherThere, aChildProtectionCaseAt(brigids), NOW).mayOpen()).isFalse();
        }
    }

    @Nested
    class Grants {

        @Test
        void aSencoWithAGrantReadsTheCaseUntilTheGrantExpires() {
            var senco = aPersonAt(hawthorn, kingfisher, Role.CLASS_STAFF);
            var until = NOW.plus(7, ChronoUnit.DAYS);
            var aCase = aChildProtectionCaseAt(hawthorn).withGrant(new CaseGrant(senco.person(), "SEN support", until));

            assertThat(NeedToKnow.decide(senco, aCase, NOW).mayReadNarrative()).isTrue();
            assertThat(NeedToKnow.decide(senco, aCase, until).mayOpen()).isFalse();
        }

        @Test
        void aGrantToSomeoneOfAnotherSchoolGivesNothing() {
            var outsider = aPersonAt(elsewhere, otherTrust, Role.DSL);
            var aCase = aChildProtectionCaseAt(hawthorn).withGrant(new CaseGrant(outsider.person(), "mistake", null));

            assertThat(NeedToKnow.decide(outsider, aCase, NOW).levels()).isEmpty();
        }
    }

    @Test
    void everyRoleHasARuleForEveryRecordClassEvenIfItIsNoAccess() {
        for (var role : Role.values()) {
            for (var recordClass : RecordClass.values()) {
                assertThat(AccessMatrix.cell(role, recordClass)).isNotNull();
            }
        }
        assertThat(AccessMatrix.cell(Role.DSL, RecordClass.R1)).containsExactly(FULL);
        assertThat(AccessMatrix.cell(Role.TRUST_TECHNOLOGY, RecordClass.R1)).isEmpty();
    }
}
