/**
 * The procedure engine: each kind of concern's ordered steps and the escalation table E-01..E-54, held as data per
 * local area and evaluated against a case's facts into required actions (REQUIREMENTS §2.2, §2.3, §3). Plain Java.
 */
package org.tutela.procedure;
