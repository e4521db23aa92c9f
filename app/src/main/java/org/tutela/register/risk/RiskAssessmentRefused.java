package org.tutela.register.risk;

/** A risk assessment that cannot be recorded as given; {@code field} names the form field to fix. */
public class RiskAssessmentRefused extends RuntimeException {

    private final String field;

    public RiskAssessmentRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
