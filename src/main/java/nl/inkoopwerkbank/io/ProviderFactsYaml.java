package nl.inkoopwerkbank.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactInput;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * A provider facts file ({@code inkoopwerkbank-provider-facts/1}, see docs/facts-file-format.md): what is
 * known about one provider, in YAML or JSON (JSON is read as YAML). Every problem (syntax, unknown key,
 * unknown fact, a value that does not fit its fact, an insurer-scoped fact without insurers or a plain
 * fact with them, an unknown insurer, provider type or date) is reported with file, line and the key
 * concerned; answers are returned only when there is no problem at all.
 */
public final class ProviderFactsYaml {

    public static final String FORMAT = "inkoopwerkbank-provider-facts/1";
    /** Column limits of the store (fact_answer.source, checked_by; provider name). */
    static final int MAX_SOURCE = 1000;
    static final int MAX_CHECKED_BY = 200;
    static final int MAX_NAME = 200;

    private static final Set<String> TOP = Set.of("format", "provider", "evidence", "facts");
    private static final Set<String> PROVIDER = Set.of("agb", "name", "type", "contractedWith");
    private static final Set<String> EVIDENCE = Set.of("source", "checkedOn", "checkedBy");
    private static final Set<String> DETAILED = Set.of("value", "evidence");

    /** The provider the file is about; every part may be missing (null or empty). */
    public record ProviderInfo(String agb, String name, ProviderType type, List<String> contractedWith) {
        public ProviderInfo {
            contractedWith = contractedWith == null ? List.of() : List.copyOf(contractedWith);
        }

        public static final ProviderInfo NONE = new ProviderInfo(null, null, null, List.of());

        public static ProviderInfo of(Provider p) {
            return new ProviderInfo(p.agbCode(), p.name(), p.type(),
                    p.contracts().stream().map(ProviderContract::insurerId).sorted().toList());
        }

        /** What the engine needs: the type (may be null) and the insurers it has a contract with. */
        public ProviderProfile profile() {
            return new ProviderProfile(type, Set.copyOf(contractedWith));
        }
    }

    /** The outcome: the provider and its answers when there is no problem; every problem otherwise. */
    public record Result(String file, ProviderInfo provider, List<FactAnswer> answers, List<Problem> problems) {
        public Result {
            answers = List.copyOf(answers);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        public FactSheet sheet() {
            return new FactSheet(answers);
        }
    }

    private final String file;
    private final FactCatalog catalog;
    private final Set<String> insurers;
    private final List<Problem> problems = new ArrayList<>();
    private final YamlNodes y;

    private ProviderFactsYaml(String file, FactCatalog catalog, Collection<String> insurers) {
        this.file = file;
        this.catalog = catalog;
        this.insurers = new TreeSet<>(insurers);
        this.y = new YamlNodes(file, problems);
    }

    /** Reads a file; the problems name it by its file name. A file that cannot be read throws. */
    public static Result read(Path path, FactCatalog catalog, Collection<String> insurers) throws IOException {
        return read(Files.readAllBytes(path), path.getFileName().toString(), catalog, insurers);
    }

    /** Reads the bytes of a file (UTF-8, with or without byte order mark). */
    public static Result read(byte[] bytes, String file, FactCatalog catalog, Collection<String> insurers) {
        Optional<Problem> notText = TextFiles.check(bytes, file, "facts.file.not-utf8");
        if (notText.isPresent()) {
            return new Result(file, ProviderInfo.NONE, List.of(), List.of(notText.get()));
        }
        return read(TextFiles.text(bytes), file, catalog, insurers);
    }

    /**
     * Reads and checks a facts file against the fact catalogue and the known insurers ({@code caresq},
     * {@code salland}, ...).
     */
    public static Result read(String text, String file, FactCatalog catalog, Collection<String> insurers) {
        try {
            return readChecked(text, file, catalog, insurers);
        } catch (RuntimeException | StackOverflowError e) {
            // whatever else the reader trips over: the file cannot be read, and the user is told so
            return new Result(file, ProviderInfo.NONE, List.of(),
                    List.of(Problem.at(file, 0, null, "import.file.unexpected", TextFiles.reason(e))));
        }
    }

