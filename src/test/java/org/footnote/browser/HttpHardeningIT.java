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
