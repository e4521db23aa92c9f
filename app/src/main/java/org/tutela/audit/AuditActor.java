package org.tutela.audit;

import java.util.UUID;

/** The signed-in person as the audit trail names them; the security principal implements it. */
public interface AuditActor {

    UUID personId();

    String displayName();

    /** The school the person belongs to, if any; their actions are filed under it. */
    UUID schoolId();
}
