package nl.inkoopwerkbank.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import nl.inkoopwerkbank.domain.Problem;

/**
 * A YAML document (a policy) as its values by path, so two versions can be compared field by field
 * whatever their layout, comments or key order: {@code contractTypes[kraamzorg].tiers[A].name}. A list
 * item with an {@code id} is named by it, otherwise by its position from 1; a list of plain values is
 * one field ({@code VECOZO, Zorgdomein}). Values are the text as written in the document.
 */
public final class YamlFields {

    private YamlFields() {
    }

    /** The document's values by path, in document order; empty when the text is not YAML. */
    public static Optional<Map<String, String>> flatten(String yaml) {
        List<Problem> problems = new ArrayList<>();
        Node root = yaml == null ? null : PolicyYamlReader.compose(yaml, "document", problems);
        if (root == null || !problems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        walk(root, "", out);
        return Optional.of(out);
    }

    private static void walk(Node node, String path, Map<String, String> out) {
        if (node instanceof ScalarNode s) {
            out.put(path, s.getValue());
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
                walk(t.getValueNode(), path.isEmpty() ? key : path + "." + key, out);
            }
        } else if (node instanceof SequenceNode q) {
            List<Node> items = q.getValue();
            if (items.stream().allMatch(n -> n instanceof ScalarNode)) {
                out.put(path, items.stream().map(n -> ((ScalarNode) n).getValue()).collect(Collectors.joining(", ")));
                return;
            }
            int i = 0;
            for (Node item : items) {
                i++;
                walk(item, path + "[" + id(item).orElse(String.valueOf(i)) + "]", out);
            }
        }
    }

    private static Optional<String> id(Node item) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && "id".equals(k.getValue()) && t.getValueNode() instanceof ScalarNode v
                        && !v.getValue().isBlank()) {
                    return Optional.of(v.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
