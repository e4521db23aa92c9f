package org.tutela.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.governance.ComplianceDashboard;
import org.tutela.governance.ComplianceItem;
import org.tutela.governance.Rating;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;

/** The technical register, kept by technical staff, and the red item the dashboard shows without IWF membership. */
@TutelaTest
@Import(TestSchools.class)
class TechnicalControlsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    TechnicalControls controls;
    @Autowired
    ComplianceDashboard dashboard;
    @Autowired
    JdbcClient jdbc;

    @Test
    void withNoIwfMembershipRecordedTheDashboardShowsARedItemUntilItIsRecorded() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var technician = given.staff(school, Role.TECHNICAL_STAFF);
        var head = given.staff(school, Role.HEADTEACHER);
        var page = "/schools/" + school.id() + "/technical-controls";

        var before = mvc.perform(get("/schools/" + school.id() + "/compliance").with(given.as(head))).andReturn()
                .getResponse();
        assertThat(before.getStatus()).isEqualTo(200);
        assertThat(before.getContentAsString()).contains("IWF block list (IWF membership)");
        assertThat(iwf(school)).extracting(ComplianceItem::rating).isEqualTo(Rating.RED);

        var recorded = mvc.perform(post(page).with(csrf()).with(given.as(technician)).param("kind", "IWF_BLOCK_LIST")
                .param("provider", "Kingfisher Broadband").param("howInPlace", "The ISP's filter blocks the IWF list")
                .param("verifiedOn", LocalDate.now().minusDays(3).toString()).param("verifiedBy", "Kofi Mensah"))
                .andReturn().getResponse();

        assertThat(recorded.getStatus()).isEqualTo(302);
        assertThat(iwf(school).rating()).isEqualTo(Rating.GREEN);
        assertThat(iwf(school).finding()).contains("Kingfisher Broadband").contains("Kofi Mensah");
        assertThat(controls.of(school.id())).singleElement().satisfies(control ->
                assertThat(control.nextCheckDue()).isEqualTo(LocalDate.now().minusDays(3).plusYears(1)));
        assertThat(audited(school.id().value(), "TECHNICAL_CONTROL_RECORDED")).isEqualTo(1);
    }

    @Test
    void aControlIsChangedAndRemovedAndEveryChangeIsAudited() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var osl = given.staff(school, Role.ONLINE_SAFETY_LEAD);
        var page = "/schools/" + school.id() + "/technical-controls";
        mvc.perform(post(page).with(csrf()).with(given.as(osl)).param("kind", "FIREWALL").param("provider", "Trust IT")
                .param("howInPlace", "Managed firewall at the trust's data centre")
                .param("verifiedOn", LocalDate.now().minusMonths(14).toString()).param("verifiedBy", "Sam Okafor"))
                .andReturn();
        var control = controls.of(school.id()).get(0);
        assertThat(firewall(school).rating()).as("a check overdue needs attention").isEqualTo(Rating.AMBER);

        var editPage = mvc.perform(get(page + "/" + control.id()).with(given.as(osl))).andReturn().getResponse();
        assertThat(editPage.getContentAsString()).contains("Managed firewall at the trust&#39;s data centre");
        var changed = mvc.perform(post(page + "/" + control.id()).with(csrf()).with(given.as(osl))
                .param("kind", "FIREWALL").param("provider", "Trust IT").param("howInPlace", "Managed firewall")
                .param("verifiedOn", LocalDate.now().toString()).param("verifiedBy", "Sam Okafor")
                .param("version", Integer.toString(control.version()))).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(firewall(school).rating()).isEqualTo(Rating.GREEN);

        var stale = mvc.perform(post(page + "/" + control.id()).with(csrf()).with(given.as(osl))
                .param("kind", "FIREWALL").param("provider", "Someone else").param("howInPlace", "Managed firewall")
                .param("verifiedOn", LocalDate.now().toString()).param("verifiedBy", "Sam Okafor")
                .param("version", Integer.toString(control.version()))).andReturn().getResponse();
        assertThat(stale.getStatus()).as("a change made on an old copy is refused").isEqualTo(422);
        assertThat(stale.getContentAsString()).contains("Someone changed this control").contains("Someone else");

        mvc.perform(post(page + "/" + control.id() + "/remove").with(csrf()).with(given.as(osl))).andReturn();
        assertThat(controls.of(school.id())).isEmpty();
        assertThat(firewall(school).rating()).isEqualTo(Rating.RED);
        assertThat(audited(school.id().value(), "TECHNICAL_CONTROL_CHANGED")).isEqualTo(1);
        assertThat(audited(school.id().value(), "TECHNICAL_CONTROL_REMOVED")).isEqualTo(1);
    }

    @Test
    void aRefusedControlComesBackWithTheMessageAndEverythingTyped() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var technician = given.staff(school, Role.TECHNICAL_STAFF);

        var refused = mvc.perform(post("/schools/" + school.id() + "/technical-controls").with(csrf())
                .with(given.as(technician)).param("kind", "ANTI_SPAM").param("provider", "MailGuard")
                .param("howInPlace", "Filters inbound mail").param("verifiedOn", LocalDate.now().plusDays(2).toString())
                .param("verifiedBy", "Kofi Mensah")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("cannot be in the future").contains("MailGuard")
                .contains("Filters inbound mail").contains("Kofi Mensah").contains("href=\"#control-verifiedOn\"");
        assertThat(controls.of(school.id())).isEmpty();
    }

    @Test
    void theDslReadsTheRegisterButCannotChangeIt() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        var page = "/schools/" + school.id() + "/technical-controls";

        assertThat(mvc.perform(get(page).with(given.as(dsl))).andReturn().getResponse().getContentAsString())
                .contains("Nothing is recorded yet").doesNotContain("Record the control");
        assertThat(mvc.perform(post(page).with(csrf()).with(given.as(dsl)).param("kind", "FIREWALL")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theDemoSchoolsRedItemsAreItsUnrecordedIwfMembershipAndTheReceptionistsMissingPrevent(
            @Autowired org.tutela.school.Schools schools) {
        var trust = schools.findTrustNamed("Kingfisher Learning Trust").orElseThrow();
        var brigids = schools.ofTrust(trust.id()).stream().filter(s -> s.name().startsWith("St Brigid")).findFirst()
                .orElseThrow();

        assertThat(dashboard.itemsFor(brigids)).filteredOn(item -> item.rating() == Rating.RED)
                .extracting(ComplianceItem::title)
                .containsExactlyInAnyOrder("IWF block list (IWF membership)", "Prevent training");
    }

    ComplianceItem iwf(org.tutela.school.School school) {
        return item(school, "IWF block list (IWF membership)");
    }

    ComplianceItem firewall(org.tutela.school.School school) {
        return item(school, "Firewall");
    }

    ComplianceItem item(org.tutela.school.School school, String title) {
        return dashboard.itemsFor(school).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    int audited(java.util.UUID school, String action) {
        return jdbc.sql("select count(*) from audit_event where school_id = ? and action = ?").params(school, action)
                .query(Integer.class).single();
    }
}