    private static Result readChecked(String text, String file, FactCatalog catalog, Collection<String> insurers) {
        ProviderFactsYaml r = new ProviderFactsYaml(file, catalog, insurers);
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (isJson(t)) {
            // JSON allows tabs between tokens, YAML does not; inside a JSON string a tab must be escaped anyway
            t = t.replace('\t', ' ');
        }
        ProviderInfo provider = ProviderInfo.NONE;
        List<FactAnswer> answers = new ArrayList<>();
        if (r.readable(t)) {
            Node root = PolicyYamlReader.compose(t, file, r.problems);
            if (root != null) {
                provider = r.document(root, answers);
            }
        }
        List<Problem> sorted = new ArrayList<>(r.problems);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted.isEmpty() ? new Result(file, provider, answers, List.of())
                : new Result(file, provider, List.of(), sorted);
    }

    /** JSON (a YAML flow mapping): the text starts with a brace. */
    static boolean isJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    private boolean readable(String text) {
        return YamlNodes.readable(text, file, problems);
    }

    private ProviderInfo document(Node root, List<FactAnswer> answers) {
        if (!(root instanceof MappingNode)) {
            y.problem(root, null, "policy.yaml.expected-mapping", file);
            return ProviderInfo.NONE;
        }
        Map<String, Node> top = y.map(root, file, TOP);
        String format = y.string(top, "format", root, true);
        if (format != null && !FORMAT.equals(format)) {
            y.problem(top.get("format"), "format", "policy.yaml.format", format, FORMAT);
        }
        ProviderInfo provider = provider(top.get("provider"));
        Evidence dflt = top.containsKey("evidence") ? evidence(top.get("evidence"), "evidence") : Evidence.NONE;
        Node facts = top.get("facts");
        if (facts == null) {
            y.problem(root, "facts", "policy.yaml.missing", "facts");
        } else if (!YamlNodes.isNull(facts)) {
            facts(facts, dflt, answers);
        }
        return provider;
    }

