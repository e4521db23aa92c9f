package org.tutela.filtering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.TutelaTest;
import org.tutela.concern.ConcernNotifications;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;
import org.tutela.school.School;

/** An attempt to reach illegal content, logged by an enforcement point, becomes a filtering-breach concern. */
@TutelaTest
@Import(TestSchools.class)
class IllegalContentWatchIT {

    @Autowired
    IllegalContentWatch watch;
    @Autowired
    FilteringBypassWatch bypassWatch;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestSchools given;
    @Autowired
    ConcernNotifications notifications;

    void logged(School school, String address, String rule, Instant at) {
        jdbc.sql("""
                insert into filter_decision (occurred_at, school_id, enforcement, client_address, user_name, group_id,
                                             host, url, search_terms, verdict, rule, category, policy_version)
                values (?, ?, 'dns', ?::inet, null, 'ks2-upper', 'abuse.example', null, null, 'BLOCK', ?, 'iwf', 3)""")
                .params(Timestamp.from(at), school.id().value(), address, rule).update();
    }

    void loggedBypass(School school, String address, String category, Instant at) {
        jdbc.sql("""
                insert into filter_decision (occurred_at, school_id, enforcement, client_address, user_name, group_id,
                                             host, url, search_terms, verdict, rule, category, policy_version)
                values (?, ?, 'dns', ?::inet, 'pupil7', 'ks3', 'vpn.example', null, null, 'BLOCK', 'category', ?, 3)""")
                .params(Timestamp.from(at), school.id().value(), address, category).update();
    }

    java.util.List<String[]> misuseAt(School school) {
        return jdbc.sql("""
                select record_class, description from concern
                where school_id = ? and 'COMPUTER_MISUSE' = any(kinds)""")
                .param(school.id().value()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    @Test
    void anAttemptToBypassFilteringOpensOneMisuseConcernPerDeviceAndDay() {
        var school = given.aSchoolOf(given.aTrust());
        given.staff(school, Role.DSL);
        var minuteAgo = Instant.now().minusSeconds(60);
        loggedBypass(school, "10.30.0.5", "proxy-vpn", minuteAgo);
        loggedBypass(school, "10.30.0.5", "doh", minuteAgo.plusSeconds(5));
        loggedBypass(school, "10.30.0.6", "doh", minuteAgo);
        logged(school, "10.30.0.7", "category", minuteAgo);

        bypassWatch.check();
        await().atMost(Duration.ofSeconds(10)).until(() -> misuseAt(school).size() == 2);
        loggedBypass(school, "10.30.0.5", "proxy-vpn", Instant.now().minusSeconds(10));
        bypassWatch.check();

        assertThat(misuseAt(school)).hasSize(2).allSatisfy(c -> {
            assertThat(c[0]).isEqualTo("R3");
            assertThat(c[1]).contains("signed in as pupil7").doesNotContain("vpn.example");
        });
        assertThat(jdbc.sql("select attempts from filtering_bypass_attempt where school_id = ? and client_address = '10.30.0.5'")
                .param(school.id().value()).query(Integer.class).single()).isEqualTo(3);
        // Misuse of the acceptable use policy, for the OSL and technical staff; not an offence for the police (E-33).
        assertThat(jdbc.sql("""
                select a.code from concern_action a join concern c on c.id = a.concern_id
                where c.school_id = ? and a.status = 'OPEN'""").param(school.id().value()).query(String.class).list())
                .contains("TECHNICAL_STAFF", "OSL").doesNotContain("POLICE_101", "TRUST_TECHNOLOGY");
    }

    int breachesAt(School school) {
        return jdbc.sql("select count(*) from concern where school_id = ? and 'FILTERING_BREACH' = any(kinds)")
                .param(school.id().value()).query(Integer.class).single();
    }

    @Test
    void anIllegalListAttemptOpensOneFilteringBreachPerDeviceAndHourAndTellsTheDsl() {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        var minuteAgo = Instant.now().minusSeconds(60);
        logged(school, "10.20.0.17", "illegal-list", minuteAgo);
        logged(school, "10.20.0.17", "illegal-list", minuteAgo.plusSeconds(5));
        logged(school, "10.20.0.99", "category", minuteAgo);

        watch.check();
        await().atMost(Duration.ofSeconds(10)).until(() -> breachesAt(school) == 1);
        logged(school, "10.20.0.17", "illegal-list", Instant.now().minusSeconds(10));
        watch.check();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notifications.unread(dsl.id())).hasSize(1));
        assertThat(breachesAt(school)).isEqualTo(1);
        var concern = jdbc.sql("select record_class, description, facts from concern where school_id = ?")
                .param(school.id().value()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                        String.join(",", (String[]) rs.getArray(3).getArray())}).single();
        assertThat(concern[0]).isEqualTo("R1");
        assertThat(concern[1]).contains("10.20.0.17").doesNotContain("abuse.example");
        assertThat(concern[2]).contains("BELIEVED_ILLEGAL_MATERIAL");
        assertThat(jdbc.sql("select attempts from illegal_content_attempt where school_id = ?")
                .param(school.id().value()).query(Integer.class).single()).isEqualTo(3);
    }
}
