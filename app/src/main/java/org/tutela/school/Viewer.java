package org.tutela.school;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A signed-in person as the access rules see them: who they are, where they belong and the roles they hold. */
public record Viewer(PersonId person, String displayName, SchoolId school, TrustId trust, List<RoleAssignment> roles) {

    public Viewer {
        Objects.requireNonNull(person, "a viewer is a person");
        roles = List.copyOf(roles);
    }

    /** The roles that apply to a record of this school; a school's trust is null when it stands alone. */
    public Set<Role> rolesFor(SchoolId recordSchool, TrustId recordTrust) {
        var applying = EnumSet.noneOf(Role.class);
        roles.stream().filter(held -> held.appliesTo(recordSchool, recordTrust)).forEach(held -> applying.add(held.role()));
        return applying;
    }

    /** Permissions are school-level: they come from roles held at that school. */
    public boolean may(Permission permission, SchoolId at) {
        return roles.stream()
                .filter(held -> at.equals(held.school()))
                .anyMatch(held -> held.role().permissions().contains(permission));
    }

    public Set<Role> allRoles() {
        return roles.stream().map(RoleAssignment::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean holds(Role role) {
        return allRoles().contains(role);
    }

    public boolean needsMultiFactor() {
        return roles.stream().anyMatch(held -> held.role().needsMultiFactor());
    }

    /** Schools where this person holds a role. */
    public Set<SchoolId> schools() {
        return roles.stream().map(RoleAssignment::school).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
