package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tutela.TestMail;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.YearGroup;

/**
 * A concern from the class teacher's report to the debrief, in a real (headless) browser: the DSL is told in the app
 * and by email (through a real SMTP server), triages it, works the procedure the escalation rules ask for, records
 * the referrals, closes the case and records the debrief. And an allegation about a headteacher who is also the DSL,
 * which the head never sees and the chair of governors works instead.
 */
@TutelaTest
@Import(TestSchools.class)
class ConcernJourneyBrowserIT {

    /** Each step posts a form and the server answers with the case page again; on two busy cores that can be slow. */
    static final Duration STEP = Duration.ofSeconds(30);

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TestSchools given;

    WebDriver driver;

    @BeforeEach
    void pointTheBrowserAtTheApp() {
        browser.useBaseUrl("http://localhost:" + port);
        driver = browser.driver();
    }

    @Test
    void aSextingConcernAboutA12YearOldGoesFromTheClassTeacherToTheDslAndIsWorkedToItsDebrief() throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var dsl = given.enrolledStaff(school, "Daniel", "Okoro", Role.DSL);
        var teacher = given.staff(school, "Priya", "Shah", Role.CLASS_STAFF);
        var learner = given.learner(school, "Amara", "Quinlan", LocalDate.now().minusYears(12).minusMonths(4),
                YearGroup.YEAR_7);

        // The class teacher records what she was told.
        signIn(teacher.email());
        browser.find(By.id("record-concern")).click();
        browser.waitForText(By.tagName("h1"), "Record a concern");
        tick("risk-no");
        tick("kind-SEXTING");
        choose("person-0", learner.id().value().toString());
        choose("involvement-0", "VICTIM");
        type("description", "Amara told me a photo of her is being passed round a Snapchat group by other pupils.");
        choose("location", "OFF_SITE");
        choose("device", "PERSONAL");
        type("platform", "Snapchat");
        choose("source", "SELF_DISCLOSURE");
        browser.find(By.id("send-concern")).click();
        browser.waitForText(By.tagName("h1"), "Concern sent to the DSL");
        var reference = browser.find(By.id("reference")).getText();
        assertThat(reference).isNotBlank();
        signOut();

        // The DSL is emailed at once: a link, and nothing about who or what.
        var email = emailTo(dsl.person());
        var body = String.valueOf(email.getContent());
        var link = Pattern.compile("https?://\\S+(/schools/" + school.id().value() + "/concerns/[0-9a-f-]{36})")
                .matcher(body);
        assertThat(link.find()).as("a link to the case in: %s", body).isTrue();
        assertThat(body + email.getSubject()).doesNotContain("Amara").doesNotContain("Quinlan")
                .doesNotContain("Snapchat").doesNotContain("photo").doesNotContain("pupils")
                .doesNotContain("Priya").doesNotContain("Sexting").doesNotContain(reference);

        // The DSL signs in with the authenticator and finds it waiting on the home page.
        signIn(dsl.person().email(), dsl.secret());
        assertThat(browser.find(By.id("part-0")).getText()).isEqualTo("Concerns waiting for you");
        browser.find(By.partialLinkText(reference)).click();
        browser.waitForText(By.tagName("h1"), "Concern " + reference);
        assertThat(browser.path()).isEqualTo(link.group(1));
        assertThat(text("status")).isEqualTo("Received");
        assertThat(text("record-class")).startsWith("R1");
        assertThat(text("no-viewing")).contains("Do not view, copy, print, forward or upload any image");
        assertThat(text("description")).contains("Snapchat group");

        // E-07: the learner is under 13, so children's social care must be consulted, and the page says why.
        var socialCare = browser.find(By.id("action-SOCIAL_CARE"));
        assertThat(socialCare.getText()).contains("Must be done")
                .contains("Consult or refer to children's social care (any child involved is under 13)");
        socialCare.findElement(By.className("govuk-details__summary")).click();
        browser.waitForText(By.cssSelector("#action-SOCIAL_CARE .govuk-details__text"),
                "E-07: Sexting where any child involved is under 13 on the incident date (000 A§6.1)");
        assertThat(text("status-SOCIAL_CARE")).isEqualTo("To do");
        assertThat(text("status-DSL")).isEqualTo("Done");

        submit("acknowledge", "Acknowledged");
        assertThat(driver.findElements(By.id("acknowledge"))).isEmpty();

