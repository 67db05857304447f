package org.footnote.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.footnote.account.AccountService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signing in through the real embedded Tomcat: POST /login with the form's CSRF token, then the
 * first page it redirects to. Each run is a fresh browser (new cookies). Writes
 * target/benchmarks/sign-in.md; run with {@code mvn -Pbenchmark test}. The budget is 300 ms.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:bench-sign-in;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class SignInBenchmarkTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void signingIn() throws Exception {
        String username = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.registerStudent("Bench Student", username, PASSWORD);
        int warmUp = 10;
        int runs = 40;
        double[] post = new double[runs];
        double[] first = new double[runs];
        for (int n = 0; n < warmUp + runs; n++) {
            var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            var form = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
            var token = CSRF.matcher(form.body());
            assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
            String body = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token.group(1));
            long start = System.nanoTime();
            var signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            long posted = System.nanoTime();
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            var page = browser.send(get("/"), HttpResponse.BodyHandlers.ofString());
            long shown = System.nanoTime();
            assertThat(page.statusCode()).isEqualTo(200);
            if (n >= warmUp) {
                post[n - warmUp] = (posted - start) / 1e6;
                first[n - warmUp] = (shown - start) / 1e6;
            }
        }
        Arrays.sort(post);
        Arrays.sort(first);
        String hash = accounts.findByUsername(username).orElseThrow().getPasswordHash();
        double[] check = Benchmarks.time(5, 20, () -> encoder.matches(PASSWORD, hash));
        Benchmarks.report("sign-in", String.join("\n",
                "# Signing in: server time on the embedded Tomcat (H2 in memory)",
                "",
                "Password hash: " + hash.substring(0, hash.indexOf('}') + 1) + " cost "
                        + hash.substring(hash.indexOf('}') + 5, hash.indexOf('}') + 7) + ".",
                "",
                "| operation | runs | p50 ms | p95 ms | max ms |",
                "| --- | ---: | ---: | ---: | ---: |",
                Benchmarks.line("POST /login (throttle, password check, session)", post),
                Benchmarks.line("POST /login + GET / (first page)", first),
                Benchmarks.line("password check alone", check),
                ""));
        assertThat(Benchmarks.percentile(first, 50)).as("median sign-in to first page, ms").isLessThan(300);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
