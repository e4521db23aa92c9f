/**
 * Registers of the school's things and duties: devices and who has each (so that a filtering decision logged for a
 * device's address names the person who had it at that moment); the technical controls (the IWF list, filtering,
 * firewall, anti-spam) with the dates they were verified; staff training and the guidance they must have read; risk
 * assessments; and the online-safety lessons taught. Other modules read training gaps and overdue risk assessments
 * through {@link org.tutela.register.TrainingCompliance} and {@link org.tutela.register.RiskAssessmentReviews}.
 */
package org.tutela.register;