    private ProviderInfo provider(Node n) {
        if (n == null || YamlNodes.isNull(n)) {
            return ProviderInfo.NONE;
        }
        Map<String, Node> m = y.map(n, "provider", PROVIDER);
        String agb = y.string(m, "agb", n, false);
        if (agb != null && !agb.strip().matches("\\d{8}")) {
            y.problem(m.get("agb"), "agb", "validation.agb.format", agb);
            agb = null;
        }
        String name = y.string(m, "name", n, false);
        if (name != null && name.length() > MAX_NAME) {
            y.problem(m.get("name"), "name", "validation.too-long", MAX_NAME);
        }
        ProviderType type = null;
        String typeText = y.string(m, "type", n, false);
        if (typeText != null) {
            try {
                type = ProviderType.valueOf(typeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                y.problem(m.get("type"), "type", "policy.yaml.unknown-provider-type", typeText);
            }
        }
        List<String> contracted = new ArrayList<>();
        for (Node item : y.list(m, "contractedWith", n)) {
            if (!(item instanceof ScalarNode s)) {
                y.problem(item, "contractedWith", "policy.yaml.expected-text", "contractedWith");
            } else if (!insurers.contains(s.getValue())) {
                y.problem(item, "contractedWith", "policy.invalid.unknown-insurer", s.getValue(), String.join(", ", insurers));
            } else if (!contracted.contains(s.getValue())) {
                contracted.add(s.getValue());
            }
        }
        return new ProviderInfo(agb == null ? null : agb.strip(), name, type, contracted);
    }

    private Evidence evidence(Node n, String column) {
        if (n == null || YamlNodes.isNull(n)) {
            return Evidence.NONE;
        }
        int before = problems.size();
        Map<String, Node> m = y.map(n, column, EVIDENCE);
        String source = y.string(m, "source", n, false);
        String by = y.string(m, "checkedBy", n, false);
        LocalDate on = y.date(m, "checkedOn", n, false);
        if (source != null && source.length() > MAX_SOURCE) {
            y.problem(m.get("source"), column, "validation.too-long", MAX_SOURCE);
        }
        if (by != null && by.length() > MAX_CHECKED_BY) {
            y.problem(m.get("checkedBy"), column, "validation.too-long", MAX_CHECKED_BY);
        }
        // the column names the fact the evidence belongs to, not the evidence's own key
        for (int i = before; i < problems.size(); i++) {
            Problem p = problems.get(i);
            problems.set(i, new Problem(p.file(), p.line(), column, p.messageKey(), p.args()));
        }
        return new Evidence(source, on, by);
    }

    private void facts(Node n, Evidence dflt, List<FactAnswer> answers) {
        if (!(n instanceof MappingNode m)) {
            y.problem(n, "facts", "policy.yaml.expected-mapping", "facts");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : YamlNodes.scalarText(keyNode);
            if (seen.putIfAbsent(key, YamlNodes.line(keyNode)) != null) {
                y.problem(keyNode, key, "policy.yaml.duplicate-key", key);
                continue;
            }
            Optional<FactDefinition> def = catalog.find(key);
            if (def.isEmpty()) {
                y.problem(keyNode, key, "fact.error.unknown", key);
                continue;
            }
            Node value = t.getValueNode();
            if (YamlNodes.isNull(value)) {
                continue; // left open: not answered yet
            }
            if (def.get().insurerScoped()) {
                scoped(def.get(), value, dflt, answers);
            } else if (value instanceof MappingNode detail && !hasKey(detail, "value")) {
                y.problem(value, key, "facts.file.not-scoped", key);
            } else {
                answer(def.get(), "", value, dflt, answers);
            }
        }
    }

    private void scoped(FactDefinition def, Node value, Evidence dflt, List<FactAnswer> answers) {
        if (!(value instanceof MappingNode m) || hasKey(m, "value")) {
            y.problem(value, def.key(), "facts.file.scoped", def.key(), String.join(", ", insurers));
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple t : m.getValue()) {
            String insurer = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : YamlNodes.scalarText(t.getKeyNode());
            if (!insurers.contains(insurer)) {
                y.problem(t.getKeyNode(), def.key(), "policy.invalid.unknown-insurer", insurer, String.join(", ", insurers));
            } else if (!seen.add(insurer)) {
                y.problem(t.getKeyNode(), def.key(), "policy.yaml.duplicate-key", insurer);
            } else if (!YamlNodes.isNull(t.getValueNode())) {
                answer(def, insurer, t.getValueNode(), dflt, answers);
            }
        }
    }

    private static boolean hasKey(MappingNode m, String key) {
        return m.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode s && key.equals(s.getValue()));
    }

    /** One answer: a plain value, or {@code {value: ..., evidence: {...}}} with its own evidence. */
    private void answer(FactDefinition def, String insurer, Node n, Evidence dflt, List<FactAnswer> answers) {
        Node valueNode = n;
        Evidence evidence = dflt;
        if (n instanceof MappingNode) {
            Map<String, Node> m = y.map(n, def.key(), DETAILED);
            valueNode = m.get("value");
            if (valueNode == null || YamlNodes.isNull(valueNode)) {
                y.problem(n, def.key(), "policy.yaml.missing", "value");
                return;
            }
            if (m.containsKey("evidence")) {
                evidence = evidence(m.get("evidence"), def.key());
            }
        }
        FactValue value = value(def, valueNode);
        if (value != null) {
            answers.add(new FactAnswer(def.key(), insurer, value, evidence, null));
        }
    }

