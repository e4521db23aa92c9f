/**
 * Concerns and incidents: recorded in a minute, brought to the DSL at once, worked through the procedure the
 * escalation rules give, referred, evidenced lawfully and closed with a debrief (REQUIREMENTS §2.1–§2.4).
 * The root package is the domain model and stays free of Spring; persistence and pages live under it.
 */
package org.tutela.concern;
