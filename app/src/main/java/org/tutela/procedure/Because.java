package org.tutela.procedure;

/** Why an action is required: the rule that produced it, in the school's words, and the policy it comes from. */
public record Because(String ruleId, String rule, String reference, String ruleSet) {
}
