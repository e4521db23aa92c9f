package org.tutela.audit;

public enum Outcome {
    ALLOWED, DENIED, FAILED
}
