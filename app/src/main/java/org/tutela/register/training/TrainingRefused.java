package org.tutela.register.training;

/** Training or an acknowledgement that cannot be recorded as given; {@code field} names the form field to fix. */
public class TrainingRefused extends RuntimeException {

    private final String field;

    public TrainingRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
