package org.footnote.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's side of Flow's protocol, as the real client (FlowClient.js of Vaadin 25.2) keeps
 * it: the UI id and the {@code Vaadin-Security-Key} from {@code ?v-r=init}, the last {@code syncId}
 * the server sent, a {@code clientId} counting every message, and the UI tree. One per virtual user,
 * used by that user only (Gatling runs a user's steps one after another).
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Older Flow versions prefixed every UIDL response with this, against JSON hijacking. */
    private static final String HIJACK_GUARD = "for(;;);";

    private int uiId = -1;
    /** When this UI last told the server it is alive: Flow's client sends a heartbeat every 300 s. */
    private long lastHeartbeat = System.currentTimeMillis();
    private String securityKey;
    private int syncId;
    private int clientId;
    private int historyIndex;
    private UiTree tree = new UiTree();
    private final List<ObjectNode> pendingReturns = new ArrayList<>();

    /** A page load: the init response starts a new UI, with its own tree and counters. */
    void init(String body) {
        JsonNode config = JSON.readTree(body).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        lastHeartbeat = System.currentTimeMillis();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString(null);
        if (uiId < 0 || securityKey == null) {
            throw new IllegalStateException("no UI in the init response: " + abbreviate(body));
        }
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        historyIndex = 0;
        tree = new UiTree();
        pendingReturns.clear();
        tree.apply(uidl.path("changes"));
    }

    /** Takes in a UIDL response; throws (failing the request) on anything Flow's client would not accept. */
    String absorb(String body) {
        String json = body.startsWith(HIJACK_GUARD) ? body.substring(HIJACK_GUARD.length()) : body;
        JsonNode uidl = JSON.readTree(json);
        if (uidl.isArray()) {
            uidl = uidl.path(0);
        }
        JsonNode error = uidl.path("meta").path("appError");
        if (!error.isMissingNode() || uidl.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("Vaadin refused the message: " + abbreviate(json));
        }
        if (uidl.path("clientId").asInt(-1) != clientId) {
            throw new IllegalStateException("the server expects clientId " + uidl.path("clientId") + ", not " + clientId);
        }
        syncId = uidl.path("syncId").asInt();
        tree.apply(uidl.path("changes"));
        collectReturnChannels(uidl.path("execute"));
        return json;
    }

    /** A UIDL message carrying these invocations, numbered as the client numbers them. */
    String message(List<ObjectNode> rpc) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", securityKey);
        payload.set("rpc", JSON.createArrayNode().addAll(rpc));
        payload.put("syncId", syncId);
        payload.put("clientId", clientId++);
        return payload.toString();
    }

    /** What the client sends with navigator.sendBeacon on pagehide: the server then closes the UI. */
    String unloadBeacon() {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", securityKey);
        payload.set("rpc", JSON.createArrayNode());
        payload.put("UNLOAD", true);
        return payload.toString();
    }

    /**
     * Whether the browser would have sent its heartbeat by now. Vaadin closes a UI that missed three
     * (15 minutes), even while it sends other requests, so a long journey must send them as a browser does.
     */
    boolean heartbeatDue() {
        return System.currentTimeMillis() - lastHeartbeat >= HEARTBEAT_MILLIS;
    }

    void heartbeatSent() {
        lastHeartbeat = System.currentTimeMillis();
    }

    /** Vaadin's default heartbeat interval, which Footnote keeps. */
    static final long HEARTBEAT_MILLIS = 300_000;

    int uiId() {
        return uiId;
    }

    UiTree tree() {
        return tree;
    }

    /** The node of an element by the id its view gave it; fails the request when the page has none. */
    int node(String elementId) {
        Integer node = tree.find(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on the page");
        }
        return node;
    }

    boolean has(String elementId) {
        return tree.find(elementId) != null;
    }

    boolean hasReturns() {
        return !pendingReturns.isEmpty();
    }

    /** The browser's answers to the server's {@code executeJs(...)} calls that asked for one, then forgotten. */
    List<ObjectNode> takeReturns() {
        List<ObjectNode> taken = List.copyOf(pendingReturns);
        pendingReturns.clear();
        return taken;
    }

    ObjectNode navigation(String route) {
        ObjectNode state = JSON.createObjectNode();
        // React Router's history entry: a fresh key per entry, the index counting up.
        state.putNull("usr");
        state.put("key", Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        state.put("idx", ++historyIndex);
        return event(1, "ui-navigate", navigationData(route, state, "client"));
    }

    /** The navigation that follows a page load, to the page's own route. */
    ObjectNode firstNavigation(String route) {
        ObjectNode state = JSON.createObjectNode();
        state.put("idx", 0);
        return event(1, "ui-navigate", navigationData("/" + route, state, ""));
    }

    /** A mouse click as the client reports it (the event data a click listener asks for). */
    ObjectNode click(int node) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 300);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 497);
        data.put("event.screenX", 310);
        return event(node, "click", data);
    }

    /** A DOM event whose listener asks for no data (the dialog's confirm, for one): sent without it. */
    ObjectNode event(int node, String name) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        return event;
    }

    /** A web component's property-change event ({@code value-changed}, {@code change}...), with empty data. */
    ObjectNode changed(int node, String name) {
        return event(node, name, JSON.createObjectNode());
    }

    /** A property the browser changed, synchronised to the server ("mSync", feature 1: properties). */
    ObjectNode sync(int node, String property, Object value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.set("value", JSON.valueToTree(value));
        return sync;
    }

    private ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = event(node, name);
        event.set("data", data);
        return event;
    }

    private static ObjectNode navigationData(String route, ObjectNode historyState, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", historyState);
        data.put("trigger", trigger);
        return data;
    }

    /**
     * Each {@code executeJs} whose result the server awaits names return channels; the browser
     * answers on the first. Only the questions this app asks of every browser are answered, as a
     * browser of the school answers them: its time zone, and the colour scheme it never changed.
     */
    private void collectReturnChannels(JsonNode execute) {
        for (JsonNode invocation : execute.values()) {
            String call = invocation.toString(); // the script and its arguments
            JsonNode channel = invocation.values().stream().filter(v -> v.has("@v-return")).findFirst()
                    .map(v -> v.get("@v-return")).orElse(null);
            String answer = call.contains("resolvedOptions().timeZone") ? "UTC"
                    : call.contains("footnote-color-scheme") ? "system" : null;
            if (channel != null && answer != null) {
                ObjectNode reply = JSON.createObjectNode();
                reply.put("type", "channel");
                reply.put("node", channel.path(0).asInt());
                reply.put("channel", channel.path(1).asInt());
                reply.set("args", JSON.createArrayNode().add(answer));
                pendingReturns.add(reply);
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
