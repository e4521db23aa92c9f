package org.tutela.procedure;

/** A rules file that cannot be used, with the reason in words a DSL or administrator can act on. */
public class RuleSetInvalid extends RuntimeException {

    public RuleSetInvalid(String message) {
        super(message);
    }

    public RuleSetInvalid(String message, Throwable cause) {
        super(message, cause);
    }
}
