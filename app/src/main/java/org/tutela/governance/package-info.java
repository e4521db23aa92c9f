/**
 * Governance: the compliance dashboard that shows a school's leadership, red, amber or green, what is in place and
 * what is missing, with where to fix it; the online-safety policy and the check that must pass before it is
 * activated; and the health check of the school's website pages (REQUIREMENTS §2.17, WEB-04, PROC-CSA-10).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.tutela.governance;
