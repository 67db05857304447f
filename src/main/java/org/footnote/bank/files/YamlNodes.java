package org.footnote.bank.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads SnakeYAML's node tree, which keeps line numbers for error reports. */
final class YamlNodes {

    private YamlNodes() {
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static Map<String, Node> mapping(Node node) {
        Map<String, Node> map = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    map.put(key.getValue(), tuple.getValueNode());
                }
            }
        }
        return map;
    }

    /** A scalar's text, or {@code null} when absent, empty or not a scalar. */
    static String text(Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() || "null".equals(scalar.getTag().getValue().replace("tag:yaml.org,2002:", ""))
                    ? null : value;
        }
        return null;
    }

    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String t = text(item);
                if (t != null) {
                    out.add(t);
                }
            }
        } else if (text(node) != null) {
            out.add(text(node));
        }
        return out;
    }
}
