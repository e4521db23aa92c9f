package org.tutela.filtering;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.School;
import org.tutela.school.SchoolId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The block page interceptor sends only the site's address; the block page finds why the site was blocked from the
 * decision the DNS resolver logged for that host at the school.
 */
@TutelaTest
@Import(TestSchools.class)
class BlockPageReasonIT {

    static final String WHY = "It is the kind of website called";
    static int addresses;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FilterDecisions decisions;
    @Autowired
    BlockPageRequests requests;

    School school;

    @BeforeEach
    void aSchool() {
        school = given.aSchoolOf(given.aTrust());
    }

    /** The device the child is on, as the resolver and the block page both see it. */
    static final String DEVICE = "10.20.5.31";

    /** A decision as the DNS resolver's decision log writes it: host lower case, no trailing dot. */
    void resolverLogged(SchoolId at, Duration ago, String host, String rule, String category) {
        resolverLogged(at, DEVICE, ago, host, rule, category);
    }

    void resolverLogged(SchoolId at, String device, Duration ago, String host, String rule, String category) {
        jdbc.sql("""
                insert into filter_decision (occurred_at, school_id, enforcement, client_address, group_id, host,
                                             query_type, verdict, rule, category, policy_version)
                values (?, ?, 'dns', cast(? as inet), 'ks2-upper', ?, 'A', 'BLOCK', ?, ?, 1)""")
                .params(Timestamp.from(Instant.now().minus(ago)), at.value(), device, host, rule, category).update();
    }

