package org.tutela.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The vulnerability factors the DSL knows of a learner (INC-17), shown in the header of every case that involves
 * them. They are set from a case, by those who may work it, and kept with the learner for the next case.
 */
@Repository
public class Vulnerabilities {

    public enum Flag {
        SPECIAL_EDUCATIONAL_NEEDS("Special educational needs"), EMOTIONAL_NEEDS("Emotional needs"),
        LOOKED_AFTER("In care or looked after"), YOUTH_OFFENDING("Youth offending"), OTHER_RISK("Other known risks");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Vulnerabilities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Set<Flag> of(org.tutela.school.PersonId learner) {
        var flags = EnumSet.noneOf(Flag.class);
        jdbc.sql("select flag from learner_vulnerability where person_id = ?").param(learner.value())
                .query(String.class).list().forEach(f -> flags.add(Flag.valueOf(f)));
        return flags;
    }

    /** Each learner involved in a case, by id, with their flags (only those who have any). */
    public Map<org.tutela.school.PersonId, Set<Flag>> ofEach(List<Involved> involved) {
        var flags = new LinkedHashMap<org.tutela.school.PersonId, Set<Flag>>();
        involved.stream().filter(i -> i.person() != null && i.kind() == org.tutela.procedure.Party.Kind.LEARNER)
                .forEach(i -> {
                    var set = of(i.person());
                    if (!set.isEmpty()) {
                        flags.put(i.person(), set);
                    }
                });
        return flags;
    }

    /** Replaces a learner's flags with these. */
    void set(org.tutela.school.PersonId learner, Set<Flag> flags, org.tutela.school.PersonId by) {
        jdbc.sql("delete from learner_vulnerability where person_id = ?").param(learner.value()).update();
        for (var flag : flags) {
            jdbc.sql("""
                    insert into learner_vulnerability (person_id, flag, recorded_by, recorded_at)
                    values (?, ?, ?, ?)""")
                    .params(learner.value(), flag.name(), by.value(), Timestamp.from(clock.instant())).update();
        }
    }
}
