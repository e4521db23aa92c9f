package org.tutela.concern;

import org.tutela.school.access.Access;
import org.tutela.school.access.AccessLevel;

/** What the person reading a case may do with it, from the need-to-know rules. */
public record CaseAccess(Access access) {

    /** Work the case: the DSL and deputies on R1, the headteacher on R2, the OSL on R3. */
    public boolean mayWork() {
        return access.mayChange();
    }

    /** Read who was involved and what happened. */
    public boolean mayReadNarrative() {
        return access.mayReadNarrative();
    }

    /** The headteacher's oversight summary of an R1 case: reference, kinds, status, dates, no names or narrative. */
    public boolean summaryOnly() {
        return !mayReadNarrative() && access.has(AccessLevel.READ_SUMMARY);
    }

    public boolean mayOpen() {
        return mayReadNarrative() || summaryOnly();
    }
}