    /** The value typed by its fact and checked (type, range, choices); null after reporting a problem. */
    private FactValue value(FactDefinition def, Node n) {
        String key = def.key();
        if (def.type() == FactType.LIST) {
            return list(def, n);
        }
        if (!(n instanceof ScalarNode s)) {
            y.problem(n, key, "facts.file.single-value", key);
            return null;
        }
        String text = s.getValue();
        Tag tag = s.getTag();
        FactInput.Parsed parsed = switch (def.type()) {
            case BOOLEAN -> Tag.BOOL.equals(tag) ? FactInput.checked(def, FactValue.bool(YamlNodes.toBoolean(text)))
                    : Tag.STR.equals(tag) ? FactInput.parse(def, text)
                    : new FactInput.Parsed(null, Violation.of(key, "fact.error.boolean", text));
            case NUMBER, PERCENTAGE, MONEY -> Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) ? number(def, text)
                    : Tag.STR.equals(tag) ? FactInput.parse(def, text)
                    : new FactInput.Parsed(null, Violation.of(key, "fact.error.number", text));
            case CHOICE -> text.isBlank() ? new FactInput.Parsed(null, Violation.of(key, "fact.error.empty"))
                    : FactInput.checked(def, FactValue.choice(text.strip()));
            case DATE -> {
                Optional<LocalDate> d = Formats.parseDate(text, Formats.DUTCH);
                if (d.isEmpty()) {
                    y.problem(n, key, "facts.file.date", text);
                    yield null;
                }
                yield FactInput.checked(def, new FactValue(FactType.DATE, d.get()));
            }
            case LIST -> throw new IllegalStateException("handled above");
        };
        if (parsed == null) {
            return null;
        }
        if (!parsed.ok()) {
            violation(n, parsed.violation());
            return null;
        }
        return parsed.value();
    }

    private static FactInput.Parsed number(FactDefinition def, String text) {
        BigDecimal d = YamlNodes.number(text);
        if (d == null) {
            return new FactInput.Parsed(null, Violation.of(def.key(), "fact.error.number", YamlNodes.shown(text)));
        }
        return FactInput.checked(def, FactValue.number(def.type(), d));
    }

