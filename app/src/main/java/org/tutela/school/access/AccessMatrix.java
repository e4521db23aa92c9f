package org.tutela.school.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.tutela.school.Role;

import static org.tutela.school.access.AccessLevel.*;
import static org.tutela.school.access.RecordClass.*;

/** The access matrix of REQUIREMENTS §1.2 as data: for each role and record class, the levels it grants. */
public final class AccessMatrix {

    private static final Map<Role, Map<RecordClass, Set<AccessLevel>>> CELLS = new EnumMap<>(Role.class);

    static {
        row(Role.DSL, FULL, FULL, FULL, READ, READ, FULL, FULL, READ);
        row(Role.DEPUTY_DSL, FULL, GRANT_ONLY, FULL, READ, READ, READ, READ, READ);
        row(Role.HEADTEACHER, set(READ_SUMMARY, GRANT_ONLY), FULL, READ, READ_SUMMARY, READ, FULL, FULL, READ);
        row(Role.ONLINE_SAFETY_LEAD, GRANT_ONLY, null, FULL, FULL, FULL, FULL, FULL, READ);
        row(Role.LEADERSHIP, GRANT_ONLY, null, ASSIGNED_STEPS, READ, READ, READ, FULL, READ);
        row(Role.TECHNICAL_STAFF, TASK_ONLY, TASK_ONLY, OWN_KIND_OF_ITEMS, FULL, FULL, OWN_RECORDS, READ, READ);
        row(Role.CLASS_STAFF, OWN_SUBMISSIONS, OWN_SUBMISSIONS, OWN_SUBMISSIONS, null, SCOPED, OWN_RECORDS, READ, null);
        row(Role.OFFICE_STAFF, OWN_SUBMISSIONS, null, OWN_KIND_OF_ITEMS, null, FULL, OWN_RECORDS, READ, null);
        row(Role.SCHOOL_ADMINISTRATOR, OWN_SUBMISSIONS, null, OWN_SUBMISSIONS, null, FULL, OWN_RECORDS, READ, null);
        row(Role.GOVERNOR, ANONYMISED, ANONYMISED, ANONYMISED, ANONYMISED, null, ANONYMISED, READ, READ);
        row(Role.CHAIR_OF_GOVERNORS, ANONYMISED, ANONYMISED, ANONYMISED, ANONYMISED, null, ANONYMISED, READ, READ);
        row(Role.TRUST_SAFEGUARDING_OFFICER, READ_IF_ESCALATED, READ_IF_ESCALATED, READ_IF_ESCALATED, ANONYMISED, null,
                ANONYMISED, READ, READ);
        row(Role.TRUST_TECHNOLOGY, null, null, READ, READ, READ, null, READ, READ);
        row(Role.PARENT_CARER, SCOPED, OWN_SUBMISSIONS, SCOPED, null, SCOPED, OWN_RECORDS, READ_PUBLISHED, null);
        row(Role.LEARNER, OWN_SUBMISSIONS, null, OWN_SUBMISSIONS, null, SCOPED, null, READ_PUBLISHED, null);
        row(Role.VISITOR, OWN_SUBMISSIONS, null, null, null, SCOPED, null, READ_PUBLISHED, null);
    }

    private AccessMatrix() {
    }

    /** The levels one role grants on one record class; empty for "—". */
    public static Set<AccessLevel> cell(Role role, RecordClass recordClass) {
        var levels = CELLS.getOrDefault(role, Map.of()).get(recordClass);
        return levels == null ? EnumSet.noneOf(AccessLevel.class) : EnumSet.copyOf(levels);
    }

    private static void row(Role role, Object... cellsR1toR8) {
        var row = new EnumMap<RecordClass, Set<AccessLevel>>(RecordClass.class);
        var classes = RecordClass.values();
        if (cellsR1toR8.length != classes.length) {
            throw new IllegalStateException("the row for " + role + " needs a cell for each of R1..R8");
        }
        for (int i = 0; i < classes.length; i++) {
            var cell = cellsR1toR8[i];
            if (cell instanceof AccessLevel level) {
                row.put(classes[i], EnumSet.of(level));
            } else if (cell instanceof Set<?> levels) {
                @SuppressWarnings("unchecked") var typed = (Set<AccessLevel>) levels;
                row.put(classes[i], EnumSet.copyOf(typed));
            }
        }
        CELLS.put(role, row);
    }

    private static Set<AccessLevel> set(AccessLevel... levels) {
        return EnumSet.of(levels[0], levels);
    }
}
