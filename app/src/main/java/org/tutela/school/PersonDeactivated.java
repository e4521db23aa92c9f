package org.tutela.school;

/** A person has left or must no longer use Tutela; their sign-in and sessions end. */
public record PersonDeactivated(PersonId person, SchoolId school) {
}
