package org.tutela.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tutela.TutelaTest;
import org.tutela.audit.AuditQuery;
import org.tutela.audit.AuditTrail;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TutelaTest
@Import(TestSchools.class)
class SignInIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    People people;
    @Autowired
    AuditTrail audit;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MockHttpSession passwordAccepted(Person person, String expectedRedirect) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).with(csrf()).with(from("192.0.2.10"))
                        .param("email", person.email()).param("password", TestSchools.PASSWORD))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    @Test
    void aClassTeacherSignsInWithPasswordAloneAndSeesTheirHomePage() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);

        var session = passwordAccepted(teacher, "/");

        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("My reports")));
    }

    @Test
    void aDslMustGiveACodeBeforeSeeingAnything() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.enrolledStaff(school, Role.DSL);

        var session = passwordAccepted(dsl.person(), "/mfa");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/mfa"));
        mvc.perform(get("/schools/" + school.id() + "/staff").session(session)).andExpect(redirectedUrl("/mfa"));

        mvc.perform(post("/mfa").session(session).with(csrf()).param("code", given.codeNow(dsl.secret())))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Concerns waiting for you")));
    }

    @Test
    void aCodeCannotBeUsedTwice() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.enrolledStaff(school, Role.DSL);
        var code = given.codeNow(dsl.secret());

        var first = passwordAccepted(dsl.person(), "/mfa");
        mvc.perform(post("/mfa").session(first).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));

        var second = passwordAccepted(dsl.person(), "/mfa");
        mvc.perform(post("/mfa").session(second).with(csrf()).param("code", code))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("has been used already")));
        mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/mfa"));
    }

    @Test
    void aWrongCodeIsRefusedWithAClearMessage() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.enrolledStaff(school, Role.HEADTEACHER);
        var session = passwordAccepted(dsl.person(), "/mfa");

        mvc.perform(post("/mfa").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The code is not right")));
    }

    @Test
    void anOnlineSafetyLeadWithoutAnAuthenticatorEnrolsAtFirstSignInAndCannotReEnrolLater() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var osl = given.staff(school, Role.ONLINE_SAFETY_LEAD);

        var session = passwordAccepted(osl, "/mfa/enrol");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/mfa/enrol"));
        var page = mvc.perform(get("/mfa/enrol").session(session))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("qrCode"))
                .andReturn();
        var secret = ((String) page.getModelAndView().getModel().get("secret")).replace(" ", "");

        mvc.perform(post("/mfa/enrol").session(session).with(csrf()).param("code", given.codeNow(secret)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        var later = passwordAccepted(osl, "/mfa");
        mvc.perform(get("/mfa/enrol").session(later)).andExpect(redirectedUrl("/mfa"));
        mvc.perform(post("/mfa/enrol").session(later).with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/mfa"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);

        mvc.perform(post("/sign-in").with(csrf()).with(from("192.0.2.20"))
                        .param("email", teacher.email()).param("password", "not the password at all"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).with(from("192.0.2.20"))
                        .param("email", "nobody-" + teacher.id() + "@test.example").param("password", "whatever it is"))
                .andExpect(redirectedUrl("/sign-in?error"));

        var failures = audit.search(new AuditQuery(Set.of(school.id().value()), teacher.id().value(), null, null, 0, 10))
                .stream().filter(entry -> entry.action().equals("SIGN_IN_FAILED")).toList();
        assertThat(failures).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(org.tutela.audit.Outcome.DENIED);
            assertThat(entry.actorPerson()).isEqualTo(teacher.id().value());
        });
    }

    @Test
    void repeatedFailuresAreAnswered429WithRetryAfterForKnownAndUnknownEmailsAlike() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);
        for (var email : new String[] {teacher.email(), "unknown-" + teacher.id() + "@test.example"}) {
            for (int i = 0; i < 5; i++) {
                mvc.perform(post("/sign-in").with(csrf()).with(from("192.0.2.30"))
                                .param("email", email).param("password", "wrong password " + i))
                        .andExpect(redirectedUrl("/sign-in?error"));
            }
            mvc.perform(post("/sign-in").with(csrf()).with(from("192.0.2.30"))
                            .param("email", email).param("password", TestSchools.PASSWORD))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"));
        }
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var http = java.net.http.HttpClient.newHttpClient();
        var base = "http://localhost:" + port;

        var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/sign-in")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var before = sessionCookie(page);
        var csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var form = "email=" + java.net.URLEncoder.encode(teacher.email(), java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(TestSchools.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                + "&_csrf=" + csrf;
        var signedIn = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + before)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(sessionCookie(signedIn)).isNotBlank().isNotEqualTo(before);
    }

    static String sessionCookie(java.net.http.HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse("");
    }

    @Test
    void aDeactivatedPersonIsSignedOutAtOnceAndCannotSignInAgain() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var session = passwordAccepted(teacher, "/");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        people.deactivate(teacher.id());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?deactivated"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(post("/sign-in").with(csrf()).with(from("192.0.2.50"))
                        .param("email", teacher.email()).param("password", TestSchools.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void aSessionEndsAfterTheAbsoluteTimeoutHoweverActiveItIs() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var session = passwordAccepted(teacher, "/");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        session.setAttribute(SessionGuard.SIGNED_IN_AT, java.time.Instant.now().minus(java.time.Duration.ofHours(11)));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void everyPageIsServedWithStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Strict-Transport-Security",
                        org.hamcrest.Matchers.containsString("max-age=31536000")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void aStateChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("email", "a@b.example").param("password", "whatever"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTrailRecordsSignInsAndRefusedAccess() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var teacher = given.staff(school, Role.CLASS_STAFF);
        var session = passwordAccepted(teacher, "/");

        mvc.perform(get("/schools/" + school.id() + "/staff").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));

        var actions = audit.search(new AuditQuery(Set.of(school.id().value()), teacher.id().value(), null, null, 0, 50))
                .stream().map(entry -> entry.action()).toList();
        assertThat(actions).contains("SIGN_IN", "ACCESS_DENIED", "SIGN_OUT");
    }
}
