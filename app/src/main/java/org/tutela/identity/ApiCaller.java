package org.tutela.identity;

import java.util.UUID;

import org.tutela.audit.AuditActor;
import org.tutela.school.PersonId;
import org.tutela.school.SignedInPerson;

/**
 * The principal of an API request made with a personal access token. It carries who the person is and nothing of
 * what they may do: their roles are read fresh for each request, as for a signed-in person.
 */
record ApiCaller(UUID tokenId, UUID accountId, UUID personId, String displayName, UUID schoolId)
        implements SignedInPerson, AuditActor {

    @Override
    public PersonId person() {
        return new PersonId(personId);
    }
}
