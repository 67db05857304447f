package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.footnote.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.footnote.bank.Question;

/**
 * The instructor's main journey in a real browser: create a class, assemble and publish a timed
 * quiz, have a student join and take it, then read the item analysis.
 */
class AssignedQuizIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void classQuizStudentAttemptAndItemAnalysis() throws Exception {
        accounts.createInstructor("olga", "Olga Petrova", "teaching the nineties");
        accounts.registerStudent("Farrukh Saidov", "farrukh", "the peace accord of 1997");

        signIn("olga", "teaching the nineties");
        open("classes");
        field("New class").sendKeys("IR 210");
        button("Create class").click();
        String code = waitFor(".join-code").getText();

        open("quizzes");
        field("New quiz").sendKeys("Week 3: the peace process");
        button("Create quiz").click();
        waitForPath("quizzes/");
        WebElement limit = field("Time limit (minutes)");
        limit.sendKeys("10");
        button("Save settings").click();
        status("Settings saved.");
        button("Add a rule").click();
        WebElement howMany = field("How many");
        howMany.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        button("Add rule").click();
        status("Rule added.");
        waitForXpath("//vaadin-checkbox[.//label[starts-with(normalize-space(.), 'IR 210')]]").click();
        button("Save publishing").click();
        status("Published to IR 210.");
        screenshot("quiz-editor");
        String quizUrl = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        signIn("farrukh", "the peace accord of 1997");
        open("classes/join");
        field("Class code").sendKeys(code);
        button("Join").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".join-class-view ul"), "IR 210"));
        open("assigned");
        button("Start quiz").click();
        waitForPath("practice/");
        assertThat(textOf(".quiz-title")).isEqualTo("Week 3: the peace process");
        assertThat(textOf(".quiz-countdown")).matches("Time left (10:00|9:5\\d)");
        for (int i = 1; i <= 3; i++) {
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".quiz-counter"), "Question " + i + " of 3"));
            answer();
            assertThat(textOf(".saved-panel h2")).isEqualTo("Answer saved");
            if (i == 1) {
                screenshot("assigned-quiz-saved");
            }
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
        // Enter after the last answer asks before submitting, as the one Submit quiz button does.
        wait.until(d -> textOf(".quiz-submit-summary").startsWith("All 3 questions are answered."));
        button("Keep working").click();
        // The navigator by keyboard: Enter on a question's number goes there, and does nothing else.
        var first = waitFor("vaadin-button[aria-label='Question 1, answered']");
        browser.executeScript("arguments[0].focus()", first);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".quiz-counter"), "Question 1 of 3"));
        assertThat(browser.findElements(By.cssSelector(".quiz-submit-summary"))).isEmpty();
        assertThat(waitFor("vaadin-button[aria-label='Question 1, answered, current']")).isNotNull();
        button("Submit quiz").click();
        button("Submit").click();
        waitFor(".summary-score");
        assertThat(textOf("h1")).isEqualTo("Week 3: the peace process: your results");
        screenshot("assigned-quiz-summary");

        browser.manage().deleteAllCookies();
        signIn("olga", "teaching the nineties");
        browser.get(quizUrl.replace("/edit", "/results"));
        waitFor(".item-stats");
        assertThat(textOf(".results-overview")).contains("Attempts", "1");
        assertThat(browser.findElements(By.cssSelector(".item-stats vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList()).contains("Q1", "Q2", "Q3");
        screenshot("quiz-results");

        // The student's attempt as they saw it, from their row.
        waitForXpath("//a[normalize-space(.)='Review attempt 1']").click();
        waitForPath("quizzes/attempts/");
        assertThat(textOf("h1")).isEqualTo("Farrukh Saidov, attempt 1: Week 3: the peace process");
        assertThat(browser.findElements(By.cssSelector(".summary-lines > li .source-card"))).hasSizeGreaterThanOrEqualTo(3);
        screenshot("attempt-review");
    }

    /** Waits for the editor's status line (read as text content: it may be scrolled out of view). */
    private void status(String expected) {
        wait.until(d -> expected.equals(textOf(".editor-status")));
    }

    private WebElement field(String label) {
        return waitForXpath("//*[self::vaadin-text-field or self::vaadin-integer-field][.//label[normalize-space(.)='"
                + label + "']]//input");
    }

    private WebElement button(String text) {
        return waitForXpath("//vaadin-button[normalize-space(.)='" + text + "']");
    }

    private void answer() {
        waitFor(".quiz-prompt");
        var keys = new Actions(browser);
        if (!browser.findElements(By.cssSelector(".quiz-stage vaadin-radio-group")).isEmpty()) {
            keys.sendKeys("1");
        } else if (!browser.findElements(By.cssSelector(".quiz-stage vaadin-text-field")).isEmpty()) {
            waitFor(".quiz-stage vaadin-text-field input").sendKeys("Primakov");
        }
        keys.sendKeys(Keys.ENTER).perform();
    }
}
