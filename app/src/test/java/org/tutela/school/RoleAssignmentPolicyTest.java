package org.tutela.school;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleAssignmentPolicyTest {

    final SchoolId school = new SchoolId(UUID.randomUUID());
    final PersonId colleague = PersonId.random();

    Viewer a(Role... roles) {
        return new Viewer(PersonId.random(), "Changer", school, null,
                java.util.Arrays.stream(roles).map(role -> RoleAssignment.atSchool(role, school)).toList());
    }

    @Test
    void aSchoolAdministratorCannotMakeThemselvesDsl() {
        var administrator = a(Role.SCHOOL_ADMINISTRATOR);

        assertThat(RoleAssignmentPolicy.refusal(administrator, administrator.person(), school,
                Set.of(Role.SCHOOL_ADMINISTRATOR), Set.of(Role.SCHOOL_ADMINISTRATOR, Role.DSL)))
                .hasValue("You cannot change your own roles. Ask another administrator.");
    }

    @Test
    void savingOnesOwnRecordWithoutChangingRolesIsFine() {
        var head = a(Role.HEADTEACHER);

        assertThat(RoleAssignmentPolicy.refusal(head, head.person(), school, Set.of(Role.HEADTEACHER),
                Set.of(Role.HEADTEACHER))).isEmpty();
    }

    @Test
    void onlyTheHeadteacherGivesOrTakesAwayTheDslRole() {
        var administrator = a(Role.SCHOOL_ADMINISTRATOR);
        var head = a(Role.HEADTEACHER);

        assertThat(RoleAssignmentPolicy.refusal(administrator, colleague, school, Set.of(Role.CLASS_STAFF),
                Set.of(Role.CLASS_STAFF, Role.DSL))).get().asString().contains("Only the headteacher");
        assertThat(RoleAssignmentPolicy.refusal(administrator, colleague, school, Set.of(Role.DEPUTY_DSL),
                Set.of())).get().asString().contains("Deputy designated safeguarding lead");
        assertThat(RoleAssignmentPolicy.refusal(head, colleague, school, Set.of(Role.CLASS_STAFF),
                Set.of(Role.CLASS_STAFF, Role.DSL))).isEmpty();
    }

    @Test
    void aSchoolAdministratorGivesOrdinaryStaffRoles() {
        var administrator = a(Role.SCHOOL_ADMINISTRATOR);

        assertThat(RoleAssignmentPolicy.refusal(administrator, colleague, school, Set.of(),
                Set.of(Role.CLASS_STAFF, Role.OFFICE_STAFF))).isEmpty();
    }

    @Test
    void staffCannotBeGivenAParentsOrALearnersRole() {
        var head = a(Role.HEADTEACHER);

        assertThat(RoleAssignmentPolicy.refusal(head, colleague, school, Set.of(),
                Set.of(Role.PARENT_CARER))).get().asString().contains("Staff cannot hold");
        assertThat(RoleAssignmentPolicy.staffRoles()).doesNotContain(Role.LEARNER, Role.VISITOR,
                Role.TRUST_SAFEGUARDING_OFFICER).contains(Role.DSL, Role.CLASS_STAFF);
        assertThat(List.copyOf(RoleAssignmentPolicy.staffRoles())).isNotEmpty();
    }
}