    /** A list: {@code [HKZ, ISO_9001]} (each item checked on its own line) or {@code "HKZ, ISO_9001"}. */
    private FactValue list(FactDefinition def, Node n) {
        if (n instanceof ScalarNode s) {
            FactInput.Parsed parsed = FactInput.parse(def, s.getValue());
            if (!parsed.ok()) {
                violation(n, parsed.violation());
                return null;
            }
            return parsed.value();
        }
        if (!(n instanceof SequenceNode seq)) {
            y.problem(n, def.key(), "policy.yaml.expected-list", def.key());
            return null;
        }
        List<String> items = new ArrayList<>();
        boolean ok = true;
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s) || YamlNodes.isNull(item) || s.getValue().isBlank()) {
                y.problem(item, def.key(), "policy.yaml.expected-text", def.key());
                ok = false;
                continue;
            }
            String v = s.getValue().strip();
            Optional<Violation> bad = FactInput.check(def, FactValue.list(List.of(v)));
            if (bad.isPresent()) {
                violation(item, bad.get());
                ok = false;
            } else if (!items.contains(v)) {
                items.add(v);
            }
        }
        if (!ok) {
            return null;
        }
        FactInput.Parsed parsed = FactInput.checked(def, FactValue.list(items));
        if (!parsed.ok()) {
            violation(n, parsed.violation());
            return null;
        }
        return parsed.value();
    }

    private void violation(Node at, Violation v) {
        String field = v.field() == null || v.field().length() <= YamlNodes.SHOWN ? v.field() : YamlNodes.shown(v.field());
        problems.add(new Problem(file, YamlNodes.line(at), field, v.messageKey(),
                List.of(YamlNodes.shortened(v.args().toArray()))));
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /**
     * A facts file for a provider: every answer of the sheet whose fact is in the catalogue, in catalogue
     * order, each under a comment with its question. The most common evidence becomes the file's default;
     * answers with other evidence carry their own. Reading the text back gives the same answers.
     */
    public static String write(ProviderInfo provider, FactSheet sheet, FactCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("format: ").append(FORMAT).append('\n');
        if (provider != null && (provider.agb() != null || provider.name() != null || provider.type() != null
                || !provider.contractedWith().isEmpty())) {
            sb.append("provider:\n");
            if (provider.agb() != null) {
                sb.append("  agb: ").append(quote(provider.agb())).append('\n');
            }
            if (provider.name() != null) {
                sb.append("  name: ").append(quote(provider.name())).append('\n');
            }
            if (provider.type() != null) {
                sb.append("  type: ").append(provider.type().name()).append('\n');
            }
            if (!provider.contractedWith().isEmpty()) {
                sb.append("  contractedWith: [").append(String.join(", ", provider.contractedWith().stream()
                        .map(ProviderFactsYaml::plain).toList())).append("]\n");
            }
        }
        Evidence dflt = commonEvidence(sheet);
        if (!dflt.isEmpty()) {
            sb.append("evidence: ").append(evidence(dflt)).append('\n');
        }
        Map<String, List<FactAnswer>> byKey = new LinkedHashMap<>();
        for (FactAnswer a : sheet.answers()) {
            byKey.computeIfAbsent(a.factKey(), k -> new ArrayList<>()).add(a);
        }
        sb.append("facts:");
        boolean any = false;
        for (FactDefinition def : catalog.all()) {
            List<FactAnswer> answers = byKey.getOrDefault(def.key(), List.of()).stream()
                    .filter(a -> def.insurerScoped() != a.insurerId().isEmpty())
                    .filter(a -> FactInput.check(def, a.value()).isEmpty()).toList();
            if (answers.isEmpty()) {
                continue;
            }
            any = true;
            sb.append('\n');
            if (def.question() != null && !def.question().isBlank()) {
                sb.append("  # ").append(def.question().strip().replace('\n', ' ')).append('\n');
            }
            sb.append("  ").append(def.key()).append(": ");
            if (def.insurerScoped()) {
                List<String> parts = new ArrayList<>();
                for (FactAnswer a : answers) {
                    parts.add(plain(a.insurerId()) + ": " + answerText(a, dflt));
                }
                sb.append('{').append(String.join(", ", parts)).append('}');
            } else {
                sb.append(answerText(answers.get(0), dflt));
            }
        }
        sb.append(any ? "\n" : " {}\n");
        return sb.toString();
    }

    private static String answerText(FactAnswer a, Evidence dflt) {
        String v = valueText(a.value());
        return a.evidence().equals(dflt) ? v : "{value: " + v + ", evidence: " + evidence(a.evidence()) + "}";
    }

    /** The evidence most answers share (ties: the first in key order); none when there are no answers. */
    private static Evidence commonEvidence(FactSheet sheet) {
        Map<Evidence, Integer> counts = new LinkedHashMap<>();
        for (FactAnswer a : sheet.answers()) {
            counts.merge(a.evidence(), 1, Integer::sum);
        }
        Evidence best = Evidence.NONE;
        int most = 0;
        for (Map.Entry<Evidence, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static String evidence(Evidence e) {
        List<String> parts = new ArrayList<>();
        if (!e.source().isEmpty()) {
            parts.add("source: " + quote(e.source()));
        }
        if (e.checkedOn() != null) {
            parts.add("checkedOn: " + e.checkedOn());
        }
        if (!e.checkedBy().isEmpty()) {
            parts.add("checkedBy: " + quote(e.checkedBy()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    static String valueText(FactValue v) {
        return switch (v.type()) {
            case BOOLEAN -> String.valueOf(v.asBoolean());
            case NUMBER, PERCENTAGE, MONEY -> v.asNumber().toPlainString();
            case DATE -> v.asDate().toString();
            case CHOICE -> plain(v.asText());
            case LIST -> "[" + String.join(", ", v.asList().stream().map(ProviderFactsYaml::plain).toList()) + "]";
        };
    }

    private static final Set<String> YAML_WORDS = Set.of("y", "yes", "n", "no", "true", "false", "on", "off",
            "null", "~");

    /** A code as is when YAML reads it back as the same text; quoted otherwise. */
    static String plain(String s) {
        boolean safe = s.matches("[A-Za-z_][A-Za-z0-9_.-]*") && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT));
        return safe ? s : quote(s);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
