package org.tutela.school.access;

import java.time.Instant;
import java.util.EnumSet;

import org.tutela.school.Viewer;

import static org.tutela.school.access.AccessLevel.*;

/**
 * Decides what a person may see of a record: the union of the rights of the roles they hold where the record
 * belongs (ACC-01), never anything of another school or trust (ACC-09), nothing at all for the person the record
 * is about (ACC-04), and more only through a grant in force (ACC-02) or an escalation to the trust (ACC-08).
 */
public final class NeedToKnow {

    private NeedToKnow() {
    }

    public static Access decide(Viewer viewer, RestrictedRecord record, Instant now) {
        if (record.subjects().contains(viewer.person())) {
            return Access.none("the record is about this person");
        }
        var roles = viewer.rolesFor(record.school(), record.trust());
        var grant = record.grants().stream()
                .filter(g -> g.grantee().equals(viewer.person()) && g.inForceAt(now))
                .filter(g -> belongsWhereTheRecordDoes(viewer, record))
                .findFirst();
        if (roles.isEmpty() && grant.isEmpty()) {
            return Access.none("no role at this record's school or trust");
        }
        var levels = EnumSet.noneOf(AccessLevel.class);
        roles.forEach(role -> levels.addAll(AccessMatrix.cell(role, record.recordClass())));

        if (levels.remove(READ_IF_ESCALATED) && record.escalatedToTrust()) {
            levels.add(READ);
        }
        if (levels.contains(OWN_SUBMISSIONS) && !viewer.person().equals(record.reporter())) {
            levels.remove(OWN_SUBMISSIONS);
        }
        if (levels.contains(SCOPED) && !record.scopedTo().contains(viewer.person())) {
            levels.remove(SCOPED);
        }
        if (grant.isPresent()) {
            levels.add(grant.get().working() ? FULL : READ);
            return new Access(levels, "grant: " + grant.get().reason());
        }
        return new Access(levels, levels.isEmpty() ? "the roles held give no access to " + record.recordClass()
                : "roles " + roles);
    }

    private static boolean belongsWhereTheRecordDoes(Viewer viewer, RestrictedRecord record) {
        return record.school().equals(viewer.school()) || (record.trust() != null && record.trust().equals(viewer.trust()));
    }
}
