package org.tutela.audit;

import java.util.Set;
import java.util.UUID;

/** Says whose trail a person may read; the module that knows roles provides it. */
public interface AuditReaders {

    /** The schools whose trail this person may read; empty when none. */
    Set<UUID> schoolsWhoseTrailMayBeReadBy(AuditActor actor);
}
