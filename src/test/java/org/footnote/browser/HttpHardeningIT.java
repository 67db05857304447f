package org.footnote.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What the real server sends on the wire: security headers, session cookie, no session ids in URLs. */
class HttpHardeningIT extends ServedAppTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryAContentSecurityPolicyVaadinRunsUnderAndTheOtherHeaders() throws Exception {
        var page = get("login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        // The sign-in page carries Spring's CSRF token for the form, and no session id in any URL.
        // Our Vaadin sign-in view, not a page Spring generates.
        assertThat(page.body()).contains("name=\"_csrf\"").doesNotContain("jsessionid", "Please sign in");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSecureWhenAProxyReportsHttps() throws Exception {
        var plain = get("login", null);
        assertThat(sessionCookie(plain)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        var behindProxy = get("login", "https");
        assertThat(sessionCookie(behindProxy)).contains("HttpOnly", "Secure");
    }

    @Test
    void aSignedOutVisitorToAnyPageIsSentToSignIn() throws Exception {
        var practice = get("practice/abc", null);
        assertThat(practice.statusCode()).isEqualTo(302);
        assertThat(practice.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/login").doesNotContain("jsessionid"));
    }

    @Test
    void aSignedInUserAtAnAddressThatNamesNothingGetsNotFoundNotForbidden() throws Exception {
        String username = "nf-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.registerStudent("Not Found", username, "a long enough password 42");
        var browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var login = browser.send(request("login").build(), HttpResponse.BodyHandlers.ofString());
        var token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
        String form = "username=" + username + "&password=a+long+enough+password+42&_csrf=" + token.group(1);
        var signedIn = browser.send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

        for (String nothing : java.util.List.of("practice/abc", "practice/99999999999999999999999", "no-such-page")) {
            var page = browser.send(request(nothing).build(), HttpResponse.BodyHandlers.ofString());
            // Vaadin's page (its "Not found" view, drawn in the browser), not a bare 403 or 500.
            assertThat(page.statusCode()).as(nothing).isIn(200, 404);
            assertThat(page.body()).as(nothing).contains("window.Vaadin");
            assertThat(page.body()).as(nothing).doesNotContain("Exception", "at org.", "at com.");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.footnote.account.AccountService accounts;

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path));
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
