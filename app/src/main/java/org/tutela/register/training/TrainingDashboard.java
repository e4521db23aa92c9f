package org.tutela.register.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.tutela.register.SchoolDay;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;

/**
 * Where each member of staff stands on each training topic and on the guidance they must have read, on today's date
 * from the clock: compliant, due soon, overdue or missing (TRN-02, -03, -06, -07; PROC-SV-07).
 */
@Service
public class TrainingDashboard {

    /** A member of staff's acknowledgement of the current version of one document they must read. */
    public record Reading(GuidanceLibrary.Version version, LocalDate readOn) {

        public boolean missing() {
            return readOn == null;
        }
    }

    public record StaffRow(Person person, Set<Role> roles, Map<TrainingTopic, Standing> topics,
            List<Reading> guidance) {

        public Standing standing(TrainingTopic topic) {
            return topics.get(topic);
        }

        public List<Reading> unread() {
            return guidance.stream().filter(Reading::missing).toList();
        }
    }

    /** Everyone's standing, and the two lists the acceptance criteria name: no Prevent record, guidance unread. */
    public record Dashboard(LocalDate today, List<TrainingTopic> topics, Map<TrainingTopic, Integer> renewals,
            List<StaffRow> rows, List<StaffRow> withoutPrevent, List<StaffRow> withGuidanceUnread) {

        public long count(TrainingTopic topic, Standing.Status status) {
            return rows.stream().filter(row -> row.standing(topic).status() == status).count();
        }
    }

    private final People people;
    private final TrainingRecords records;
    private final GuidanceLibrary library;
    private final Clock clock;

    TrainingDashboard(People people, TrainingRecords records, GuidanceLibrary library, Clock clock) {
        this.people = people;
        this.records = records;
        this.library = library;
        this.clock = clock;
    }

    public Dashboard of(SchoolId school) {
        var today = SchoolDay.today(clock);
        var renewals = records.renewals(school);
        var latest = records.latest(school);
        var documents = library.documents(school);
        var acknowledged = library.acknowledgements(school);
        var topics = Arrays.stream(TrainingTopic.values()).filter(TrainingTopic::tracked).toList();
        var rows = new ArrayList<StaffRow>();
        for (var person : staffOf(school)) {
            var roles = EnumSet.noneOf(Role.class);
            people.rolesOf(person.id()).stream().filter(held -> school.equals(held.school()))
                    .forEach(held -> roles.add(held.role()));
            var done = latest.getOrDefault(person.id(), Map.of());
            var standings = new EnumMap<TrainingTopic, Standing>(TrainingTopic.class);
            for (var topic : topics) {
                standings.put(topic, Standing.of(topic.requiredOf(roles), done.get(topic), renewals.get(topic), today));
            }
            var reading = documents.stream().filter(document -> document.requiredOf(roles))
                    .map(document -> new Reading(document.current(), acknowledged
                            .getOrDefault(document.current().id(), Map.of()).get(person.id())))
                    .toList();
            rows.add(new StaffRow(person, roles, standings, reading));
        }
        return new Dashboard(today, topics, renewals, List.copyOf(rows),
                rows.stream().filter(row -> row.standing(TrainingTopic.PREVENT).status() == Standing.Status.MISSING)
                        .toList(),
                rows.stream().filter(row -> !row.unread().isEmpty()).toList());
    }

    /** One member of staff's row, for their own page; empty for someone who is not staff of the school. */
    public java.util.Optional<StaffRow> of(SchoolId school, PersonId person) {
        return of(school).rows().stream().filter(row -> row.person().id().equals(person)).findFirst();
    }

    /** The active staff and governors of the school, who are all "staff" for training (REQUIREMENTS §0). */
    private List<Person> staffOf(SchoolId school) {
        var staff = new ArrayList<Person>(people.ofSchool(school, PersonKind.STAFF));
        staff.addAll(people.ofSchool(school, PersonKind.GOVERNOR));
        return staff.stream().filter(Person::active)
                .sorted(java.util.Comparator.comparing(Person::familyName).thenComparing(Person::givenName)).toList();
    }
}