        // Triage: the kind stays, the risk areas are content as well as conduct; the personal device is known.
        assertThat(checked("k-SEXTING")).isTrue();
        assertThat(checked("r-CONDUCT")).isTrue();
        assertThat(checked("f-PERSONAL_DEVICE")).isTrue();
        tick("r-CONTENT");
        submit("save-facts", "Facts saved; the required actions were worked out again");
        assertThat(text("status")).isEqualTo("Triaged");
        assertThat(checked("r-CONTENT")).isTrue();

        // The social care consultation, recorded as a referral, carries out the E-07 action.
        choose("agency", "SOCIAL_CARE");
        choose("channel", "CSC_CONSULTATION");
        type("contact", "Duty social worker, Kent Front Door");
        type("referral-reference", "FD-2026-4471");
        type("shared", "Her age, that an image is being shared by peers, and the school's actions so far");
        type("referral-outcome", "Advised the school to manage it with a risk assessment and parental involvement");
        submit("record-referral", "Referral recorded");
        assertThat(text("status-SOCIAL_CARE")).isEqualTo("Done");
        assertThat(text("status")).isEqualTo("Actions in progress");
        assertThat(text("referrals")).contains("Children's social care (Social care consultation)")
                .contains("FD-2026-4471");

        // The phone is secured, never looked at.
        type("device-name", "iPhone 12, blue case, in evidence bag 0417");
        type("device-owner", "The learner's own");
        type("device-location", "The DSL's locked cabinet");
        submit("secure-device", "Device custody recorded");
        assertThat(text("status-SECURE_DEVICE")).isEqualTo("Done");

        // Copies are deleted only with all three of the DSL's confirmations.
        tick("noAgency");
        assertThat(problemAfter("delete-copies")).contains("confirm all three");
        tick("noAgency");
        tick("noRisk");
        tick("noInvestigation");
        submit("delete-copies", "Deletion recorded");
        assertThat(text("status-DELETE_COPIES")).isEqualTo("Done");

        // The decision-factor assessment: refused while a factor is blank, "not known" is an answer.
        type("factor-AGES", "Amara is 12; the others in the group are 12 and 13");
        type("factor-APPS_AND_DEVICES", "Snapchat: messages delete after viewing, so the group's copies may go soon");
        submit("save-assessment", "Risk assessment saved");
        assertThat(problemAfter("complete-assessment")).contains("Blank: ").contains("Whether an adult is involved")
                .doesNotContain("The ages of everyone involved");
        for (var factor : org.tutela.concern.SextingAssessment.Factor.values()) {
            if (browser.find(By.id("factor-" + factor.name())).getAttribute("value").isBlank()) {
                type("factor-" + factor.name(), "Not known");
            }
        }
        submit("complete-assessment", "Risk assessment completed");
        assertThat(text("assessment-completed")).startsWith("Completed on ");
        assertThat(text("status-RISK_ASSESSMENT")).isEqualTo("Done");

        // Her support plan, with its review date.
        type("plan-0", "Weekly check-ins with the school counsellor; told about Report Remove");
        type("review-0", LocalDate.now().plusWeeks(4).toString());
        submit("record-plan-0", "Support plan recorded");

        // The rest of the procedure: support, the parents, and sanctions set aside.
        type("note-SUPPORT", "Weekly check-ins with the school counsellor; told about Report Remove");
        submit("done-SUPPORT", "Saved");
        choose("decision-PARENTS", "yes");
        type("note-PARENTS", "Her mother was told by the DSL by phone the same afternoon");
        submit("done-PARENTS", "Saved");
        type("note-SANCTIONS", "Not needed");
        assertThat(problemAfter("na-SANCTIONS")).contains("in at least 20 characters");
        type("note-SANCTIONS", "She is the victim of the sharing: no sanction for her");
        submit("na-SANCTIONS", "Saved");
        for (var code : List.of("RISK_ASSESSMENT", "SUPPORT", "PARENTS")) {
            assertThat(text("status-" + code)).as(code).isEqualTo("Done");
        }
        assertThat(text("status-SANCTIONS")).isEqualTo("Not applicable");
        assertThat(text("status-DEBRIEF")).isEqualTo("To do");

