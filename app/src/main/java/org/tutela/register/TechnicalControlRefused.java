package org.tutela.register;

/** A technical control that cannot be recorded as given: the reason, and the form field it is about. */
public class TechnicalControlRefused extends RuntimeException {

    private final String field;

    public TechnicalControlRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
