package org.tutela.browser;

import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, and what a signed-in person then sees, in a real (headless) browser against the running app. */
@TutelaTest
@Import(TestSchools.class)
class SignInBrowserIT {

    static final String DEMO_PASSWORD = "Kingfisher-river-2026";
    static final String DEMO_TOTP_KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final String DSL = "daniel.price@stbrigids.example";
    static final String CLASS_TEACHER = "sophie.turner@stbrigids.example";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;

    @BeforeEach
    void pointTheBrowserAtTheApp() {
        browser.useBaseUrl("http://localhost:" + port);
        driver = browser.driver();
    }

    @Test
    void aDslSignsInWithPasswordAndAuthenticatorCodeAndSeesTheirHomePage() {
        givePassword(DSL, DEMO_PASSWORD);
        browser.waitForPath("/mfa");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Enter the code from your authenticator app");

        browser.find(By.id("code")).sendKeys(given.unusedCode(DSL, DEMO_TOTP_KEY));
        driver.findElement(By.id("verify")).click();

        browser.waitForPath("/");
        assertThat(browser.waitForText(By.tagName("h1"), "Daniel Price").getText()).isEqualTo("Daniel Price");
        assertThat(driver.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .contains("Concerns waiting for you");
        assertThat(driver.findElement(By.className("tutela-header__who")).getText()).isEqualTo("Daniel Price");
        browser.save("home");
    }

    @Test
    void aClassTeacherIsRefusedAnAdminPage() {
        var stBrigids = jdbc.sql("select id from school where name = 'St Brigid''s CE Primary School'")
                .query(UUID.class).single();
        signInWithPasswordAlone(CLASS_TEACHER);

        browser.open("/schools/" + stBrigids + "/staff");

        browser.waitForText(By.tagName("h1"), "You do not have access to this page");
        assertThat(driver.getTitle()).isEqualTo("Access denied – Tutela");
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus")).isEqualTo(403L);
    }

    @Test
    void anAddressThatDoesNotExistShowsThePageNotFoundPage() {
        signInWithPasswordAlone(CLASS_TEACHER);

        browser.open("/no-such-page");

        browser.waitForText(By.tagName("h1"), "Page not found");
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus")).isEqualTo(404L);
    }

    @Test
    void aWrongPasswordShowsAnErrorSummaryThatLinksToTheField() {
        var teacher = given.staff(given.aSchoolOf(given.aTrust()), Role.CLASS_STAFF);

        givePassword(teacher.email(), "not the password at all");

        browser.waitForText(By.tagName("h1"), "Sign in to Tutela");
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in?error");
        var summary = browser.find(By.cssSelector(".govuk-error-summary [role=alert]"));
        assertThat(summary.getText()).contains("There is a problem", "The email address or password is not right");
        var link = summary.findElement(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("#email");

        link.click();

        browser.waiting().until(d -> "email".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat(driver.findElement(By.id("email")).getDomAttribute("aria-describedby")).isEqualTo("email-error");
    }

    @Test
    void theSignInPageCanBeUsedWithTheKeyboardAlone() {
        browser.open("/sign-in");
        var email = browser.find(By.id("email"));
        var password = driver.findElement(By.id("password"));
        var signIn = driver.findElement(By.id("sign-in"));
        var skipLink = driver.findElement(By.className("govuk-skip-link"));
        var serviceName = driver.findElement(By.className("tutela-header__name"));
        assertThat(focused().getTagName()).isEqualTo("body");

        // Tab order: skip link first, the service name in the header, then the form in reading order.
        for (var expected : new WebElement[] {skipLink, serviceName, email, password, signIn}) {
            press(Keys.TAB);
            assertThat(focused()).as("focus after TAB should be on %s", describe(expected)).isEqualTo(expected);
        }

        // Following the skip link jumps past the header straight to the form, which ENTER submits.
        browser.open("/sign-in");
        email = browser.find(By.id("email"));
        press(Keys.TAB);
        assertThat(focused()).isEqualTo(driver.findElement(By.className("govuk-skip-link")));
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat(focused()).as("focus after following the skip link and pressing TAB").isEqualTo(email);
        type(CLASS_TEACHER);
        press(Keys.TAB);
        type(DEMO_PASSWORD);
        press(Keys.ENTER);

        browser.waitForPath("/");
        browser.waitForText(By.tagName("h1"), "Sophie Turner");
    }

    @Test
    void pagesLoadWithoutBrowserConsoleErrors() {
        browser.consoleEntries();

        // The sign-in page with its error summary, then the code page and the home page.
        givePassword("nobody-" + UUID.randomUUID() + "@stbrigids.example", "not the password at all");
        browser.find(By.className("govuk-error-summary"));
        givePassword(DSL, DEMO_PASSWORD);
        browser.waitForPath("/mfa");
        browser.find(By.id("code")).sendKeys(given.unusedCode(DSL, DEMO_TOTP_KEY));
        driver.findElement(By.id("verify")).click();
        browser.waitForPath("/");
        browser.waitForText(By.tagName("h1"), "Daniel Price");
        browser.open("/");
        browser.waitForText(By.tagName("h1"), "Daniel Price");
        // GOV.UK Frontend marks the body once its modules have started: the scripts loaded and ran.
        browser.waiting().until(d -> d.findElement(By.tagName("body")).getDomAttribute("class")
                .contains("govuk-frontend-supported"));

        assertThat(browser.consoleEntries()).filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .extracting(entry -> entry.getMessage())
                .isEmpty();
    }

    @Test
    void signingOutEndsTheSession() {
        signInWithPasswordAlone(CLASS_TEACHER);

        browser.find(By.cssSelector(".tutela-header__sign-out button")).click();

        browser.waitForPath("/sign-in");
        assertThat(browser.find(By.className("govuk-inset-text")).getText()).isEqualTo("You have signed out.");
        browser.open("/");
        browser.waitForPath("/sign-in");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sign in to Tutela");
        assertThat(driver.findElements(By.className("tutela-header__sign-out"))).isEmpty();
    }

    void givePassword(String email, String password) {
        browser.open("/sign-in");
        browser.find(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }

    void signInWithPasswordAlone(String email) {
        givePassword(email, DEMO_PASSWORD);
        browser.waitForPath("/");
        browser.find(By.className("tutela-header__who"));
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    static String describe(WebElement element) {
        var id = element.getDomAttribute("id");
        return element.getTagName() + (id == null ? "" : "#" + id) + " \"" + element.getText() + "\"";
    }
}
