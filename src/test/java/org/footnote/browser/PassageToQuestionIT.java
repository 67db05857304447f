package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.footnote.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** An instructor selects words of a paragraph in a real browser and starts a question quoting them. */
class PassageToQuestionIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void theSelectionIsReadInTheBrowserAndBecomesTheQuote() throws Exception {
        accounts.createInstructor("teacher-it", "Zarina Teacher", "the peace accord of 1997");
        open("login");
        waitFor("vaadin-login-form input[name=username]").sendKeys("teacher-it");
        waitFor("vaadin-login-form input[name=password]").sendKeys("the peace accord of 1997", Keys.ENTER);
        waitForPath("bank");

        open("documents/test-olimov");
        waitFor(".document-authoring vaadin-button");
        // Select words inside one paragraph, as a mouse drag would.
        browser.executeScript("""
                const p = [...document.querySelectorAll('.document-body p')].find(p => p.textContent.includes('16 000'));
                const node = p.firstChild, start = node.textContent.indexOf('account for');
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, start + 'account for 12 000 out of a total of 16 000'.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                """);
        screenshot("passage-selected");
        waitFor(".document-authoring vaadin-button").click();

        waitForPath("bank/questions/new");
        var quote = waitFor(".passage-picker vaadin-text-area textarea");
        wait.until(d -> !quote.getAttribute("value").isEmpty());
        assertThat(quote.getAttribute("value")).isEqualTo("account for 12 000 out of a total of 16 000");
        screenshot("question-from-passage");
    }
}
