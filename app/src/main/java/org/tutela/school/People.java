package org.tutela.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;

/** The people of each school and trust, and the roles they hold. Every change is audited. */
@Repository
public class People {

    private static final String COLUMNS = """
            id, school_id, trust_id, kind, given_name, family_name, email, job_title, date_of_birth, year_group,
            active, version
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    People(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    public Optional<Person> find(PersonId id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id.value()).query(People::person)
                .optional();
    }

    public List<Person> ofSchool(SchoolId school, PersonKind kind) {
        return jdbc.sql("select " + COLUMNS + """
                 from person where school_id = ? and kind = ?
                 order by active desc, family_name, given_name""")
                .params(school.value(), kind.name()).query(People::person).list();
    }

    /** The active people holding a role at a school (or, for trust roles, across the school's trust). */
    public List<Person> holding(Role role, SchoolId school) {
        if (role.scope() == Role.Scope.TRUST) {
            return jdbc.sql("select " + COLUMNS + """
                     from person where active and id in (select person_id from role_assignment
                         where role = ? and trust_id = (select trust_id from school where id = ?))
                     order by family_name, given_name""")
                    .params(role.name(), school.value()).query(People::person).list();
        }
        return jdbc.sql("select " + COLUMNS + """
                 from person where active and id in (select person_id from role_assignment where role = ? and school_id = ?)
                 order by family_name, given_name""")
                .params(role.name(), school.value()).query(People::person).list();
    }

    public List<Person> parentsOf(PersonId learner) {
        return jdbc.sql("select " + COLUMNS + """
                 from person where id in (select parent_id from parent_link where learner_id = ?)
                 order by family_name, given_name""")
                .param(learner.value()).query(People::person).list();
    }

    @Transactional
    public Person add(SchoolId school, TrustId trust, PersonKind kind, PersonDetails details) {
        if (kind == PersonKind.LEARNER && (details.dateOfBirth() == null || details.yearGroup() == null)) {
            throw new InvalidPersonDetails("dateOfBirth", "A learner needs a date of birth and a year group");
        }
        var id = PersonId.random();
        try {
            jdbc.sql("""
                    insert into person (id, school_id, trust_id, kind, given_name, family_name, email, job_title,
                                        date_of_birth, year_group)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), school == null ? null : school.value(), trust == null ? null : trust.value(),
                            kind.name(), details.givenName(), details.familyName(), details.email(),
                            details.jobTitle(), details.dateOfBirth(),
                            details.yearGroup() == null ? null : details.yearGroup().name())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new InvalidPersonDetails("email", "Someone else already uses this email address");
        }
        audit.record("PERSON_ADDED", "person", id, school == null ? null : school.value(), Outcome.ALLOWED,
                kind.name());
        return find(id).orElseThrow();
    }

    @Transactional
    public Person change(PersonId id, int expectedVersion, PersonDetails details) {
        var before = find(id).orElseThrow(() -> new NoSuchPerson(id));
        if (before.kind() == PersonKind.LEARNER && (details.dateOfBirth() == null || details.yearGroup() == null)) {
            throw new InvalidPersonDetails("dateOfBirth", "A learner needs a date of birth and a year group");
        }
        int updated;
        try {
            updated = jdbc.sql("""
                    update person set given_name = ?, family_name = ?, email = ?, job_title = ?, date_of_birth = ?,
                                      year_group = ?, version = version + 1, updated_at = now()
                    where id = ? and version = ?""")
                    .params(details.givenName(), details.familyName(), details.email(), details.jobTitle(),
                            details.dateOfBirth(), details.yearGroup() == null ? null : details.yearGroup().name(),
                            id.value(), expectedVersion)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new InvalidPersonDetails("email", "Someone else already uses this email address");
        }
        if (updated == 0) {
            throw new ChangedMeanwhile(before.fullName() + "'s record");
        }
        audit.record("PERSON_CHANGED", "person", id, schoolOf(before), Outcome.ALLOWED, changes(before, details));
        return find(id).orElseThrow();
    }

    /** Deactivates a person: they keep their history but can no longer sign in, and their sessions end at once. */
    @Transactional
    public Person deactivate(PersonId id) {
        var person = find(id).orElseThrow(() -> new NoSuchPerson(id));
        if (!person.active()) {
            throw new IllegalStateException(person.fullName() + " is already deactivated");
        }
        jdbc.sql("update person set active = false, deactivated_at = now(), version = version + 1 where id = ?")
                .param(id.value()).update();
        audit.record("PERSON_DEACTIVATED", "person", id, schoolOf(person), Outcome.ALLOWED, null);
        events.publishEvent(new PersonDeactivated(id, person.school()));
        return find(id).orElseThrow();
    }

    @Transactional
    public void linkParent(PersonId parent, PersonId learner, String relationship) {
        jdbc.sql("insert into parent_link (parent_id, learner_id, relationship) values (?, ?, ?) on conflict do nothing")
                .params(parent.value(), learner.value(), relationship).update();
        audit.record("PARENT_LINKED", "person", learner, null, Outcome.ALLOWED, "parent " + parent);
    }

    public List<RoleAssignment> rolesOf(PersonId person) {
        return jdbc.sql("select role, school_id, trust_id from role_assignment where person_id = ? order by role")
                .param(person.value())
                .query((rs, n) -> new RoleAssignment(Role.valueOf(rs.getString("role")),
                        idOrNull(rs.getObject("school_id", UUID.class), SchoolId::new),
                        idOrNull(rs.getObject("trust_id", UUID.class), TrustId::new)))
                .list();
    }

    /** Sets the roles a person holds at one school, replacing those they held there before. */
    @Transactional
    public void setRolesAt(PersonId person, SchoolId school, Collection<Role> roles) {
        var before = rolesOf(person).stream().filter(r -> school.equals(r.school())).map(RoleAssignment::role).toList();
        jdbc.sql("delete from role_assignment where person_id = ? and school_id = ?")
                .params(person.value(), school.value()).update();
        for (var role : roles) {
            assign(person, RoleAssignment.atSchool(role, school));
        }
        audit.record("ROLES_CHANGED", "person", person, school.value(), Outcome.ALLOWED,
                "from " + before + " to " + List.copyOf(roles));
    }

    @Transactional
    public void assign(PersonId person, RoleAssignment assignment) {
        jdbc.sql("insert into role_assignment (person_id, role, school_id, trust_id) values (?, ?, ?, ?) on conflict do nothing")
                .params(person.value(), assignment.role().name(),
                        assignment.school() == null ? null : assignment.school().value(),
                        assignment.trust() == null ? null : assignment.trust().value())
                .update();
    }

    /** The signed-in person as the access rules see them; empty when they are unknown or deactivated. */
    public Optional<Viewer> viewer(PersonId id) {
        return find(id).filter(Person::active).map(person -> new Viewer(person.id(), person.fullName(),
                person.school(), trustOf(person), rolesOf(person.id())));
    }

    private TrustId trustOf(Person person) {
        if (person.trust() != null) {
            return person.trust();
        }
        if (person.school() == null) {
            return null;
        }
        return jdbc.sql("select trust_id from school where id = ?").param(person.school().value())
                .query((rs, n) -> idOrNull(rs.getObject(1, UUID.class), TrustId::new)).optional().orElse(null);
    }

    private static UUID schoolOf(Person person) {
        return person.school() == null ? null : person.school().value();
    }

    private static String changes(Person before, PersonDetails after) {
        var changed = new ArrayList<String>();
        if (!before.givenName().equals(after.givenName()) || !before.familyName().equals(after.familyName())) {
            changed.add("name");
        }
        if (!java.util.Objects.equals(before.email(), after.email())) {
            changed.add("email");
        }
        if (!java.util.Objects.equals(before.jobTitle(), after.jobTitle())) {
            changed.add("job title");
        }
        if (!java.util.Objects.equals(before.dateOfBirth(), after.dateOfBirth())) {
            changed.add("date of birth");
        }
        if (before.yearGroup() != after.yearGroup()) {
            changed.add("year group");
        }
        return changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed);
    }

    private static <T> T idOrNull(UUID id, java.util.function.Function<UUID, T> type) {
        return id == null ? null : type.apply(id);
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        var dob = rs.getObject("date_of_birth", java.time.LocalDate.class);
        var year = rs.getString("year_group");
        return new Person(new PersonId(rs.getObject("id", UUID.class)),
                idOrNull(rs.getObject("school_id", UUID.class), SchoolId::new),
                idOrNull(rs.getObject("trust_id", UUID.class), TrustId::new),
                PersonKind.valueOf(rs.getString("kind")), rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("email"), rs.getString("job_title"), dob, year == null ? null : YearGroup.valueOf(year),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
