package org.tutela.filtering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/**
 * Which classes have been taught safe searching (FILT-06). Recording it is a fact about teaching, not a change of
 * policy, so it needs no second person; it is audited, and the bundle is written again so the group's general search
 * engines open, with safe search forced as the policy says.
 */
@Service
public class SafeSearchingLessons {

    private final JdbcClient jdbc;
    private final FilterPolicies policies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafeSearchingLessons(JdbcClient jdbc, FilterPolicies policies, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records the lesson; refused for a group that does not wait for it, a date to come, or a second record. */
    @Transactional
    public SafeSearchingLesson record(Viewer recorder, SchoolId school, String group, String className,
            LocalDate taughtOn, String taughtBy) {
        if (group == null || !waitingGroups(school).contains(group)) {
            throw new PolicyChangeRefused("That group does not wait for safe searching to be taught");
        }
        if (className == null || className.isBlank()) {
            throw new PolicyChangeRefused("Name the class that was taught");
        }
        if (taughtBy == null || taughtBy.isBlank()) {
            throw new PolicyChangeRefused("Say who taught it");
        }
        if (taughtOn == null || taughtOn.isAfter(LocalDate.now(clock))) {
            throw new PolicyChangeRefused("Give the date it was taught: today or earlier");
        }
        try {
            jdbc.sql("""
                    insert into safe_searching_taught (id, school_id, group_id, class_name, taught_on, taught_by,
                                                       recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), school.value(), group, className.trim(), taughtOn, taughtBy.trim(),
                            recorder.person().value())
                    .update();
        } catch (DuplicateKeyException already) {
            throw new PolicyChangeRefused("Safe searching has already been recorded as taught to that group");
        }
        audit.record("SAFE_SEARCHING_TAUGHT", "safe_searching_taught", school + "/" + group, school.value(),
                Outcome.ALLOWED, className.trim() + ", taught on " + taughtOn + " by " + taughtBy.trim());
        events.publishEvent(new SafeSearchingTaught(school, group));
        return lessons(school).stream().filter(lesson -> lesson.group().equals(group)).findFirst().orElseThrow();
    }

    public List<SafeSearchingLesson> lessons(SchoolId school) {
        return jdbc.sql("""
                select group_id, class_name, taught_on, taught_by, recorded_by, recorded_at
                from safe_searching_taught where school_id = ? order by taught_on desc, group_id""")
                .param(school.value())
                .query((rs, n) -> new SafeSearchingLesson(rs.getString("group_id"), rs.getString("class_name"),
                        rs.getObject("taught_on", LocalDate.class), rs.getString("taught_by"),
                        new PersonId(rs.getObject("recorded_by", UUID.class)),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public Set<String> taughtGroups(SchoolId school) {
        return Set.copyOf(jdbc.sql("select group_id from safe_searching_taught where school_id = ?")
                .param(school.value()).query(String.class).list());
    }

    /** The groups of the policy in force whose general search engines wait for safe searching to be taught. */
    public List<PolicyBundle.Group> groupsWaiting(SchoolId school) {
        return policies.inForce(school).map(PolicyVersion::groups).orElse(List.of()).stream()
                .filter(PolicyBundle.Group::safeSearchingTaughtFirst).toList();
    }

    private Set<String> waitingGroups(SchoolId school) {
        return Set.copyOf(groupsWaiting(school).stream().map(PolicyBundle.Group::id).toList());
    }
}
