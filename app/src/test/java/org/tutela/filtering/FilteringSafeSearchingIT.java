package org.tutela.filtering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TestDatabase;
import org.tutela.TutelaTest;
import org.tutela.audit.AuditEntry;
import org.tutela.audit.AuditQuery;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.TestSchools;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** FILT-06: Years 5 and 6 reach general search engines only once their class has been taught safe searching. */
@TutelaTest
@Import(TestSchools.class)
class FilteringSafeSearchingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    FilterPolicies policies;
    @Autowired
    People people;
    @Autowired
    AuditTrail audit;

    final BlockLists lists = BlockLists.builder(Categories.standard())
            .add("www.google.com", Categories.SEARCH_ENGINES).build();

    School school;
    Person year5Teacher;
    String base;
    Path bundle;

    @BeforeEach
    void aSchoolWithTheRecommendedPolicyInForce() {
        school = given.aSchoolOf(given.aTrust());
        year5Teacher = given.staff(school, Role.CLASS_STAFF);
        var osl = people.viewer(given.staff(school, Role.ONLINE_SAFETY_LEAD).id()).orElseThrow();
        var head = people.viewer(given.staff(school, Role.HEADTEACHER).id()).orElseThrow();
        policies.propose(osl, school.id(), RecommendedPolicy.groups(), "Starting policy", "Assessed");
        policies.approve(head, school.id(), 1, "Agreed");
        base = "/schools/" + school.id() + "/filtering/safe-searching";
        bundle = TestDatabase.bundleDirectory().resolve(school.id() + ".json");
    }

    Decision year5Search() throws Exception {
        var engine = new FilterEngine(PolicyBundles.load(bundle, spec -> lists), Clock.systemUTC());
        return engine.decide(GroupId.UPPER_KS2, "www.google.com");
    }

    @Test
    void untilTheClassIsTaughtGeneralSearchIsBlockedAndOnceRecordedItIsAllowedWithSafeSearchForced() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(bundle));
        assertThat(year5Search().rule()).isEqualTo(Rule.BLOCKED_CATEGORY);

        mvc.perform(post(base).with(csrf()).with(given.as(year5Teacher)).param("group", "ks2-upper")
                        .param("className", "5 Oak").param("taughtOn", LocalDate.now().toString())
                        .param("taughtBy", "Mr Okafor"))
                .andExpect(redirectedUrl(base));

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(bundle)
                .contains("\"safeSearchingTaught\" : true"));
        assertThat(year5Search().verdict()).isEqualTo(Verdict.SAFE_SEARCH);
        assertThat(audit.search(new AuditQuery(Set.of(school.id().value()), null, "safe_searching_taught", null, 0,
                10))).extracting(AuditEntry::detail).containsExactly("5 Oak, taught on " + LocalDate.now()
                + " by Mr Okafor");
        mvc.perform(get(base).with(given.as(year5Teacher)))
                .andExpect(content().string(containsString("5 Oak")))
                .andExpect(content().string(containsString("No filtering group is waiting")));
    }

    @Test
    void aClassTeacherFindsThePageFromTheirHomePage() throws Exception {
        mvc.perform(get("/").with(given.as(year5Teacher)))
                .andExpect(content().string(containsString(base)));
    }

    @Test
    void aLessonIsRecordedOnceAndNotForADayToCome() throws Exception {
        mvc.perform(post(base).with(csrf()).with(given.as(year5Teacher)).param("group", "ks2-upper")
                        .param("className", "5 Oak").param("taughtOn", LocalDate.now().plusDays(1).toString())
                        .param("taughtBy", "Mr Okafor"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("today or earlier")));
        mvc.perform(post(base).with(csrf()).with(given.as(year5Teacher)).param("group", "ks2-upper")
                .param("className", "5 Oak").param("taughtOn", LocalDate.now().toString()).param("taughtBy", "Mr O"));

        mvc.perform(post(base).with(csrf()).with(given.as(year5Teacher)).param("group", "ks2-upper")
                        .param("className", "6 Ash").param("taughtOn", LocalDate.now().toString())
                        .param("taughtBy", "Mr Okafor"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aGroupThatDoesNotWaitForTheLessonCannotBeRecorded() throws Exception {
        mvc.perform(post(base).with(csrf()).with(given.as(year5Teacher)).param("group", "ks2-lower")
                        .param("className", "3 Elm").param("taughtOn", LocalDate.now().toString())
                        .param("taughtBy", "Ms Hill"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("does not wait for safe searching")));
    }
}
