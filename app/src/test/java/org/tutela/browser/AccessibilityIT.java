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
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;

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
        visit("/account", "Your account");
        visit("/schools/" + otherSchool + "/staff", "You do not have access to this page");
        visit("/no-such-page", "Page not found");

        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }
}
