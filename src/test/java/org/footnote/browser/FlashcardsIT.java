package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.footnote.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Five flashcard reviews in a real browser, keyboard only: Space shows the answer, 3 rates Good. */
class FlashcardsIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void fiveReviewsWithTheKeyboard() throws Exception {
        accounts.registerStudent("Dilnoza Karimova", "dilnoza", "the peace accord of 1997");
        signIn("dilnoza", "the peace accord of 1997");
        open("flashcards");

        for (int i = 0; i < 5; i++) {
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".flashcards-counts"),
                    "0 due \u00b7 " + (9 - i) + " new \u00b7 " + i + " reviewed today"));
            String prompt = waitFor("#flashcard-prompt").getText();
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            waitFor(".flashcard-back .source-card blockquote");
            assertThat(browser.findElements(By.cssSelector(".rating-buttons vaadin-button"))).hasSize(4);
            if (i == 0) {
                screenshot("flashcard-back");
            }
            new Actions(browser).sendKeys("3").perform();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("flashcard-prompt"), prompt)));
        }
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flashcards-counts"), "0 due \u00b7 4 new \u00b7 5 reviewed today"));
        assertThat(browser.findElement(By.id("announcer")).getText()).startsWith("Rated Good; back in 10 minutes");
    }
}