    ResultActions blockPage(String url) throws Exception {
        return mvc.perform(get("/blocked").with(onTheDevice(DEVICE)).param("url", url)
                        .param("school", school.id().value().toString()))
                .andExpect(status().isOk());
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor onTheDevice(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aDeviceWithALinkLocalAddressAndItsZoneIsFoundByItsAddress() throws Exception {
        resolverLogged(school.id(), "fe80::1", Duration.ofSeconds(5), "casino.example", "blocked-category",
                "gambling");

        mvc.perform(get("/blocked").with(onTheDevice("fe80:0:0:0:0:0:0:1%eth0")).param("url", "http://casino.example/")
                        .param("school", school.id().value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Gambling</strong>")));
    }

    @Test
    void anAddressThatIsNoAddressStillShowsThePageAndTakesAWorry() throws Exception {
        resolverLogged(school.id(), Duration.ofSeconds(5), "casino.example", "blocked-category", "gambling");

        for (var address : new String[] {"1.2.3.4.5", "not-an-address", "", "::ffff:zz"}) {
            mvc.perform(get("/blocked").with(onTheDevice(address)).param("url", "http://casino.example/")
                            .param("school", school.id().value().toString()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(WHY))));
        }
        mvc.perform(post("/blocked/concern").with(csrf()).with(onTheDevice("1.2.3.4.5"))
                        .param("url", "http://casino.example/").param("school", school.id().value().toString())
                        .param("message", "Someone sent me this link"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you for telling us")));
    }

    @Test
    void anotherDevicesBlockIsNotUsedSoThePageCannotTellWhoElseWasBlocked() throws Exception {
        resolverLogged(school.id(), "10.20.5.99", Duration.ofSeconds(5), "casino.example", "blocked-category",
                "gambling");

        blockPage("http://casino.example/").andExpect(content().string(not(containsString(WHY))));
        assertThat(decisions.lastBlockOf(school.id(), "casino.example", "10.20.5.99"))
                .contains(new FilterDecisions.SiteBlock("gambling", "blocked-category"));
    }

    @Test
    void aChildSentByTheInterceptorIsToldTheCategoryTheResolverLoggedForTheSite() throws Exception {
        resolverLogged(school.id(), Duration.ofSeconds(5), "casino.example", "blocked-category", "gambling");

        blockPage("http://Casino.Example./play?level=3")
                .andExpect(content().string(containsString(WHY)))
                .andExpect(content().string(containsString("<strong>Gambling</strong>")))
                .andExpect(content().string(containsString("name=\"category\" value=\"gambling\"")));
        assertThat(decisions.lastBlockOf(school.id(), "casino.example", DEVICE))
                .contains(new FilterDecisions.SiteBlock("gambling", "blocked-category"));
    }

    @Test
    void theLastBlockThatNamesACategoryIsUsedNotAnOlderOneNorALearnersSuspension() throws Exception {
        resolverLogged(school.id(), Duration.ofHours(3), "play.example", "blocked-category", "gambling");
        resolverLogged(school.id(), Duration.ofMinutes(2), "play.example", "blocked-category", "games");
        resolverLogged(school.id(), Duration.ofSeconds(5), "play.example", "suspension", null);

        blockPage("http://play.example/").andExpect(content().string(containsString("<strong>Games</strong>")))
                .andExpect(content().string(not(containsString("Gambling"))))
                .andExpect(content().string(not(containsString("switched off"))));
    }

    @Test
    void onlyTheExactHostCountsNotItsParentDomain() throws Exception {
        resolverLogged(school.id(), Duration.ofSeconds(5), "casino.example", "blocked-category", "gambling");

        blockPage("http://www.casino.example/").andExpect(content().string(not(containsString(WHY))));
    }

    @Test
    void aSiteWithNoLoggedBlockKeepsThePageWithoutACategory() throws Exception {
        blockPage("http://never-logged.example/")
                .andExpect(content().string(containsString("This website is blocked")))
                .andExpect(content().string(not(containsString(WHY))))
                .andExpect(content().string(containsString("Tell a trusted adult")));
    }

    @Test
    void aCategoryInTheAddressIsNeverOverridden() throws Exception {
        resolverLogged(school.id(), Duration.ofSeconds(5), "casino.example", "blocked-category", "gambling");

        mvc.perform(get("/blocked").with(onTheDevice(DEVICE)).param("url", "http://casino.example/")
                        .param("category", "games")
                        .param("school", school.id().value().toString()))
                .andExpect(content().string(containsString("<strong>Games</strong>")))
                .andExpect(content().string(not(containsString("Gambling"))));
    }

    @Test
    void aBlockOlderThanADayIsNotUsed() throws Exception {
        resolverLogged(school.id(), Duration.ofHours(25), "old.example", "blocked-category", "gambling");

        blockPage("http://old.example/").andExpect(content().string(not(containsString(WHY))));
    }

    @Test
    void aBlockAtAnotherSchoolIsNotUsed() throws Exception {
        var another = given.aSchoolOf(given.aTrust());
        resolverLogged(another.id(), Duration.ofSeconds(5), "elsewhere.example", "blocked-category", "gambling");

        blockPage("http://elsewhere.example/").andExpect(content().string(not(containsString(WHY))));
    }

    @Test
    void withoutASchoolNothingIsLookedUp() throws Exception {
        resolverLogged(school.id(), Duration.ofSeconds(5), "casino.example", "blocked-category", "gambling");

        mvc.perform(get("/blocked").with(onTheDevice(DEVICE)).param("url", "http://casino.example/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(WHY))));
    }

    @Test
    void anIllegalListBlockIsShownAsTheBlockPageShowsItWhenTheProxySaysSo() throws Exception {
        resolverLogged(school.id(), Duration.ofSeconds(5), "listed.example", "illegal-list", "iwf");
        var asTheProxySaysIt = why(mvc.perform(get("/blocked").param("url", "http://listed.example/")
                .param("category", "iwf").param("school", school.id().value().toString())));
        assertThat(asTheProxySaysIt).contains(PolicyDiff.label("iwf"));

        assertThat(why(blockPage("http://listed.example/"))).isEqualTo(asTheProxySaysIt);
    }

    /** The sentence that says why, as the page words it. */
    static String why(ResultActions page) throws Exception {
        var html = page.andReturn().getResponse().getContentAsString();
        int from = html.indexOf(WHY);
        assertThat(from).as("the page says why").isNotNegative();
        return html.substring(from, html.indexOf("</p>", from));
    }

    @Test
    void anAddressThatIsNotAUrlOrHasNoHostStillShowsThePage() throws Exception {
        for (var url : new String[] {"not a url at all", "http:///no-host", "%%%", "mailto:someone@example.org", ""}) {
            blockPage(url).andExpect(content().string(containsString("This website is blocked")))
                    .andExpect(content().string(not(containsString(WHY))));
        }
    }

    @Test
    void aSuspendedLearnersPageIsNotGivenTheSitesCategory() throws Exception {
        resolverLogged(school.id(), Duration.ofSeconds(5), "casino.example", "blocked-category", "gambling");

        mvc.perform(get("/blocked").with(onTheDevice(DEVICE)).param("url", "http://casino.example/").param("rule", "suspension")
                        .param("until", "2026-12-02T08:00:00Z").param("school", school.id().value().toString()))
                .andExpect(content().string(containsString("Your school internet is switched off for now")))
                .andExpect(content().string(not(containsString("value=\"gambling\""))));
    }

    @Test
    void aWorrySentWithoutACategoryRecordsTheLoggedOne() throws Exception {
        var device = "198.19.1." + (++addresses);
        resolverLogged(school.id(), device, Duration.ofSeconds(5), "chat-room.example", "blocked-category", "chat");

        mvc.perform(post("/blocked/concern").with(csrf()).with(onTheDevice(device)).param("url", "http://chat-room.example/room/7").param("school", school.id().value().toString())
                        .param("message", "Someone asked me to keep a secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you for telling us")));

        var worry = requests.open(school.id(), BlockPageRequest.Kind.CONCERN).get(0);
        assertThat(worry.host()).isEqualTo("chat-room.example");
        assertThat(worry.category()).isEqualTo("chat");
    }

    @Test
    void anUnblockRequestWithoutACategoryRecordsTheLoggedOne() throws Exception {
        var device = "198.19.1." + (++addresses);
        resolverLogged(school.id(), device, Duration.ofSeconds(5), "games-site.example", "blocked-category", "games");

        mvc.perform(post("/blocked/unblock").with(csrf()).with(onTheDevice(device)).param("url", "http://games-site.example/").param("category", "")
                        .param("school", school.id().value().toString()).param("message", "Coding club uses it"))
                .andExpect(status().isOk());

        assertThat(requests.open(school.id(), BlockPageRequest.Kind.UNBLOCK).get(0).category()).isEqualTo("games");
    }
}
