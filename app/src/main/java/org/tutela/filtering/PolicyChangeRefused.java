package org.tutela.filtering;

/** A proposal, approval or rejection that the policy's current state or the person's role does not allow. */
public class PolicyChangeRefused extends RuntimeException {

    public PolicyChangeRefused(String reason) {
        super(reason);
    }
}
