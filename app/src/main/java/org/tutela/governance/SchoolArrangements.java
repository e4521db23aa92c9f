package org.tutela.governance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.concern.Contacts;
import org.tutela.concern.Contacts.Agency;
import org.tutela.school.People;
import org.tutela.school.Role;
import org.tutela.school.School;

/** Reads a school's contacts directory and role holders into the facts {@link ActivationCheck} judges. */
@Component
public class SchoolArrangements {

    /** The directory entries ESC-18 requires; the trust's officer only for a school in a trust. */
    static final List<Agency> REQUIRED = List.of(Agency.POLICE_EMERGENCY, Agency.POLICE_LOCAL, Agency.SOCIAL_CARE,
            Agency.MASH, Agency.LADO, Agency.EDUCATION_SAFEGUARDING_TEAM, Agency.TRUST_SAFEGUARDING);

    private final Contacts contacts;
    private final People people;

    SchoolArrangements(Contacts contacts, People people) {
        this.contacts = contacts;
        this.people = people;
    }

    public ActivationCheck.Arrangements of(School school) {
        var directory = new ArrayList<ActivationCheck.DirectoryEntry>();
        var entries = contacts.of(school.id());
        for (var agency : REQUIRED) {
            if (agency == Agency.TRUST_SAFEGUARDING && school.trust() == null) {
                continue;
            }
            var filled = entries.stream().anyMatch(c -> c.agency() == agency && !c.empty());
            directory.add(new ActivationCheck.DirectoryEntry(agency.label(), filled));
        }
        var holders = new EnumMap<Role, List<ActivationCheck.RoleHolder>>(Role.class);
        for (var role : ActivationCheck.NAMED_ROLES) {
            holders.put(role, people.holding(role, school.id()).stream()
                    .map(p -> new ActivationCheck.RoleHolder(p.fullName(), p.email() != null && !p.email().isBlank()))
                    .toList());
        }
        return new ActivationCheck.Arrangements(directory, holders);
    }
}
