package org.tutela.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.school.Person;
import org.tutela.school.Role;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TutelaTest
@Import(TestSchools.class)
class AccountIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;

    MockHttpSession signIn(Person person, String password, String expectedRedirect) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).with(csrf()).with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }).param("email", person.email()).param("password", password))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    @Test
    void aPersonChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
        var teacher = given.staff(given.aSchoolOf(given.aTrust()), Role.CLASS_STAFF);
        var session = signIn(teacher, TestSchools.PASSWORD, "/");

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestSchools.PASSWORD).param("newPassword", "velvet harbour quartz"))
                .andExpect(redirectedUrl("/account"));

        signIn(teacher, "velvet harbour quartz", "/");
        signIn(teacher, TestSchools.PASSWORD, "/sign-in?error");
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedWithTheReasons() throws Exception {
        var teacher = given.staff(given.aSchoolOf(given.aTrust()), Role.CLASS_STAFF);
        var session = signIn(teacher, TestSchools.PASSWORD, "/");

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "not my password").param("newPassword", "velvet harbour quartz"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Your current password is not right")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestSchools.PASSWORD).param("newPassword", "password1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("most common passwords")));
        signIn(teacher, TestSchools.PASSWORD, "/");
    }

    @Test
    void someoneWhoseRoleDoesNotNeedASecondStepCanTurnItOnAndIsThenAlwaysAskedForACode() throws Exception {
        var teacher = given.staff(given.aSchoolOf(given.aTrust()), Role.CLASS_STAFF);
        var session = signIn(teacher, TestSchools.PASSWORD, "/");
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Set up two-step verification")));

        var page = mvc.perform(get("/mfa/enrol").session(session)).andExpect(status().isOk()).andReturn();
        var secret = ((String) page.getModelAndView().getModel().get("secret")).replace(" ", "");
        mvc.perform(post("/mfa/enrol").session(session).with(csrf()).param("code", given.codeNow(secret)))
                .andExpect(redirectedUrl("/"));

        var next = signIn(teacher, TestSchools.PASSWORD, "/mfa");
        mvc.perform(get("/").session(next)).andExpect(redirectedUrl("/mfa"));
        mvc.perform(post("/mfa").session(next).with(csrf()).param("code", given.unusedCode(teacher.email(), secret)))
                .andExpect(redirectedUrl("/"));
    }
}
