package org.footnote.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The part of a Vaadin UI's state tree the simulation reads, kept up to date from the {@code changes}
 * of each UIDL response as Flow's client does: element tags, {@code id} attributes, properties and
 * children. Enough to find a component by the id its view gave it, and its options.
 */
final class UiTree {

    /** Flow's node features, numbered as in the UIDL (com.vaadin.flow.internal.nodefeature). */
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, Integer> byElementId = new HashMap<>();

    private static final class Node {
        String tag;
        String elementId;
        final Map<String, JsonNode> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
    }

    void apply(JsonNode changes) {
        for (JsonNode change : changes.values()) {
            int id = change.path("node").asInt();
            switch (change.path("type").asString()) {
                case "attach" -> nodes.computeIfAbsent(id, n -> new Node());
                case "detach" -> forget(id);
                case "put" -> put(node(id), id, change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == ELEMENT_CHILDREN) {
                        node(id).children.clear();
                    }
                }
                default -> { } // removals of listeners, class names and other features the simulation never reads
            }
        }
    }

    /** The node of the element the view gave this id, if it is on the page. */
    Integer find(String elementId) {
        return byElementId.get(elementId);
    }

    List<Integer> children(int node) {
        return List.copyOf(node(node).children);
    }

    String tag(int node) {
        return node(node).tag;
    }

    /** A property the server set, as its JSON value; a missing node in JSON when it set none. */
    JsonNode property(int node, String name) {
        return node(node).properties.getOrDefault(name, MissingNode.getInstance());
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, n -> new Node());
    }

    private void put(Node node, int id, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.path("value");
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> {
                if (key.equals("id")) {
                    node.elementId = value.asString();
                    byElementId.put(node.elementId, id);
                }
            }
            default -> { }
        }
    }

    private static void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt() != ELEMENT_CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        List<Integer> added = change.path("addNodes").values().stream().map(JsonNode::asInt).toList();
        node.children.addAll(Math.min(index, node.children.size()), added);
    }

    private void forget(int id) {
        Node gone = nodes.remove(id);
        if (gone != null && gone.elementId != null) {
            byElementId.remove(gone.elementId, id);
        }
    }
}