        // Closing needs the decision on the parents; then it closes without any override.
        type("outcome", "Image removed from the group with the platform's help; no further action by social care");
        type("support", "Counsellor check-ins for the rest of term");
        assertThat(problemAfter("close")).contains("the decision on informing parents or carers");
        type("outcome", "Image removed from the group with the platform's help; no further action by social care");
        type("support", "Counsellor check-ins for the rest of term");
        choose("parents", "INFORMED");
        type("parentsDetail", "Mother, by the DSL, by phone on the day");
        submit("close", "Case closed");
        assertThat(text("status")).isEqualTo("Closed");
        assertThat(text("closure")).startsWith("Closed: Image removed from the group");
        assertThat(driver.findElements(By.id("record-referral"))).isEmpty();

        type("lessons", "Year 7 RSHE to cover nude image sharing and Report Remove earlier in the autumn term");
        submit("debrief", "Debrief recorded");
        assertThat(text("status")).isEqualTo("Debriefed");
        assertThat(text("status-DEBRIEF")).isEqualTo("Done");

        var chronology = chronology();
        assertThat(chronology.get(0)).contains("Priya Shah").contains("Concern reported (Learner told us about themselves)");
        assertInOrder(chronology,
                "Concern reported",
                "Done: DSL",
                "Daniel Okoro: Acknowledged",
                "Facts updated",
                "Done: SOCIAL_CARE",
                "Referral: Children's social care by Social care consultation, reference FD-2026-4471",
                "Done: SECURE_DEVICE",
                "Device secured: iPhone 12",
                "Done: DELETE_COPIES: Deleted with the DSL's confirmation",
                "Risk assessment completed: every decision factor answered",
                "Done: RISK_ASSESSMENT",
                "Support plan (victim, review on",
                "Done: SUPPORT",
                "Done: PARENTS (yes)",
                "Not applicable: SANCTIONS: She is the victim",
                "Closed: Image removed from the group",
                "Debriefed: Year 7 RSHE");

