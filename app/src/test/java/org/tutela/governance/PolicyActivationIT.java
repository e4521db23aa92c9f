package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.TutelaTest;
import org.tutela.concern.Contacts;
import org.tutela.concern.Contacts.Agency;
import org.tutela.identity.TestSchools;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;

/** The online-safety policy is activated only once every named role, local contact and placeholder is settled. */
@TutelaTest
@Import(TestSchools.class)
class PolicyActivationIT {

    static final String TEMPLATE = """
            Online safety policy
            Designated safeguarding lead: (Name and role)
            This policy applies to <school name>.
            """;
    static final String FINISHED = """
            Online safety policy
            Designated safeguarding lead: the assistant headteacher.
            This policy applies to St Brigid's CE Primary School.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    Contacts contacts;
    @Autowired
    OnlineSafetyPolicies policies;
    @Autowired
    ComplianceDashboard dashboard;
    @Autowired
    JdbcClient jdbc;

    @Test
    void activationIsRefusedWithEveryGapListedThenAllowedOnceNothingIsMissing() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var dsl = given.staff(school, Role.DSL);
        draft(school, dsl, "2026-27", TEMPLATE);

        var refused = activate(school, head);

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Local authority designated officer (LADO) is empty in the contacts directory")
                .contains("Multi-agency safeguarding hub (MASH) is empty in the contacts directory")
                .contains("Trust safeguarding officer is empty in the contacts directory")
                .contains("No one holds the role deputy designated safeguarding lead")
                .contains("No one holds the role online safety lead")
                .contains("No one holds the role governor")
                .contains("Template placeholder &quot;(Name and role)&quot; is still in the text (line 2, column 31)")
                .contains("Template placeholder &quot;&lt;school name&gt;&quot; is still in the text (line 3, column 24)");
        assertThat(policies.inForce(school.id())).isEmpty();
        assertThat(audited(school, "POLICY_ACTIVATION_REFUSED", "DENIED")).isEqualTo(1);

        theDirectoryFilledIn(school, head);
        given.staff(school, Role.DEPUTY_DSL);
        given.staff(school, Role.ONLINE_SAFETY_LEAD);
        given.staff(school, Role.GOVERNOR);
        assertThat(activate(school, head).getStatus()).as("the placeholders are still there").isEqualTo(422);

        draft(school, dsl, "2026-27", FINISHED);
        var allowed = activate(school, head);

        assertThat(allowed.getStatus()).isEqualTo(302);
        assertThat(policies.inForce(school.id())).hasValueSatisfying(policy -> {
            assertThat(policy.versionLabel()).isEqualTo("2026-27");
            assertThat(policy.activatedBy()).isEqualTo(head.fullName());
        });
        assertThat(policies.draft(school.id())).isEmpty();
        assertThat(audited(school, "POLICY_ACTIVATED", "ALLOWED")).isEqualTo(1);
        assertThat(item(school, "Online-safety policy").rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void everyMemberOfStaffReadsThePolicyInForceButNeverADraft() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.staff(school, Role.HEADTEACHER);
        var dsl = given.staff(school, Role.DSL);
        var teacher = given.staff(school, Role.CLASS_STAFF);
        theDirectoryFilledIn(school, head);
        given.staff(school, Role.DEPUTY_DSL);
        given.staff(school, Role.ONLINE_SAFETY_LEAD);
        given.staff(school, Role.GOVERNOR);
        draft(school, dsl, "2026-27", FINISHED);
        var page = "/schools/" + school.id() + "/policy/in-force";

        var beforeActivation = mvc.perform(get(page).with(given.as(teacher))).andReturn().getResponse();
        activate(school, head);
        draft(school, dsl, "2027-28", FINISHED + "\nA sentence only the next draft has.");
        var inForce = mvc.perform(get(page).with(given.as(teacher))).andReturn().getResponse();
        var managementPage = mvc.perform(get("/schools/" + school.id() + "/policy").with(given.as(teacher)))
                .andReturn().getResponse();

        assertThat(beforeActivation.getContentAsString()).contains("id=\"none-in-force\"")
                .doesNotContain("2026-27");
        assertThat(inForce.getStatus()).isEqualTo(200);
        assertThat(inForce.getContentAsString()).contains("2026-27").contains("id=\"policy-text\"")
                .doesNotContain("A sentence only the next draft has").doesNotContain("Drafts, activation");
        assertThat(managementPage.getStatus()).isEqualTo(403);
    }

    @Test
    void onlyTheHeadteacherActivates() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.staff(school, Role.DSL);
        draft(school, dsl, "1", FINISHED);

        assertThat(activate(school, dsl).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/schools/" + school.id() + "/policy").with(given.as(dsl))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("Activate this version");
    }

    @Test
    void aDraftCanComeFromAPlainTextFileButNotFromAnythingElse() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var osl = given.staff(school, Role.ONLINE_SAFETY_LEAD);
        var path = "/schools/" + school.id() + "/policy";

        var uploaded = mvc.perform(multipart(path).file(new MockMultipartFile("file", "policy.md", "text/markdown",
                TEMPLATE.getBytes(StandardCharsets.UTF_8))).param("versionLabel", "3.0").with(csrf())
                .with(given.as(osl))).andReturn().getResponse();
        var notText = mvc.perform(multipart(path).file(new MockMultipartFile("file", "policy.docx",
                "application/octet-stream", new byte[] {0x50, 0x4b, 0x03, 0x04})).param("versionLabel", "3.1")
                .param("text", "what I typed").with(csrf()).with(given.as(osl))).andReturn().getResponse();

        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(policies.draft(school.id())).hasValueSatisfying(draft -> assertThat(draft.body()).isEqualTo(TEMPLATE));
        assertThat(notText.getStatus()).isEqualTo(422);
        assertThat(notText.getContentAsString()).contains("Choose a plain text (.txt) or Markdown (.md) file")
                .contains("what I typed").contains("value=\"3.1\"");
        assertThat(policies.draft(school.id()).orElseThrow().versionLabel()).isEqualTo("3.0");
    }

    @Test
    void aDraftSavedBySomeoneElseAfterTheFormWasOpenedIsNotOverwrittenAndTheTextIsKept() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var osl = given.staff(school, Role.ONLINE_SAFETY_LEAD);
        var head = given.staff(school, Role.HEADTEACHER);
        draft(school, osl, "1", "The first text.");
        var read = Integer.toString(policies.draft(school.id()).orElseThrow().version());
        assertThat(saveDraft(school, head, read, "1.1", "The head's change.").getStatus()).isEqualTo(302);

        var stale = saveDraft(school, osl, read, "1.2", "What the lead typed.");
        var secondFirstDraft = saveDraft(school, osl, "", "2", "Another first draft.");

        assertThat(stale.getStatus()).isEqualTo(422);
        assertThat(stale.getContentAsString()).contains("Someone else saved the draft after you opened it")
                .contains("What the lead typed.");
        assertThat(secondFirstDraft.getStatus()).as("a second first draft is refused, not a server error")
                .isEqualTo(422);
        assertThat(secondFirstDraft.getContentAsString()).contains("Someone else saved the draft");
        assertThat(policies.draft(school.id()).orElseThrow().body()).isEqualTo("The head's change.");
        assertThat(saveDraft(school, osl, Integer.toString(policies.draft(school.id()).orElseThrow().version()), "1.2",
                "What the lead typed.").getStatus()).as("saved once the current draft has been read").isEqualTo(302);
    }

    @Test
    void oneHeadteacherWhoIsAlsoTheDslWithNoDeputyIsAnAmberItem() {
        var school = given.aSchoolOf(given.aTrust());
        var headAndDsl = given.staff(school, Role.HEADTEACHER, Role.DSL);

        assertThat(item(school, "Cover for the DSL").rating()).isEqualTo(Rating.AMBER);

        given.staff(school, Role.DEPUTY_DSL);
        assertThat(item(school, "Cover for the DSL").rating()).isEqualTo(Rating.GREEN);
        assertThat(headAndDsl).isNotNull();
    }

    void draft(School school, Person by, String version, String text) throws Exception {
        var read = policies.draft(school.id()).map(d -> Integer.toString(d.version())).orElse("");
        assertThat(saveDraft(school, by, read, version, text).getStatus()).isEqualTo(302);
    }

    org.springframework.mock.web.MockHttpServletResponse saveDraft(School school, Person by, String draftVersion,
            String version, String text) throws Exception {
        return mvc.perform(post("/schools/" + school.id() + "/policy").with(csrf()).with(given.as(by))
                .param("draftVersion", draftVersion).param("versionLabel", version).param("text", text)).andReturn()
                .getResponse();
    }

    org.springframework.mock.web.MockHttpServletResponse activate(School school, Person by) throws Exception {
        var draft = policies.draft(school.id());
        return mvc.perform(post("/schools/" + school.id() + "/policy/activate").with(csrf()).with(given.as(by))
                .param("draftVersion", draft.map(d -> Integer.toString(d.version())).orElse("0"))).andReturn()
                .getResponse();
    }

    void theDirectoryFilledIn(School school, Person by) {
        var entries = new EnumMap<Agency, Contacts.Contact>(Agency.class);
        for (var agency : List.of(Agency.POLICE_LOCAL, Agency.SOCIAL_CARE, Agency.MASH, Agency.LADO,
                Agency.EDUCATION_SAFEGUARDING_TEAM, Agency.TRUST_SAFEGUARDING)) {
            entries.put(agency, new Contacts.Contact(agency, agency.label() + " team", "01632 960000", null, null, null));
        }
        contacts.save(school.id(), entries, by.id());
    }

    ComplianceItem item(School school, String title) {
        return dashboard.itemsFor(school).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    int audited(School school, String action, String outcome) {
        return jdbc.sql("select count(*) from audit_event where school_id = ? and action = ? and outcome = ?")
                .params(school.id().value(), action, outcome).query(Integer.class).single();
    }
}
