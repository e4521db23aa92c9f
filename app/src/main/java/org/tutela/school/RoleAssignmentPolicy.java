package org.tutela.school;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may give or take away which staff roles at a school. Nobody changes their own roles, so nobody can raise
 * their own rights; only a headteacher gives or takes away the roles that open child-protection records and
 * allegations; and staff hold staff roles, never a parent's, a learner's or a visitor's.
 */
public final class RoleAssignmentPolicy {

    /** Roles that open child-protection cases or allegations about staff. */
    static final Set<Role> SAFEGUARDING_LEADERSHIP = EnumSet.of(Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL,
            Role.CHAIR_OF_GOVERNORS);

    private RoleAssignmentPolicy() {
    }

    /** The roles a member of staff may hold at a school, as a form offers them. */
    public static Set<Role> staffRoles() {
        var roles = Role.ofScope(Role.Scope.SCHOOL);
        roles.removeAll(EnumSet.of(Role.PARENT_CARER, Role.LEARNER, Role.VISITOR));
        return roles;
    }

    /** Why this change of a person's roles at this school is refused, if it is. */
    public static Optional<String> refusal(Viewer changer, PersonId person, SchoolId school, Set<Role> before,
            Set<Role> after) {
        var unchanged = before.equals(after);
        if (!staffRoles().containsAll(after)) {
            var wrong = new HashSet<>(after);
            wrong.removeAll(staffRoles());
            return Optional.of("Staff cannot hold these roles: " + labels(wrong));
        }
        if (unchanged) {
            return Optional.empty();
        }
        if (changer.person().equals(person)) {
            return Optional.of("You cannot change your own roles. Ask another administrator.");
        }
        var changed = new HashSet<>(before);
        changed.addAll(after);
        var kept = new HashSet<>(before);
        kept.retainAll(after);
        changed.removeAll(kept);
        changed.retainAll(SAFEGUARDING_LEADERSHIP);
        if (!changed.isEmpty() && !changer.rolesFor(school, null).contains(Role.HEADTEACHER)) {
            return Optional.of("Only the headteacher can give or take away these roles: " + labels(changed));
        }
        return Optional.empty();
    }

    private static String labels(Set<Role> roles) {
        return String.join(", ", roles.stream().sorted().map(Role::label).toList());
    }
}
