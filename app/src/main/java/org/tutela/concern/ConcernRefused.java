package org.tutela.concern;

/** A change the concern's current state does not allow, with the reason in words the person can act on. */
public class ConcernRefused extends RuntimeException {

    public ConcernRefused(String message) {
        super(message);
    }
}
