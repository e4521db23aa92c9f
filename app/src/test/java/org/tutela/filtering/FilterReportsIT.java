package org.tutela.filtering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.audit.AuditEntry;
import org.tutela.audit.AuditQuery;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.TestSchools;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TutelaTest
@Import(TestSchools.class)
class FilterReportsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FilterDecisions decisions;
    @Autowired
    AuditTrail audit;

    School school;
    Person onlineSafetyLead;
    Person technician;
    Person headteacher;
    String reports;

    @BeforeEach
    void aSchoolWhoseEnforcementPointsLoggedSomeDecisions() {
        school = given.aSchoolOf(given.aTrust());
        onlineSafetyLead = given.staff(school, Role.ONLINE_SAFETY_LEAD);
        technician = given.staff(school, Role.TECHNICAL_STAFF);
        headteacher = given.staff(school, Role.HEADTEACHER);
        reports = "/schools/" + school.id() + "/filtering/reports";
        logged("10.20.5.31", null, "ks2-upper", "www.casino.example", null, null, "BLOCK", "blocked-category", "gambling");
        logged("10.20.5.31", null, "ks2-upper", "www.casino.example", null, null, "BLOCK", "blocked-category", "gambling");
        logged("10.20.5.31", "year5.oak", "ks2-upper", "www.google.com", "http://www.google.com/search?q=volcano+facts",
                "volcano facts", "SAFE_SEARCH", "safe-search", null);
        logged("10.20.5.40", null, "ks2-upper", "secret-illegal-name.example", null, null, "BLOCK", "illegal-list", "iwf");
        logged("10.20.9.9", "mrs.hughes", "staff", "news.example", null, null, "ALLOW", "default-allow", null);
    }

    void logged(String address, String user, String group, String host, String url, String terms, String verdict,
            String rule, String category) {
        jdbc.sql("""
                insert into filter_decision (occurred_at, school_id, enforcement, client_address, user_name, group_id,
                                             host, url, search_terms, verdict, rule, category, policy_version)
                values (?, ?, 'squid', ?::inet, ?, ?, ?, ?, ?, ?, ?, ?, 3)""")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), school.id().value(), address, user, group,
                        host, url, terms, verdict, rule, category)
                .update();
    }

    @Test
    void theOnlineSafetyLeadSeesBlocksByGroupAndCategoryTheSitesBlockedMostAndTheSearches() throws Exception {
        mvc.perform(get(reports).with(given.as(onlineSafetyLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gambling")))
                .andExpect(content().string(containsString("www.casino.example")))
                .andExpect(content().string(containsString("volcano facts")))
                .andExpect(content().string(containsString("1 attempts to reach content on an illegal-content list")))
                .andExpect(content().string(not(containsString("secret-illegal-name.example"))));
        assertThat(decisions.blockedByGroupAndCategory(school.id(), 7))
                .anySatisfy(row -> {
                    assertThat(row.group()).isEqualTo("ks2-upper");
                    assertThat(row.category()).isEqualTo("gambling");
                    assertThat(row.blocked()).isEqualTo(2);
                });
    }

    @Test
    void aDevicesHistoryIsShownAndTheSearchIsAudited() throws Exception {
        mvc.perform(get(reports + "/history").param("device", "10.20.5.40").with(given.as(technician)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(withheld: illegal-content list)")))
                .andExpect(content().string(not(containsString("secret-illegal-name.example"))));
        mvc.perform(get(reports + "/history").param("user", "year5.oak").with(given.as(onlineSafetyLead)))
                .andExpect(content().string(containsString("volcano facts")));

        assertThat(audit.search(new AuditQuery(Set.of(school.id().value()), technician.id().value(), null, null, 0, 10)))
                .extracting(AuditEntry::action).contains("FILTER_LOG_SEARCHED");
    }

    @Test
    void theHeadteacherSeesTheSummaryButNotOnePersonsHistory() throws Exception {
        mvc.perform(get(reports).with(given.as(headteacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("volcano facts"))));
        mvc.perform(get(reports + "/history").param("device", "10.20.5.31").with(given.as(headteacher)))
                .andExpect(status().isForbidden());
    }

    @Test
    void somethingThatIsNotAnAddressIsRefusedWithTheReason() throws Exception {
        mvc.perform(get(reports + "/history").param("device", "10.20.5.31'; drop table x").with(given.as(technician)))
                .andExpect(content().string(containsString("Enter a device&#39;s IP address")));
    }

    @Test
    void theOnlineSafetyLeadIsToldOfAttemptsOnTheIllegalListsOnTheirHomePage() throws Exception {
        mvc.perform(get("/").with(given.as(onlineSafetyLead)))
                .andExpect(content().string(containsString("1 attempt to reach illegal content in the last 7 days")));
    }

    @Test
    void partitionsAreKeptForTheDaysAheadAndOldOnesDropped() {
        decisions.maintainPartitions(3, 30);
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var name = "filter_decision_" + today.plusDays(3).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(jdbc.sql("select to_regclass(?) is not null").param(name).query(Boolean.class).single()).isTrue();
    }
}
