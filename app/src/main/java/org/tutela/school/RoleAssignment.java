package org.tutela.school;

import java.util.Objects;

/** A role held at one school, or across one trust for trust roles. */
public record RoleAssignment(Role role, SchoolId school, TrustId trust) {

    public RoleAssignment {
        Objects.requireNonNull(role, "a role assignment needs a role");
        if (role.scope() == Role.Scope.SCHOOL && (school == null || trust != null)) {
            throw new IllegalArgumentException(role.label() + " is held at one school");
        }
        if (role.scope() == Role.Scope.TRUST && (trust == null || school != null)) {
            throw new IllegalArgumentException(role.label() + " is held across one trust");
        }
    }

    public static RoleAssignment atSchool(Role role, SchoolId school) {
        return new RoleAssignment(role, school, null);
    }

    public static RoleAssignment acrossTrust(Role role, TrustId trust) {
        return new RoleAssignment(role, null, trust);
    }

    /** Whether this role applies to something belonging to the given school of the given trust (which may be null). */
    public boolean appliesTo(SchoolId recordSchool, TrustId recordTrust) {
        return school != null ? school.equals(recordSchool) : trust.equals(recordTrust);
    }
}
