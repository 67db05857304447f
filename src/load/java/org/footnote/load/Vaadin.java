package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flow's client as Gatling steps: a page load (the HTML, {@code ?v-r=init}, the first navigation),
 * a UIDL message, a navigation from the menu, the unload beacon. Every UIDL response goes through
 * {@link VaadinClient#absorb}, so a refused or out-of-step message fails its request.
 */
final class Vaadin {

    private static final String CLIENT = "vaadin";
    /** What FlowClient.js tells the server about the browser at init (a 1280x720 window in UTC, as recorded). */
    private static final List<Map.Entry<String, Object>> BROWSER_DETAILS = List.of(Map.entry("v-sh", 720),
            Map.entry("v-sw", 1280), Map.entry("v-wh", 720), Map.entry("v-ww", 1280), Map.entry("v-bh", 720),
            Map.entry("v-bw", 1280), Map.entry("v-tzo", 0), Map.entry("v-dstd", 0), Map.entry("v-rtzo", 0),
            Map.entry("v-dston", false), Map.entry("v-tzid", "UTC"), Map.entry("v-td", false), Map.entry("v-pr", 1),
            Map.entry("v-np", "Linux x86_64"), Map.entry("v-cs", "light dark"), Map.entry("v-pv", "VISIBLE"),
            Map.entry("v-fs", "NOT_FULLSCREEN"), Map.entry("v-so", "landscape-primary"), Map.entry("v-soa", 0),
            Map.entry("v-tn", "aura"), Map.entry("v-ga", "PROMPT"), Map.entry("v-wla", "SUPPORTED"),
            Map.entry("v-ws", false));

    private Vaadin() {
    }

    static VaadinClient client(Session session) {
        return session.get(CLIENT);
    }

    /** A new browser tab for this virtual user. */
    static ChainBuilder openBrowser() {
        return exec(session -> session.set(CLIENT, new VaadinClient()));
    }

    /**
     * Loading {@code /route} in the address bar: the bootstrap page (Spring's CSRF token is saved as
     * {@code springCsrf}, for a form on it), the new UI from init, and the router's first navigation,
     * whose response must contain {@code expected}.
     */
    static ChainBuilder load(String name, String route, String expected) {
        return exec(page(name, route), init(name, route))
                .exec(uidl(name + ": navigate", c -> List.of(c.firstNavigation(route))).check(Shows.text(expected)))
                .exec(answerBrowserQuestions(name));
    }

    private static HttpRequestActionBuilder page(String name, String route) {
        return http(name + ": page").get("/" + route)
                .check(ResponseTimes.record(name + ": page"), status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("springCsrf"));
    }

    private static HttpRequestActionBuilder init(String name, String route) {
        return http(name + ": init").get("/")
                .queryParam("v-r", "init").queryParam("location", route).queryParam("query", "")
                .queryParamSeq(BROWSER_DETAILS)
                .queryParam("v-curdate", session -> System.currentTimeMillis())
                .queryParam("v-wn", session -> "v-" + ThreadLocalRandom.current().nextDouble())
                .check(ResponseTimes.record(name + ": init"), status().is(200),
                        bodyString().transformWithSession((body, session) -> {
                            client(session).init(body);
                            return body;
                        }).exists());
    }

    /** A click in the menu: React Router's navigation, reported to the server. */
    static HttpRequestActionBuilder navigate(String name, String route) {
        return uidl(name, c -> List.of(c.navigation(route)));
    }

    /** One XHR to {@code ?v-r=uidl}: these invocations, answered with a UIDL response the client accepts. */
    static HttpRequestActionBuilder uidl(String name, Function<VaadinClient, List<ObjectNode>> rpc) {
        return uidl(name, (client, session) -> rpc.apply(client));
    }

    /** The same, for invocations that also depend on the virtual user's session. */
    static HttpRequestActionBuilder uidl(String name, BiFunction<VaadinClient, Session, List<ObjectNode>> rpc) {
        return http(name).post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> client(session).message(rpc.apply(client(session), session))))
                .check(ResponseTimes.record(name), status().is(200),
                        bodyString().transformWithSession((body, session) -> client(session).absorb(body)).exists());
    }

    /** Flow's heartbeat, when the browser would send it: {@code POST ?v-r=heartbeat&v-uiId=N}, empty. */
    static ChainBuilder heartbeatIfDue() {
        return doIf(session -> client(session).heartbeatDue()).then(
                exec(http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + client(session).uiId())
                        .header("Content-Type", "text/plain;charset=utf-8")
                        .check(ResponseTimes.record("heartbeat"), status().is(200)))
                        .exec(session -> {
                            client(session).heartbeatSent();
                            return session;
                        }));
    }

    /** The beacon Flow's client sends on pagehide; the server closes the UI instead of keeping it for the heartbeat timeout. */
    static HttpRequestActionBuilder unload(String name) {
        return http(name + ": unload").post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> client(session).unloadBeacon()))
                .check(ResponseTimes.record(name + ": unload"), status().is(200));
    }

    /** The browser answers the server's questions of a new page (time zone, colour scheme) in one message. */
    private static ChainBuilder answerBrowserQuestions(String name) {
        return doIf(session -> client(session).hasReturns())
                .then(exec(uidl(name + ": browser replies", VaadinClient::takeReturns)));
    }
}
