package org.tutela.school;

import java.util.EnumSet;
import java.util.Set;

import static org.tutela.school.Role.*;

/** What a role lets a person do with a school's pages, beyond the record-level rules of {@code access}. */
public enum Permission {
    /** Add, edit and deactivate staff and learners. */
    MANAGE_PEOPLE(EnumSet.of(HEADTEACHER, SCHOOL_ADMINISTRATOR)),
    /** Read the register of staff and learners (R5). */
    VIEW_PEOPLE(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR,
            TECHNICAL_STAFF, OFFICE_STAFF)),
    /** Read the school's audit trail. */
    READ_AUDIT_TRAIL(EnumSet.of(HEADTEACHER, DSL));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    static Set<Permission> grantedTo(Role role) {
        var permissions = EnumSet.noneOf(Permission.class);
        for (var permission : values()) {
            if (permission.roles.contains(role)) {
                permissions.add(permission);
            }
        }
        return permissions;
    }
}
