package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A newcomer registers, signs in, finds the study pages and signs out, in a real browser. */
class StudentSignUpIT extends BrowserTest {

    @Test
    void registerSignInSeeTheLayoutSignOut() throws Exception {
        open("register");
        type("#register-name", "Amina Rahimova");
        type("#register-username", "amina");
        type("#register-password", "the peace accord of 1997");
        type("#register-confirm", "the peace accord of 1997");
        screenshot("01-register");
        waitFor("#register-submit").click();

        // Registered is signed in: straight to the start page.
        waitForPath("practice");
        assertThat(waitFor(".user-name").getText()).isEqualTo("Amina Rahimova");
        browser.navigate().refresh();
        waitForPath("practice");
        assertThat(waitFor(".user-name").getText()).as("still signed in after a reload").isEqualTo("Amina Rahimova");
        var navigation = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertThat(navigation).containsExactly("Practice", "Assigned quizzes", "Flashcards", "Mistakes", "Progress", "Documents",
                "Flashcard settings", "Join a class", "Account");
        assertThat(browser.findElement(By.id("announcer")).getAttribute("role")).isEqualTo("status");
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.brand')).fontFamily"))
                .asString().contains("Georgia");
        screenshot("02-signed-in");

        open("bank");
        assertThat(waitFor(".access-denied h1").getText()).isEqualTo("You do not have access to this page");
        screenshot("03-access-denied");

        browser.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().contains("Sign out")).findFirst().orElseThrow().click();
        waitForPath("login");
        waitFor("vaadin-login-form");
        open("practice");
        waitForPath("login");

        // A wrong password: the username stays, only the password is typed again.
        waitFor("vaadin-login-form input[name=username]").sendKeys("amina");
        waitFor("vaadin-login-form input[name=password]").sendKeys("not the password", Keys.ENTER);
        waitForPath("login?error");
        wait.until(d -> "amina".equals(d.findElement(By.cssSelector("vaadin-login-form input[name=username]"))
                .getDomProperty("value")));
        waitFor("vaadin-login-form input[name=password]").sendKeys("the peace accord of 1997", Keys.ENTER);
        waitForPath("practice");
    }
}
