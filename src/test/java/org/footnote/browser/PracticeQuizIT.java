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

/** A whole five-question practice quiz in a real browser, with the keyboard only, ending with its summary. */
class PracticeQuizIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void fiveQuestionsByKeyboardThenTheSummary() throws Exception {
        accounts.registerStudent("Bahrom Nazarov", "bahrom", "the peace accord of 1997");
        signIn("bahrom", "the peace accord of 1997");

        // Typed answers and orderings only: the keyboard journey that choices do not cover.
        for (String format : new String[] {"Multiple choice", "True or false"}) {
            waitForXpath("//vaadin-checkbox[.//label[normalize-space(.)='" + format + "']]").click();
        }
        WebElement length = waitFor("vaadin-integer-field input");
        length.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        waitFor("#practice-start").click();
        waitForPath("practice/");

        for (int i = 1; i <= 5; i++) {
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".quiz-counter"), "Question " + i + " of 5"));
            answerWithKeyboard();
            assertThat(textOf(".feedback-panel .feedback-verdict")).matches("(Correct|Wrong|Partly).*");
            assertThat(textOf(".feedback-panel .source-card blockquote")).isNotBlank();
            assertThat(textOf(".feedback-panel .source-citation")).contains("Mouzaffar Olimov");
            assertThat(browser.findElement(By.id("announcer")).getText()).isNotBlank();
            if (i == 1) {
                screenshot("practice-feedback");
            }
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }

        waitForPath("practice/");
        assertThat(waitFor(".summary-score").getText()).matches("\\d of 5 right.* in .*");
        assertThat(browser.findElements(By.cssSelector(".summary-lines > li"))).hasSize(5);
        screenshot("practice-summary");
    }

    /** Whatever the format: a number key for choices, a typed name for short answers, Enter for ordering as shown. */
    private void answerWithKeyboard() {
        waitFor(".quiz-prompt");
        var keys = new Actions(browser);
        if (!browser.findElements(By.cssSelector(".quiz-stage vaadin-radio-group")).isEmpty()) {
            keys.sendKeys("1");
        } else if (!browser.findElements(By.cssSelector(".quiz-stage vaadin-text-field")).isEmpty()) {
            // The field's native input appears once the web component has upgraded.
            waitFor(".quiz-stage vaadin-text-field input").sendKeys("Primakov");
            // The field syncs on change, not per key: Enter must still grade what was typed.
            keys.sendKeys(Keys.ENTER).perform();
            assertThat(textOf(".feedback-panel .feedback-given")).contains("Primakov");
            return;
        }
        keys.sendKeys(Keys.ENTER).perform();
    }
}
