package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.footnote.account.AccountService;
import org.footnote.bank.Format;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Mistakes and Progress in a real browser: an ordering mistake as a list, its row opened from the keyboard. */
class LearnerPagesIT extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PracticeService practice;
    @Autowired
    AttemptService attempts;
    @Autowired
    org.footnote.bank.QuestionCatalog catalog;

    @Test
    void aMissedOrderingOpensWithTheKeyboardAndProgressSaysWhatToDo() throws Exception {
        accounts.registerStudent("Farrukh Saidov", "farrukh-learner", "the peace accord of 1997");
        signIn("farrukh-learner", "the peace accord of 1997");
        open("progress");
        waitFor(".chart-empty");
        screenshot("progress-new-learner");

        missAnOrderingAs("farrukh-learner");
        open("mistakes");
        waitFor(".answer-order li");
        screenshot("mistakes-ordering");
        assertThat(textOf("vaadin-grid")).doesNotContain("[\"");

        // The grid's keyboard model: from the row's first cell, End to its last cell (Details), Enter to reach
        // the Show button, Enter to press it.
        buttonWithText("Show");
        browser.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Put these events')]")).click();
        new Actions(browser).sendKeys(Keys.END, Keys.ENTER).perform();
        wait.until(d -> "Show".equals(focusedButton()));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        textOf(".mistake-details .source-card"); // present; below the fold of the grid's own scroller
        wait.until(d -> "true".equals(buttonWithText("Hide").getAttribute("aria-expanded")));
        screenshot("mistakes-row-open");
        assertThat(browser.findElements(By.cssSelector(".mistake-details .answer-order"))).hasSize(2);

        open("progress");
        waitFor(".echart-canvas canvas");
        Thread.sleep(1500); // ECharts animates its first draw
        screenshot("progress-with-answers");

        open("flashcards/settings");
        var retention = waitFor("vaadin-integer-field input");
        retention.sendKeys(Keys.chord(Keys.CONTROL, "a"), "99");
        var save = buttonWithText("Save settings");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.cssSelector("vaadin-integer-field")));
        wait.until(d -> d.findElement(By.cssSelector("vaadin-integer-field")).getAttribute("invalid") != null);
        assertThat(textOf("vaadin-integer-field [slot=error-message]")).isEqualTo("Desired retention must be between 70% and 97%.");
        screenshot("settings-retention-error");
    }

    private String focusedButton() {
        return (String) browser.executeScript("const e = document.activeElement; "
                + "return e && e.tagName === 'VAADIN-BUTTON' ? e.textContent.trim() : ''");
    }

    private void missAnOrderingAs(String username) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_STUDENT"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new User(username, "", authorities), null,
                authorities));
        SecurityContextHolder.setContext(context);
        try {
            // Every question of the test bank: the ordering wrong, the rest right.
            var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(), 9));
            for (int i = 0; i < 9; i++) {
                var q = attempts.question(quiz.attemptId(), i);
                if (q.format() == Format.ORDERING) {
                    var options = new java.util.ArrayList<>(q.options());
                    java.util.Collections.reverse(options);
                    if (options.equals(catalog.details("test-order").orElseThrow().itemTexts())) {
                        java.util.Collections.swap(options, 0, 1);
                    }
                    attempts.answerOrdering(quiz.attemptId(), i, options, 1000);
                } else {
                    attempts.answer(quiz.attemptId(), i, catalog.details(catalog.activeIds()).values().stream()
                            .filter(d -> d.prompt().equals(q.prompt())).findFirst().orElseThrow().answer(), 1000);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
