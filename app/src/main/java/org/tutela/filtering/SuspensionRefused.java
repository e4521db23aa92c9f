package org.tutela.filtering;

/** A suspension of a learner's internet access that cannot be put in place or lifted as asked, and why. */
public class SuspensionRefused extends RuntimeException {

    public SuspensionRefused(String message) {
        super(message);
    }
}