        // Opening the case read the notice: nothing is waiting for the DSL any more.
        browser.open("/");
        browser.waitForText(By.id("part-0"), "Concerns waiting for you");
        assertThat(driver.getPageSource()).doesNotContain(reference);
    }

    @Test
    void anAllegationAboutTheHeadteacherWhoIsAlsoTheDslIsWorkedByTheChairOfGovernorsAndTheHeadSeesNoTrace()
            throws Exception {
        var school = given.aSchoolOf(given.aTrust());
        var head = given.enrolledStaff(school, "Margaret", "Hale", Role.HEADTEACHER, Role.DSL, Role.ONLINE_SAFETY_LEAD);
        var chair = given.staff(school, "Robert", "Ellison", Role.CHAIR_OF_GOVERNORS);
        var teacher = given.staff(school, "Tom", "Barker", Role.CLASS_STAFF);

        // A class teacher reports an allegation naming the head.
        signIn(teacher.email());
        browser.open("/schools/" + school.id().value() + "/concerns/new");
        browser.waitForText(By.tagName("h1"), "Record a concern");
        tick("kind-STAFF_ALLEGATION");
        choose("person-0", head.person().id().value().toString());
        choose("involvement-0", "ALLEGED_PERPETRATOR");
        type("description", "A parent says Mrs Hale sent their son direct messages on Instagram late at night.");
        choose("source", "PARENT");
        browser.find(By.id("send-concern")).click();
        browser.waitForText(By.tagName("h1"), "Concern sent to the DSL");
        var reference = browser.find(By.id("reference")).getText();
        signOut();

        // The chair of governors is emailed; the head, though DSL, is not.
        var email = emailTo(chair);
        var body = String.valueOf(email.getContent());
        assertThat(body).contains("/schools/" + school.id().value() + "/concerns/");
        assertThat(body + email.getSubject()).doesNotContain("Hale").doesNotContain("Instagram")
                .doesNotContain("allegation").doesNotContain(reference);
        assertThat(messagesTo(head.person())).isEmpty();

        // The head signs in and finds no trace of it anywhere.
        signIn(head.person().email(), head.secret());
        assertThat(driver.getPageSource()).doesNotContain(reference);
        assertThat(driver.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .contains("Concerns waiting for you", "Allegations about staff");
        assertThat(driver.findElements(By.className("tutela-empty"))).extracting(WebElement::getText)
                .contains("No concerns are waiting. New concerns appear here the moment they are reported.",
                        "No allegations about staff are open.");
        browser.open("/schools/" + school.id().value() + "/concerns");
        browser.waitForText(By.tagName("h1"), "Concerns");
        assertThat(driver.getPageSource()).doesNotContain(reference).contains("No open concerns.");
        var caseUrl = body.substring(body.indexOf("/schools/"), body.indexOf('\n', body.indexOf("/schools/"))).trim();
        browser.open(caseUrl);
        browser.waitForText(By.tagName("h1"), "You do not have access to this page");
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus")).isEqualTo(403L);
        assertThat(driver.getPageSource()).doesNotContain(reference).doesNotContain("Instagram");
        signOut();

        // The chair, the alternate, finds it on the home page and works it.
        signIn(chair.email());
        browser.find(By.partialLinkText(reference)).click();
        browser.waitForText(By.tagName("h1"), "Concern " + reference);
        assertThat(browser.path()).isEqualTo(caseUrl);
        assertThat(text("record-class")).startsWith("R2");
        assertThat(text("description")).contains("Instagram");
        assertThat(browser.find(By.id("action-WHISTLEBLOWING_ALTERNATE")).getText()).contains("Must be done");
        assertThat(browser.find(By.id("action-LADO")).getText()).contains("Must be done");
        assertThat(driver.findElements(By.id("action-HEADTEACHER"))).isEmpty();
        submit("acknowledge", "Acknowledged");

        type("note-WHISTLEBLOWING_ALTERNATE", "Received and handled by the chair of governors; the head is not told");
        submit("done-WHISTLEBLOWING_ALTERNATE", "Saved");
        choose("agency", "LADO");
        choose("channel", "PHONE_CALL");
        type("contact", "Kent LADO duty officer");
        type("referral-reference", "LADO-2026-118");
        type("shared", "The parent's account of the messages, the head's role, and that she is also the DSL");
        type("referral-outcome", "Strategy discussion: the threshold is not met; manage under the conduct policy");
        submit("record-referral", "Referral recorded");
        assertThat(text("status-LADO")).isEqualTo("Done");
        type("note-SUPPORT", "Welfare support offered through the trust's employee assistance programme");
        submit("done-SUPPORT", "Saved");
        type("note-REPORTING_RESTRICTION", "Referred to only as 'a senior leader' in governors' papers");
        submit("done-REPORTING_RESTRICTION", "Saved");
        assertThat(text("status-CONDUCT_POLICIES")).isEqualTo("To do");

        // A staff case closes with the outcome for the member of staff and the decision on welfare support.
        type("outcome", "LADO threshold not met; the conduct matter is referred to the trust's HR process");
        assertThat(problemAfter("close")).contains("the outcome for the member of staff")
                .contains("whether welfare support was offered");

        // The conduct process runs in HR's personnel file, outside Tutela: the chair closes with an override.
        type("outcome", "LADO threshold not met; the conduct matter is referred to the trust's HR process");
        choose("staffOutcome", "DISCIPLINARY");
        type("staffOutcomeDetail", "Referred to the trust's HR conduct process");
        choose("welfareOffered", "yes");
        type("welfareDetail", "The trust's employee assistance programme");
        assertThat(problemAfter("close")).contains("Mandatory actions are still open: CONDUCT_POLICIES");
        type("outcome", "LADO threshold not met; the conduct matter is referred to the trust's HR process");
        choose("staffOutcome", "DISCIPLINARY");
        type("staffOutcomeDetail", "Referred to the trust's HR conduct process");
        choose("welfareOffered", "yes");
        type("welfareDetail", "The trust's employee assistance programme");
        type("override", "The staff conduct process is run by trust HR and recorded in the personnel file");
        submit("close", "Case closed");
        assertThat(text("closure-by-kind")).contains("Outcome for the member of staff: disciplinary action")
                .contains("Welfare support offered: yes: The trust's employee assistance programme");
        assertThat(text("status")).isEqualTo("Closed");
        assertThat(text("status-CONDUCT_POLICIES")).isEqualTo("To do");

        type("lessons", "Remind all staff of the rule against messaging pupils or parents from personal accounts");
        submit("debrief", "Debrief recorded");
        assertThat(text("status")).isEqualTo("Debriefed");

        var chronology = chronology();
        assertThat(chronology.get(0)).contains("Tom Barker").contains("Concern reported");
        assertInOrder(chronology,
                "Concern reported",
                "Access granted to one more person: Whistleblowing alternate",
                "Robert Ellison: Acknowledged",
                "Done: WHISTLEBLOWING_ALTERNATE",
                "Done: LADO",
                "Referral: LADO by Phone call, reference LADO-2026-118",
                "Done: SUPPORT",
                "Done: REPORTING_RESTRICTION",
                "Closed: LADO threshold not met; the conduct matter is referred to the trust's HR process"
                        + " (override of [CONDUCT_POLICIES]: The staff conduct process is run by trust HR",
                "Recorded at closure: Outcome for the member of staff: disciplinary action",
                "Debriefed: Remind all staff");
        assertThat(String.join("\n", chronology)).doesNotContain("Margaret Hale:");
    }

    // Signing in and out.

    void signIn(String email) {
        givePassword(email);
        browser.waitForPath("/");
        browser.find(By.className("tutela-header__who"));
    }

    void signIn(String email, String totpSecret) {
        givePassword(email);
        browser.waitForPath("/mfa");
        browser.find(By.id("code")).sendKeys(given.unusedCode(email, totpSecret));
        driver.findElement(By.id("verify")).click();
        browser.waitForPath("/");
        browser.find(By.className("tutela-header__who"));
    }

    void givePassword(String email) {
        browser.open("/sign-in");
        browser.find(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(TestSchools.PASSWORD);
        driver.findElement(By.id("sign-in")).click();
    }

    void signOut() {
        browser.find(By.cssSelector(".tutela-header__sign-out button")).click();
        browser.waitForPath("/sign-in");
        browser.find(By.className("govuk-inset-text"));
    }

    // Filling in forms. GOV.UK Frontend hides native radios and checkboxes, so their labels are clicked.

    void tick(String id) {
        browser.find(By.cssSelector("label[for='" + id + "']")).click();
    }

    void choose(String id, String value) {
        new Select(browser.find(By.id(id))).selectByValue(value);
    }

    void type(String id, String text) {
        var field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Whether a (visually hidden) GOV.UK checkbox is ticked. */
    boolean checked(String id) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id))).isSelected();
    }

    String text(String id) {
        return browser.find(By.id(id)).getText().trim();
    }

    /** Presses a button and waits for the next page's banner; fails with the problem the page reports, if any. */
    void submit(String button, String success) {
        assertThat(press(button)).as("the banner after pressing %s", button).isEqualTo("Success " + success);
    }

    /** Presses a button expecting a refusal; returns what the page says the problem is. */
    String problemAfter(String button) {
        var banner = press(button);
        assertThat(banner).as("the banner after pressing %s", button).startsWith("Important ");
        return banner;
    }

    String press(String button) {
        var page = driver.findElement(By.tagName("html"));
        browser.find(By.id(button)).click();
        var wait = new WebDriverWait(driver, STEP);
        wait.until(ExpectedConditions.stalenessOf(page));
        var banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("govuk-notification-banner")));
        return banner.getText().replaceAll("\\s+", " ").trim();
    }

    List<String> chronology() {
        return browser.find(By.id("chronology")).findElements(By.tagName("li")).stream()
                .map(li -> li.getText().replaceAll("\\s+", " ").trim()).toList();
    }

    /** Each expected fragment appears in a line after the line of the one before it. */
    static void assertInOrder(List<String> lines, String... fragments) {
        var at = -1;
        var found = new ArrayList<String>();
        for (var fragment : fragments) {
            var next = -1;
            for (int i = at + 1; i < lines.size(); i++) {
                if (lines.get(i).contains(fragment)) {
                    next = i;
                    break;
                }
            }
            assertThat(next).as("\"%s\" after %s in the chronology:\n%s", fragment, found, String.join("\n", lines))
                    .isGreaterThan(at);
            found.add(fragment);
            at = next;
        }
    }

    // The emails the app sent through the test SMTP server.

    MimeMessage emailTo(Person person) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !messagesTo(person).isEmpty());
        var messages = messagesTo(person);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    static List<MimeMessage> messagesTo(Person person) throws Exception {
        var to = new ArrayList<MimeMessage>();
        for (var message : TestMail.server().getReceivedMessages()) {
            for (var recipient : message.getAllRecipients()) {
                if (recipient.toString().equalsIgnoreCase(person.email())) {
                    to.add(message);
                }
            }
        }
        return to;
    }
}
