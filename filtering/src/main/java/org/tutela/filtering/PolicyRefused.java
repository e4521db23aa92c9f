package org.tutela.filtering;

/** A policy that cannot be activated as it stands, with the reason in words a network manager can act on. */
public class PolicyRefused extends IllegalArgumentException {

    public PolicyRefused(String reason) {
        super(reason);
    }
}
