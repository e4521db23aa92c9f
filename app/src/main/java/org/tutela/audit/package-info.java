/**
 * The audit trail: an append-only record of who did what to which record, when, from where, and whether it was
 * allowed. Every other module writes to it; nobody can change it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.tutela.audit;
