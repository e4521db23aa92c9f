package org.tutela.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;
import org.tutela.school.YearGroup;

/** A filtering decision logged for a device's address names the person who had the device at that moment. */
@TutelaTest
@Import(TestSchools.class)
class DevicesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    Devices devices;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFilteringHistoryOfADeviceNamesWhoHadItWhenEachRequestWasMade() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var technician = given.staff(school, Role.TECHNICAL_STAFF);
        var dsl = given.staff(school, Role.DSL);
        var amira = given.learner(school, "Amira", "Haddad", LocalDate.now().minusYears(10), YearGroup.YEAR_5);
        var owen = given.learner(school, "Owen", "Pryce", LocalDate.now().minusYears(10), YearGroup.YEAR_5);
        var page = "/schools/" + school.id() + "/devices";
        mvc.perform(post(page).with(csrf()).with(given.as(technician)).param("name", "KS2-IPAD-07")
                .param("kind", "TABLET").param("address", "10.30.1.7")).andReturn();
        var device = devices.of(school.id()).get(0).id();
        mvc.perform(post(page + "/" + device + "/assign").with(csrf()).with(given.as(technician))
                .param("person", amira.id().value().toString())).andReturn();
        jdbc.sql("update device_assignment set from_at = now() - interval '2 hours' where device_id = ?").param(device)
                .update();
        logged(school.id().value(), Instant.now().minus(1, ChronoUnit.HOURS), "games.example");
        mvc.perform(post(page + "/" + device + "/assign").with(csrf()).with(given.as(technician))
                .param("person", owen.id().value().toString())).andReturn();
        logged(school.id().value(), Instant.now().plusSeconds(1), "videos.example");

        var history = mvc.perform(get("/schools/" + school.id() + "/filtering/reports/history")
                .param("device", "10.30.1.7").with(given.as(dsl))).andReturn().getResponse().getContentAsString();

        assertThat(history).contains("Amira Haddad (device 10.30.1.7)").contains("Owen Pryce (device 10.30.1.7)");
        assertThat(history.indexOf("Owen Pryce")).isLessThan(history.indexOf("Amira Haddad"));
        assertThat(mvc.perform(post(page).with(csrf()).with(given.as(dsl)).param("name", "X")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    void logged(java.util.UUID school, Instant at, String host) {
        jdbc.sql("""
                insert into filter_decision (occurred_at, school_id, enforcement, client_address, user_name, group_id,
                                             host, url, search_terms, verdict, rule, category, policy_version)
                values (?, ?, 'dns', '10.30.1.7'::inet, null, 'ks2-upper', ?, null, null, 'BLOCK', 'category', 'games', 1)""")
                .params(Timestamp.from(at), school, host).update();
    }
}
