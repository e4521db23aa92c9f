package org.tutela.school;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of REQUIREMENTS §1.1. One person may hold several; their rights combine.
 * School roles are held at one school, trust roles across one trust.
 */
public enum Role {
    HEADTEACHER("Headteacher", Scope.SCHOOL, true),
    DSL("Designated safeguarding lead", Scope.SCHOOL, true),
    DEPUTY_DSL("Deputy designated safeguarding lead", Scope.SCHOOL, true),
    ONLINE_SAFETY_LEAD("Online safety lead", Scope.SCHOOL, true),
    LEADERSHIP("Leadership team", Scope.SCHOOL, false),
    SCHOOL_ADMINISTRATOR("School administrator", Scope.SCHOOL, true),
    TECHNICAL_STAFF("Technical staff", Scope.SCHOOL, true),
    CLASS_STAFF("Class staff", Scope.SCHOOL, false),
    OFFICE_STAFF("Office staff", Scope.SCHOOL, false),
    GOVERNOR("Governor", Scope.SCHOOL, false),
    CHAIR_OF_GOVERNORS("Chair of governors", Scope.SCHOOL, false),
    PARENT_CARER("Parent or carer", Scope.SCHOOL, false),
    LEARNER("Learner", Scope.SCHOOL, false),
    VISITOR("Visitor", Scope.SCHOOL, false),
    TRUST_SAFEGUARDING_OFFICER("Trust safeguarding officer", Scope.TRUST, true),
    TRUST_TECHNOLOGY("Trust technology team", Scope.TRUST, true);

    public enum Scope { SCHOOL, TRUST }

    private final String label;
    private final Scope scope;
    private final boolean needsMultiFactor;

    Role(String label, Scope scope, boolean needsMultiFactor) {
        this.label = label;
        this.scope = scope;
        this.needsMultiFactor = needsMultiFactor;
    }

    public String label() {
        return label;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether signing in with this role requires a second factor (issue 2, SEC-06). */
    public boolean needsMultiFactor() {
        return needsMultiFactor;
    }

    public Set<Permission> permissions() {
        return Permission.grantedTo(this);
    }

    public static Set<Role> ofScope(Scope scope) {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).filter(role -> role.scope == scope).forEach(roles::add);
        return roles;
    }
}
