package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.classes.ClassService;
import org.footnote.quiz.FeedbackTiming;
import org.footnote.quiz.assigned.AssignedQuizFixture;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Every main page, as a student and as an instructor, checked by axe-core (WCAG 2.2 A and AA) at
 * desktop width in the light scheme and at phone width (390 px) in the dark one, where also no page
 * may scroll sideways. All findings are collected and reported together, page by page.
 */
class AccessibilityIT extends BrowserTest {

    static final String PASSWORD = "accessible to everyone";

    @Autowired
    AccountService accounts;
    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    org.footnote.quiz.assigned.AssignmentService assignments;
    @Autowired
    org.footnote.quiz.AttemptService attempts;

    private final List<String> findings = new ArrayList<>();

    @Test
    void everyMainPagePassesAxeAtDesktopAndPhoneWidthInLightAndDark() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        AppUser teacher = accounts.createInstructor("axe-t-" + suffix, "Tahmina Rasulova", PASSWORD);
        AppUser student = accounts.registerStudent("Davron Karimov", "axe-s-" + suffix, PASSWORD);
        var fixture = AssignedQuizFixture.create(classes, authoring, AccessibilityIT::actAs, teacher, List.of(student),
                AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, 2), AssignedQuizFixture.handPicked());
        // One submitted attempt, one answer wrong: the results, Mistakes and Progress have rows to lay out.
        actAs(student);
        long attempt = assignments.start(fixture.quizId());
        attempts.answer(attempt, 0, "1812", 4000);
        attempts.answer(attempt, 1, "Boris Yeltsin", 6000);
        attempts.finish(attempt);
        SecurityContextHolder.clearContext();

        for (boolean phone : new boolean[] {false, true}) {
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 900));
            String scheme = phone ? "dark" : "light";
            // The system's setting, as a phone in dark mode sends it; the app follows it by default.
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            open("login");
            check("login", scheme, phone);
            open("register");
            check("register", scheme, phone);

            signIn(student.getUsername(), PASSWORD);
            for (String page : List.of("practice", "assigned", "flashcards", "flashcards/settings", "mistakes",
                    "progress", "documents", "documents/test-olimov", "classes/join")) {
                open(page);
                check(page, scheme, phone);
            }
            open("practice");
            var start = buttonWithText("Start quiz");
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", start);
            start.click();
            waitForPath("practice/");
            check("practice quiz", scheme, phone);

            browser.manage().deleteAllCookies();
            signIn(teacher.getUsername(), PASSWORD);
            for (String page : List.of("bank", "bank/questions/new", "bank/import", "bank/typed-answers", "quizzes",
                    "quizzes/" + fixture.quizId() + "/edit", "quizzes/" + fixture.quizId() + "/results", "classes",
                    "students/" + student.getId())) {
                open(page);
                check(page, scheme, phone);
            }
        }
        assertThat(findings).as("accessibility findings").isEmpty();

        // A choice made under Appearance wins over the system's dark setting, from the first paint.
        browser.executeScript("localStorage.setItem('footnote-color-scheme', 'light')");
        open("practice");
        waitUntilVaadinIsIdle();
        assertThat(browser.executeScript("return document.documentElement.getAttribute('theme')")).isEqualTo("light");
        assertThat(browser.executeScript("return getComputedStyle(document.documentElement).colorScheme")).isEqualTo("light");

        // By keyboard: Tab goes from the menu into the page, and the skip link lands on the page's title.
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("practice");
        waitUntilVaadinIsIdle();
        browser.executeScript("document.querySelector('vaadin-select').focus()");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.executeScript("const main = document.querySelector('[role=main]');"
                + " return main.contains(document.activeElement)")).as("Tab after the menu reaches the page").isEqualTo(true);
        browser.executeScript("document.querySelector('.skip-link').focus()");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        wait.until(d -> "H1".equals(browser.executeScript("return document.activeElement.tagName")));
        assertThat(browser.getCurrentUrl()).endsWith("/practice");
    }

    /** Runs axe on the page once it has drawn, and notes every violation and any sideways scrolling. */
    private void check(String page, String scheme, boolean phone) {
        long t0 = System.nanoTime();
        waitUntilVaadinIsIdle();
        String where = page + " (" + (phone ? "390 px" : "1280 px") + ", " + scheme + ")";
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) browser.executeAsyncScript(Axe.RUN);
        for (var v : violations) {
            System.out.println("AXE-FINDING " + where + ": " + v.get("id") + " " + v.get("help") + " at " + v.get("targets") + ": " + v.get("why"));
            findings.add(where + ": " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"));
        }
        System.out.printf("axe %s: %d ms%n", where, (System.nanoTime() - t0) / 1_000_000);
        if (phone) {
            @SuppressWarnings("unchecked")
            var sideways = (List<String>) browser.executeScript(SIDEWAYS);
            sideways.forEach(s -> findings.add(where + ": scrolls sideways: " + s));
            try {
                screenshot("phone-" + scheme + "-" + page.replace('/', '_'));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Every box as wide as the page (90%+) whose content is wider than it and scrolls: the page, the
     * app layout's content, a grid. Searched through shadow roots; answers "what (by N px)".
     */
    private static final String SIDEWAYS = """
            const page = document.documentElement.clientWidth; const found = [];
            const name = (el) => el.localName + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string'
                ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '');
            const visit = (root) => {
              for (const el of root.querySelectorAll('*')) {
                const style = getComputedStyle(el);
                const scrolls = ['auto', 'scroll'].includes(style.overflowX) || el === document.scrollingElement;
                if (scrolls && el.clientWidth >= page * 0.9 && el.scrollWidth > el.clientWidth + 1
                    && style.visibility !== 'hidden' && el.getClientRects().length) {
                  const edge = el.getBoundingClientRect().left + el.clientWidth; const wide = [];
                  const deeper = (r) => { for (const c of r.querySelectorAll('*')) {
                      if (c.getBoundingClientRect().right > edge + 1 && c.getClientRects().length) wide.push(name(c));
                      if (c.shadowRoot) deeper(c.shadowRoot); } };
                  deeper(document.querySelector('[role=main]') || document);
                  found.push(name(el) + ' by ' + (el.scrollWidth - el.clientWidth) + ' px (widest: ' + wide.slice(-3).join(', ') + ')');
                }
                if (el.shadowRoot) visit(el.shadowRoot);
              }
            };
            visit(document);
            if (document.documentElement.scrollWidth > page + 1) found.push('the page by ' + (document.documentElement.scrollWidth - page) + ' px');
            return found;""";

    private void waitUntilVaadinIsIdle() {
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript("return !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients"
                + " && Object.keys(Vaadin.Flow.clients).length && Object.values(Vaadin.Flow.clients)"
                + ".every(c => !c.isActive()) && document.body.innerText.trim().length)")));
    }

    private static void actAs(AppUser user) {
        var authorities = List.of(new SimpleGrantedAuthority(user.getRole().authority()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(user.getUsername(), "", authorities), null, authorities));
        SecurityContextHolder.setContext(context);
    }
}
