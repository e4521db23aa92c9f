package org.tutela.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page, checked by axe-core against WCAG 2.2 A and AA, as a signed-in headteacher sees them. */
@TutelaTest
@Import(TestSchools.class)
class AccessibilityIT {

    static final String HEADTEACHER = "grace.whitfield@stbrigids.example";
    static final String DSL = "daniel.price@stbrigids.example";
    static final String DEMO_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.tutela.concern.ConcernDesk concerns;

    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void pointTheBrowserAtTheApp() {
        browser.useBaseUrl("http://localhost:" + port);
    }

    void check(String page) {
        var results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
        for (var rule : results.getViolations()) {
            for (var node : rule.getNodes()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + node.getTarget() + " " + node.getHtml());
            }
        }
    }

    void visit(String path, String heading) {
        browser.open(path);
        browser.waitForText(By.tagName("h1"), heading);
        check(path);
    }

    @Test
    void everyPageMeetsWcag22AA() {
        var school = jdbc.sql("select id from school where name = 'St Brigid''s CE Primary School'")
                .query(UUID.class).single();
        var learner = jdbc.sql("select id from person where school_id = ? and kind = 'LEARNER' limit 1")
                .param(school).query(UUID.class).single();
        var otherSchool = jdbc.sql("select id from school where name = 'Hawthorn Primary School'")
                .query(UUID.class).single();

        visit("/blocked?url=http://casino.example/&category=gambling&group=ks2-upper&v=1&school=" + school,
                "This website is blocked");
        visit("/sign-in", "Sign in to Tutela");
        browser.find(By.id("email")).sendKeys(HEADTEACHER);
        browser.driver().findElement(By.id("password")).sendKeys("not the password");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waitForText(By.tagName("h1"), "Sign in to Tutela");
        check("/sign-in?error");

        browser.find(By.id("email")).sendKeys(HEADTEACHER);
        browser.driver().findElement(By.id("password")).sendKeys("Kingfisher-river-2026");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waitForText(By.tagName("h1"), "Enter the code from your authenticator app");
        check("/mfa");
        browser.find(By.id("code")).sendKeys(given.unusedCode(HEADTEACHER, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
        browser.driver().findElement(By.id("verify")).click();
        browser.waitForText(By.tagName("h1"), "Grace Whitfield");
        check("/");

        visit("/schools/" + school + "/staff", "Staff");
        visit("/schools/" + school + "/learners", "Learners");
        browser.open("/schools/" + school + "/people/" + learner);
        browser.find(By.className("govuk-summary-list"));
        check("a learner's record");
        visit("/schools/" + school + "/people/new?kind=LEARNER", "Add a learner");
        browser.find(By.id("save")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the learner form with errors");
        visit("/schools/" + school + "/filtering", "Filtering");
        visit("/schools/" + school + "/filtering/versions/1", "Filtering version 1");
        visit("/schools/" + school + "/filtering/proposal", "Propose a filtering change");
        visit("/schools/" + school + "/filtering/reports", "Filtering reports");
        visit("/schools/" + school + "/filtering/exceptions/new", "Propose an exception for a learner");
        browser.find(By.id("propose-exception")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the learner exception form with errors");
        visit("/schools/" + school + "/filtering/safe-searching", "Safe searching taught");
        visit("/schools/" + school + "/filtering/checks", "Filtering effectiveness checks");
        visit("/audit", "Audit trail");
        visit("/schools/" + school + "/concerns/new", "Record a concern");
        browser.find(By.cssSelector("label[for=kind-STAFF_ALLEGATION]")).click();
        var teacher = jdbc.sql("""
                select p.id from person p join role_assignment r on r.person_id = p.id
                where p.school_id = ? and r.role = 'CLASS_STAFF' order by p.family_name limit 1""")
                .param(school).query(UUID.class).single();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("person-0"))).selectByValue(teacher.toString());
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("involvement-0")))
                .selectByValue("ALLEGED_PERPETRATOR");
        browser.find(By.id("description")).sendKeys("A parent says this teacher messaged their child on Instagram.");
        browser.find(By.id("send-concern")).click();
        browser.waitForText(By.tagName("h1"), "Concern sent to the DSL");
        check("the concern confirmation");
        var reference = browser.find(By.id("reference")).getText();
        visit("/concerns/mine", "Your reports");
        visit("/schools/" + school + "/concerns", "Concerns");
        browser.find(By.linkText(reference)).click();
        browser.waitForText(By.tagName("h1"), "Concern " + reference);
        check("a case the headteacher works (an allegation about staff)");
        visit("/report/" + school, "Tell us about a worry");
        visit("/schools/" + school + "/contacts", "Who to contact");
        visit("/schools/" + school + "/rota", "DSL rota");
        visit("/schools/" + school + "/calendar", "School closures");
        browser.find(By.id("closure-name")).sendKeys("Spring half-term");
        browser.find(By.id("save-closure")).click();
        browser.waitForText(By.className("govuk-notification-banner__heading"), "first and the last day");
        check("the school closures form refused");
        visit("/schools/" + school + "/policy/in-force", "Our online-safety policy");
        visit("/schools/" + school + "/procedures/SEXTING", "Youth-produced sexual imagery (sexting): procedure");
        visit("/schools/" + school + "/procedures", "Procedures and escalation rules");
        visit("/schools/" + school + "/devices", "Devices");
        visit("/schools/" + school + "/training", "Training");
        visit("/schools/" + school + "/training/sessions/new", "Record training");
        browser.find(By.id("save-training")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the training form with errors");
        visit("/schools/" + school + "/training/mine", "Your training");
        visit("/schools/" + school + "/guidance", "Guidance library");
        browser.find(By.id("add-guidance")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the guidance form with errors");
        visit("/schools/" + school + "/risk-assessments", "Risk assessments");
        browser.find(By.id("add-assessment")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the risk assessment form with errors");
        visit("/schools/" + school + "/curriculum", "Online-safety curriculum");
        browser.find(By.id("record-lesson")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the lesson form with errors");
        visit("/schools/" + school + "/compliance", "Compliance");
        visit("/schools/" + school + "/technical-controls", "Technical controls");
        browser.find(By.id("record-control")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the technical control form with errors");
        browser.find(By.cssSelector("#controls a[href*='/technical-controls/']")).click();
        browser.waitForText(By.tagName("h1"), "Change a technical control");
        check("a technical control's change form");
        visit("/schools/" + school + "/policy", "Online-safety policy");
        browser.find(By.id("activate")).click();
        browser.waitForText(By.id("refusal"), "cannot be activated");
        check("the policy with its activation refused");
        visit("/schools/" + school + "/website", "Website checks");
        browser.find(By.id("page-url")).sendKeys("not a web address");
        browser.find(By.id("add-page")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the website page form with errors");
        visit("/account", "Your account");
        visit("/schools/" + otherSchool + "/staff", "You do not have access to this page");
        visit("/no-such-page", "Page not found");

        signOutAndSignInAs(DSL, "Daniel Price");
        var reported = aConcernAbout(learner, school, teacher);
        visit("/schools/" + school + "/concerns/" + reported, "Concern ");
        browser.find(By.cssSelector("a[href$='/learners/" + learner + "/chronology']")).click();
        browser.waitForText(By.tagName("h1"), "Chronology of");
        check("a learner's chronology");
        browser.find(By.id("receivingSchool")).sendKeys("St Mary's School");
        browser.find(By.id("receivingDsl")).sendKeys("Ms Khan");
        browser.find(By.cssSelector("label[for=method-SECURE_TRANSFER]")).click();
        browser.find(By.id("sent-purpose")).sendKeys("Transfer to the new school's DSL");
        browser.find(By.id("record-sent")).click();
        browser.waitForText(By.className("govuk-notification-banner__heading"), "Recorded that the file was sent");
        check("a learner's chronology with a file sent");
        browser.find(By.id("export")).click();
        browser.waitForText(By.className("govuk-notification-banner__heading"), "Say why");
        check("a learner's chronology with an export refused");

        // PROC-BUL-07: suspending the learner's school internet access from the bullying case, refused then done.
        visit("/schools/" + school + "/concerns/" + reported + "/internet-suspension", "Suspend school internet access");
        browser.find(By.id("suspend")).click();
        browser.waitForText(By.className("govuk-error-summary__title"), "There is a problem");
        check("the internet suspension form with errors");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("person"))).selectByValue("0");
        browser.find(By.id("user")).sendKeys("demo.learner");
        browser.find(By.id("reason")).sendKeys("Kept posting in the chat after being asked to stop");
        browser.find(By.cssSelector("label[for=dslConfirms]")).click();
        browser.find(By.id("rationale")).sendKeys("Agreed with her and her parents as a pause, not a punishment");
        browser.find(By.id("suspend")).click();
        browser.waitForText(By.className("govuk-notification-banner__heading"), "is suspended until");
        check("a case with a learner's internet access suspended");
        visit("/schools/" + school + "/filtering", "Filtering");
        visit("/blocked?url=http://games.example/&group=ks2-upper&rule=suspension&until=2026-12-02T08:00:00Z&v=1&school="
                + school, "Your school internet is switched off for now");

        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    void signOutAndSignInAs(String email, String name) {
        browser.find(By.cssSelector(".tutela-header__sign-out button")).click();
        browser.waitForPath("/sign-in");
        browser.find(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys("Kingfisher-river-2026");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waitForText(By.tagName("h1"), "Enter the code from your authenticator app");
        browser.find(By.id("code")).sendKeys(given.unusedCode(email, DEMO_SECRET));
        browser.driver().findElement(By.id("verify")).click();
        browser.waitForText(By.tagName("h1"), name);
    }

    /** A bullying concern about a demo learner, reported by a class teacher, for the DSL's pages. */
    UUID aConcernAbout(UUID learner, UUID school, UUID teacher) {
        var intake = new org.tutela.concern.ConcernDesk.NewConcern(
                java.util.EnumSet.of(org.tutela.procedure.ConcernKind.BULLYING),
                List.of(new org.tutela.concern.Involved(new org.tutela.school.PersonId(learner),
                        org.tutela.procedure.Party.Kind.LEARNER, org.tutela.procedure.Party.Involvement.VICTIM, null,
                        null)),
                java.time.LocalDate.now(), org.tutela.concern.Intake.Location.OFF_SITE,
                org.tutela.concern.Intake.Device.PERSONAL, "WhatsApp", "Unkind messages in the class group chat.",
                null, false, null, false, org.tutela.concern.Intake.Source.PEER_REPORT);
        return concerns.report(new org.tutela.concern.ConcernDesk.Reporter(new org.tutela.school.PersonId(teacher),
                "A class teacher", org.tutela.concern.Intake.ReporterKind.STAFF),
                new org.tutela.school.SchoolId(school), intake).id().value();
    }
}
