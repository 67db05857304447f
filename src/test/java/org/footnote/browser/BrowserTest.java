package org.footnote.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base for the few end-to-end tests in Debian's headless Chromium. Skipped, with the command to
 * install it, where Chromium is missing (.ci/run always installs it).
 */
abstract class BrowserTest extends ServedAppTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed; run: sudo apt-get install chromium chromium-driver");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser == null) {
            return;
        }
        try {
            // Our Content Security Policy must not block anything the app itself loads or runs.
            var refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
            org.assertj.core.api.Assertions.assertThat(refused).as("CSP violations in the console").isEmpty();
        } finally {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
    }

    /** The element, scrolled to the middle of the window so nothing (the app bar) covers it. */
    WebElement waitForXpath(String xpath) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return wait.until(ExpectedConditions.elementToBeClickable(element));
    }

    WebElement waitFor(String css) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            saveFailureScreenshot();
            throw e;
        }
    }

    /** What the page looked like when a wait ran out: target/screenshots/failure-<test>.png. */
    private void saveFailureScreenshot() {
        try {
            screenshot("failure-" + getClass().getSimpleName());
            System.out.println("Focused element at failure: "
                    + browser.executeScript("return document.activeElement && document.activeElement.outerHTML.substring(0, 300)"));
        } catch (IOException | RuntimeException ignored) {
            // The failure itself is what matters.
        }
    }

    /** The text of an element once it is in the page, whether or not it is scrolled into view. */
    String textOf(String css) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute("textContent").strip();
        } catch (org.openqa.selenium.TimeoutException e) {
            saveFailureScreenshot();
            throw e;
        }
    }

    /** Signs in through the real login form and waits for the start page (Practice for students). */
    void signIn(String username, String password) {
        open("login");
        waitFor("vaadin-login-form input[name=username]").sendKeys(username);
        waitFor("vaadin-login-form input[name=password]").sendKeys(password, org.openqa.selenium.Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitFor(".user-name");
    }

    /** A Vaadin button by its visible text, once it is shown. */
    WebElement buttonWithText(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    void waitForPath(String path) {
        wait.until(d -> d.getCurrentUrl().replaceFirst("^https?://[^/]+/", "").startsWith(path));
    }

    /** Types into the native input that Vaadin puts inside a field (light DOM). */
    void type(String fieldCss, String text) {
        waitFor(fieldCss + " input").sendKeys(text);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
