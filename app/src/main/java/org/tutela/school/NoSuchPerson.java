package org.tutela.school;

public class NoSuchPerson extends RuntimeException {

    public NoSuchPerson(PersonId id) {
        super("No person with reference " + id);
    }
}
