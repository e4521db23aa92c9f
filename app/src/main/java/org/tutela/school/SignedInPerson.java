package org.tutela.school;

/** The signed-in person, as the security principal presents them to this module. */
public interface SignedInPerson {

    PersonId person();
}
