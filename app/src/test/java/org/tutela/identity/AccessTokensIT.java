package org.tutela.identity;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.school.Role;
import org.tutela.school.School;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal access tokens on "Your account": created with a name and an expiry, shown once, listed and revoked. */
@TutelaTest
@Import(TestSchools.class)
class AccessTokensIT {

    static final Pattern SECRET = Pattern.compile("tut_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;

    String inAMonth() {
        return LocalDate.now().plusMonths(1).toString();
    }

    String anApiPage(School school) {
        return "/api/v1/schools/" + school.id().value() + "/concerns/" + UUID.randomUUID();
    }

    @Test
    void aPersonCreatesATokenSeesItOnceAndItWorksOnlyForTheApi() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);

        var page = mvc.perform(post("/account/tokens").with(given.as(teacher)).with(csrf())
                        .param("name", "MIS sync").param("expiresOn", inAMonth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("it will not be shown again")))
                .andReturn().getResponse().getContentAsString();
        var found = SECRET.matcher(page);
        assertThat(found.find()).as("the secret is on the page once").isTrue();
        var secret = found.group();

        mvc.perform(get("/account").with(given.as(teacher)))
                .andExpect(content().string(containsString("MIS sync")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get(anApiPage(school)).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select secret_hash from personal_access_token where name = 'MIS sync' and account_id ="
                + " (select id from account where person_id = ?)").param(teacher.id().value()).query(String.class)
                .single()).isEqualTo(PersonalAccessTokens.hash(secret)).doesNotContain(secret);
        assertThat(actions(teacher.id().value())).contains("ACCESS_TOKEN_CREATED");
    }

    @Test
    void aPersonRevokesTheirTokenAndItStopsWorking() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var token = given.tokenFor(teacher);

        mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(given.as(teacher)).with(csrf()))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get(anApiPage(school)).with(token.bearer())).andExpect(status().isUnauthorized());
        mvc.perform(get("/account").with(given.as(teacher))).andExpect(content().string(containsString("Revoked")));
        assertThat(actions(teacher.id().value())).contains("ACCESS_TOKEN_REVOKED");
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var owner = given.staff(school, Role.CLASS_STAFF);
        var other = given.staff(school, Role.HEADTEACHER);
        var token = given.tokenFor(owner);

        mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(given.as(other)).with(csrf()))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get(anApiPage(school)).with(token.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void aTokenNeedsANameAndAnExpiryWithinAYear() throws Exception {
        var teacher = given.staff(given.aSchoolOf(given.aTrust()), Role.CLASS_STAFF);

        mvc.perform(post("/account/tokens").with(given.as(teacher)).with(csrf())
                        .param("name", "For ever").param("expiresOn", LocalDate.now().plusYears(1).plusDays(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("no more than a year away")));
        mvc.perform(post("/account/tokens").with(given.as(teacher)).with(csrf())
                        .param("name", " ").param("expiresOn", inAMonth()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the token a name")));
        assertThat(jdbc.sql("select count(*) from personal_access_token t join account a on a.id = t.account_id"
                + " where a.person_id = ?").param(teacher.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void aRoleThatNeedsTwoStepVerificationMustSetItUpBeforeHoldingAToken() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var notEnrolled = given.staff(school, Role.DSL);
        var enrolled = given.enrolledStaff(school, Role.DSL).person();

        mvc.perform(post("/account/tokens").with(given.as(notEnrolled)).with(csrf())
                        .param("name", "Reports").param("expiresOn", inAMonth()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Set up two-step verification before you create a token")));
        mvc.perform(post("/account/tokens").with(given.as(enrolled)).with(csrf())
                        .param("name", "Reports").param("expiresOn", inAMonth()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tut_")));
    }

    java.util.List<String> actions(UUID person) {
        return jdbc.sql("select action from audit_event where actor_person = ? order by id").param(person)
                .query(String.class).list();
    }
}
