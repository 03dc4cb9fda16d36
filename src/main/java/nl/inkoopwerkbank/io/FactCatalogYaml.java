package nl.inkoopwerkbank.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/** Reads the fact catalogue ({@code inkoopwerkbank-facts/1}), reporting every problem with its line. */
public final class FactCatalogYaml {

    public static final String FORMAT = "inkoopwerkbank-facts/1";
    private static final Set<String> FACT = Set.of("key", "type", "unit", "topic", "scope", "providerTypes", "choices",
            "question");

    public record Result(FactCatalog catalog, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private FactCatalogYaml() {
    }

    public static Result read(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        Node root = PolicyYamlReader.compose(text, file, problems);
        if (root == null) {
            return new Result(null, problems);
        }
        YamlNodes y = new YamlNodes(file, problems);
        Map<String, Node> top = y.map(root, "facts", Set.of("format", "facts"));
        String format = y.string(top, "format", root, true);
        if (format != null && !FORMAT.equals(format)) {
            y.problem(top.get("format"), "format", "policy.yaml.format", format, FORMAT);
        }
        List<FactDefinition> facts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node n : y.list(top, "facts", root)) {
            Map<String, Node> m = y.map(n, "facts", FACT);
            String key = y.string(m, "key", n, true);
            if (key != null && !key.matches("[a-z][a-z0-9_]*")) {
                y.problem(m.get("key"), "key", "policy.yaml.bad-id", key);
            }
            if (key != null && seen.putIfAbsent(key, YamlNodes.line(n)) != null) {
                y.problem(n, "key", "facts.duplicate", key, seen.get(key));
            }
            String typeText = y.string(m, "type", n, true);
            FactType type = typeText == null ? null : FactType.fromCode(typeText);
            if (typeText != null && type == null) {
                y.problem(m.get("type"), "type", "policy.yaml.unknown-value", typeText,
                        "boolean, number, percentage, money, date, choice, list");
            }
            List<String> choices = y.strings(m, "choices", n);
            if ((type == FactType.CHOICE || type == FactType.LIST) && choices.isEmpty()) {
                y.problem(n, "choices", "facts.choices-missing", key);
            }
            String scope = y.string(m, "scope", n, false);
            if (scope != null && !Set.of("provider", "insurer").contains(scope)) {
                y.problem(m.get("scope"), "scope", "policy.yaml.unknown-value", scope, "provider, insurer");
            }
            List<ProviderType> types = y.providerTypes(m, "providerTypes", n);
            facts.add(new FactDefinition(key, type, y.string(m, "unit", n, false), y.string(m, "topic", n, false),
                    "insurer".equals(scope), types, choices, y.string(m, "question", n, true)));
        }
        return new Result(problems.isEmpty() ? new FactCatalog(facts) : null, List.copyOf(problems));
    }
}
