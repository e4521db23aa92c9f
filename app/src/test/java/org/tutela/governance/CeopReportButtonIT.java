package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.concern.Contacts;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;

/** The learner-facing pages show a "CEOP report" button linking to the address the school configured (PROC-CSA-10). */
@TutelaTest
@Import(TestSchools.class)
class CeopReportButtonIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    Contacts contacts;

    @Test
    void theReportingPageAndALearnersHomePageLinkToTheSchoolsCeopAddress() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        var learner = given.staff(school, Role.LEARNER);
        var configured = "https://www.ceop.police.uk/ceop-reporting/";
        contacts.save(school.id(), Map.of(Contacts.Agency.CEOP, new Contacts.Contact(Contacts.Agency.CEOP, "CEOP",
                null, null, configured, null)), dsl.id());

        var reportingPage = mvc.perform(get("/report/" + school.id())).andReturn().getResponse().getContentAsString();
        var learnersHome = mvc.perform(get("/").with(given.as(learner))).andReturn().getResponse()
                .getContentAsString();
        var dslsHome = mvc.perform(get("/").with(given.as(dsl))).andReturn().getResponse().getContentAsString();

        assertThat(reportingPage).contains("href=\"" + configured + "\" id=\"ceop\">CEOP report</a>");
        assertThat(learnersHome).contains("id=\"ceop\" href=\"" + configured + "\">CEOP report</a>");
        assertThat(dslsHome).doesNotContain("CEOP report").contains("on the compliance dashboard");
    }

    @Test
    void withoutAnAddressOfItsOwnTheSchoolLinksToCeopsSafetyCentre() throws Exception {
        var school = given.aSchoolOf(given.aTrust());

        assertThat(mvc.perform(get("/report/" + school.id())).andReturn().getResponse().getContentAsString())
                .contains("href=\"https://www.ceop.police.uk/Safety-Centre/\" id=\"ceop\">CEOP report</a>");
    }
}
