package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.footnote.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader follows a footnote marker to its note and back, by keyboard, in a real browser: the
 * page stays the document (Vaadin's base URL would send a bare #link to the start page).
 */
class DocumentFootnotesIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void aMarkerLeadsToItsNoteAndTheNoteBack() throws Exception {
        accounts.registerStudent("Footnote Reader", "reader-it", "the peace accord of 1997");
        signIn("reader-it", "the peace accord of 1997");

        open("documents/test-olimov?q=test-border-share&back=practice");
        var marker = waitFor("a.footnote-ref");
        marker.sendKeys(Keys.ENTER);
        wait.until(d -> "note-1".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.getCurrentUrl()).contains("/documents/test-olimov");

        browser.findElement(By.cssSelector("a.footnote-back")).sendKeys(Keys.ENTER);
        wait.until(d -> "ref-1".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.getCurrentUrl()).contains("/documents/test-olimov");
        screenshot("footnote-back-in-text");

        // Beside the highlighted passage, where the reader is.
        var back = waitFor(".is-target + .document-back-inline a");
        assertThat(back.getText()).isEqualTo("Back to the question");
        back.sendKeys(Keys.ENTER);
        waitForPath("practice");
    }
}
