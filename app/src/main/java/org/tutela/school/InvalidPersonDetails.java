package org.tutela.school;

/** Details that cannot be saved, with the field they concern so a form can show the error beside it. */
public class InvalidPersonDetails extends IllegalArgumentException {

    private final String field;

    public InvalidPersonDetails(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
