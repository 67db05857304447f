package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Signing in as the login page does it: the LoginForm posts {@code username} and {@code password}
 * to Spring Security's {@code /login}, with the {@code _csrf} token of the page (Footnote checks it
 * on the sign-in form too). The browser then loads the start page, and the login page's UI goes
 * with its unload beacon. Expects {@code username} in the session.
 */
final class SignIn {

    private SignIn() {
    }

    static ChainBuilder as(String who) {
        return exec(Vaadin.openBrowser())
                .exec(Vaadin.load(who + " sign-in", "login", "vaadin-login-form"))
                .exec(http(who + ": sign in").post("/login")
                        .formParam("_csrf", "#{springCsrf}")
                        .formParam("username", "#{username}")
                        .formParam("password", LoadSettings.PASSWORD)
                        .disableFollowRedirect()
                        // A refused sign-in also answers 302, to login?error.
                        .check(ResponseTimes.record(who + ": sign in"), status().is(302), header("Location").transform(to -> to.contains("error")).is(false)))
                .exec(Vaadin.unload(who + " sign-in"))
                .exec(Vaadin.load(who + " start", "", "practice-start"));
    }
}
