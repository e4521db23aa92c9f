package org.tutela.school.access;

/** The cell codes of the access matrix, split where the matrix qualifies a code. */
public enum AccessLevel {
    /** F: full read and write. */
    FULL,
    /** R: read. */
    READ,
    /** R (summary): an oversight summary, not the narrative. */
    READ_SUMMARY,
    /** R if escalated: read once the school has escalated the record to the trust. */
    READ_IF_ESCALATED,
    /** F restricted to the items of the person's own kind (technical items, confiscation and hand-in items). */
    OWN_KIND_OF_ITEMS,
    /** R for the steps assigned to the person. */
    ASSIGNED_STEPS,
    /** O: own submissions only (acknowledgement and status). */
    OWN_SUBMISSIONS,
    /** own: the person's own records (e.g. their training). */
    OWN_RECORDS,
    /** G: only through a case-level grant. */
    GRANT_ONLY,
    /** T: the technical task, never the narrative. */
    TASK_ONLY,
    /** S: scoped to own pupils or own child. */
    SCOPED,
    /** R (published): published policies and the person's own AUP. */
    READ_PUBLISHED,
    /** A: anonymised aggregates only. */
    ANONYMISED
}
