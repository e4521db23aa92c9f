package org.tutela.concern.api;

/**
 * What was done about a required action: {@code DONE} (with the decision and its reason for a decision step) or
 * {@code NOT_APPLICABLE} with the rationale in {@code note} (at least 20 characters, INC-15). {@code evidence} fills in
 * the fields the school's procedure asks for on that step, by their labels (PROC-GEN-01).
 */
record CompletionRequest(String outcome, Boolean decision, String note, java.util.Map<String, String> evidence) {
}
