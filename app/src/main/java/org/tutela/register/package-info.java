/**
 * Registers of the school's things and duties: devices and who has each, staff training and the guidance they must
 * have read, risk assessments, and the online-safety lessons taught. Other modules read training gaps and overdue
 * risk assessments through {@link org.tutela.register.TrainingCompliance} and
 * {@link org.tutela.register.RiskAssessmentReviews}.
 */
package org.tutela.register;
