package nl.inkoopwerkbank.io;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.Calculation;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Formula;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyValidator;
import nl.inkoopwerkbank.domain.policy.QuoteItem;
import nl.inkoopwerkbank.domain.policy.RelativeTerm;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.policy.SourceRef;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Reads a policy file ({@code inkoopwerkbank-policy/1}, see docs/policy-format.md) and validates it.
 * YAML is composed by SnakeYAML into nodes that know their line; every problem (syntax, unknown key,
 * wrong kind of value, then duplicate ids, dangling references, unknown facts, malformed thresholds)
 * is reported with file and line. A policy is returned only when there is no problem at all.
 */
public final class PolicyYamlReader {

    public static final String FORMAT = "inkoopwerkbank-policy/1";
    /** A policy file larger than this is not a policy file. */
    static final int MAX_CHARS = 5_000_000;

    private static final Set<String> TOP = Set.of("format", "id", "insurer", "year", "domain", "title", "source", "notes",
            "contractTypes", "requirements", "deadlines", "relativeTerms", "quoteContents", "calculations", "ambiguities");
    private static final Set<String> CONTRACT = Set.of("id", "name", "kind", "requires", "providerTypes", "duration",
            "offeredVia", "negotiable", "newProviders", "tiers", "source", "notes");
    private static final Set<String> DURATION = Set.of("start", "end", "description", "extensionIntentYears");
    private static final Set<String> TIER = Set.of("id", "name", "requirements", "condition", "source", "notes");
    private static final Set<String> REQUIREMENT = Set.of("id", "text", "topic", "role", "appliesTo", "when", "condition",
            "source", "notes");
    private static final Set<String> DEADLINE = Set.of("id", "date", "time", "semantics", "actor", "action", "channel",
            "appliesTo", "audience", "cutoffForNewProviders", "source", "notes");
    private static final Set<String> TERM = Set.of("id", "trigger", "offset", "actor", "action", "effect", "appliesTo",
            "source", "notes");
    private static final Set<String> OFFSET = Set.of("days", "weeks", "months");
    private static final Set<String> QUOTE = Set.of("id", "item", "text", "source", "notes");
    private static final Set<String> CALC = Set.of("id", "name", "appliesTo", "description", "result", "formula", "source",
            "notes");
    private static final Set<String> AMBIGUITY = Set.of("id", "about", "readings", "chosen", "why");
    private static final Set<String> READING = Set.of("text", "source");
    private static final Set<String> SOURCE = Set.of("section");
    private static final Set<String> FACT_TEST = Set.of("fact", "op", "value");
    private static final Set<String> FACT_OPERAND = Set.of("fact", "multiplyBy", "divideBy", "round");
    public static final Set<String> QUOTE_ITEMS = Set.of("financing_request", "total_volume", "market_share",
            "tariffs_with_indexation", "expected_volume", "quality_goals", "legal_form", "annual_accounts_audited",
            "schoning", "insured_in_care_16_weeks", "participants", "mandates", "board_composition", "mono_claims",
            "budget_neutrality", "other");

    /** The outcome: the policy when there were no problems, every problem otherwise, and each element's line. */
    public record Result(Policy policy, List<Problem> problems, Map<String, Integer> lines) {
        public boolean ok() {
            return problems.isEmpty() && policy != null;
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();
    /** Where an id is defined again: a duplicate is reported there, not at its first definition. */
    private final Map<String, Integer> repeatLines = new HashMap<>();
    private final YamlNodes y;

    private PolicyYamlReader(String file) {
        this.file = file;
        this.y = new YamlNodes(file, problems);
    }

    /** Composes YAML text into nodes; syntax errors become a problem with the line. */
    static Node compose(String text, String file, List<Problem> problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(Problem.at(file, 0, null, "policy.yaml.too-large", MAX_CHARS));
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported ourselves, with the line
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARS);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(Problem.at(file, 1, null, "policy.yaml.empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(Problem.at(file, line, null, "policy.yaml.syntax", String.valueOf(e.getProblem())));
        } catch (YAMLException e) {
            problems.add(Problem.at(file, 0, null, "policy.yaml.syntax", String.valueOf(e.getMessage())));
        }
        return null;
    }

    /**
     * Reads and fully validates a policy against the fact catalogue. Whatever the reader or the validator
     * trips over becomes a problem: this never throws for bad content.
     */
    public static Result read(String text, String file, FactCatalog facts) {
        try {
            return readChecked(text, file, facts);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, List.of(Problem.at(file, 0, null, "import.file.unexpected", TextFiles.reason(e))), Map.of());
        }
    }

    private static Result readChecked(String text, String file, FactCatalog facts) {
        PolicyYamlReader r = new PolicyYamlReader(file);
        Node root = compose(text, file, r.problems);
        Policy policy = root == null ? null : r.policy(root);
        if (policy != null && r.problems.isEmpty()) {
            for (Violation v : PolicyValidator.validate(policy, facts)) {
                String id = v.field();
                Integer line = "policy.invalid.duplicate-id".equals(v.messageKey()) ? r.repeatLines.get(id) : null;
                if (line == null) {
                    line = r.lines.getOrDefault(id, 0);
                }
                r.problems.add(new Problem(file, line, id, v.messageKey(), v.args()));
            }
        }
        r.problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(r.problems.isEmpty() ? policy : null, List.copyOf(r.problems), Map.copyOf(r.lines));
    }

    private void mark(String id, Node n) {
        if (id != null && lines.putIfAbsent(id, YamlNodes.line(n)) != null) {
            repeatLines.putIfAbsent(id, YamlNodes.line(n));
        }
    }

    private Policy policy(Node root) {
        Map<String, Node> m = y.map(root, "policy", TOP);
        String format = y.string(m, "format", root, true);
        if (format != null && !FORMAT.equals(format)) {
            y.problem(m.get("format"), "format", "policy.yaml.format", format, FORMAT);
        }
        String id = y.string(m, "id", root, true);
        Map<String, Node> ins = y.map(m.get("insurer"), "insurer", Set.of("id", "name", "labels"));
        Policy.Insurer insurer = new Policy.Insurer(y.string(ins, "id", m.get("insurer"), true),
                y.string(ins, "name", m.get("insurer"), true), y.strings(ins, "labels", m.get("insurer")));
        Integer year = y.integer(m, "year", root, true);
        String domain = y.string(m, "domain", root, true);
        if (domain != null && !Set.of("geboortezorg", "msz").contains(domain)) {
            y.problem(m.get("domain"), "domain", "policy.yaml.unknown-value", domain, "geboortezorg, msz");
        }
        String title = y.string(m, "title", root, true);
        Map<String, Node> src = y.map(m.get("source"), "source", Set.of("file", "document"));
        Policy.Source source = new Policy.Source(y.string(src, "file", m.get("source"), false),
                y.string(src, "document", m.get("source"), false));

        List<ContractType> contracts = new ArrayList<>();
        for (Node n : y.list(m, "contractTypes", root)) {
            contracts.add(contractType(n));
        }
        List<Requirement> requirements = new ArrayList<>();
        for (Node n : y.list(m, "requirements", root)) {
            requirements.add(requirement(n));
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (Node n : y.list(m, "deadlines", root)) {
            deadlines.add(deadline(n));
        }
        List<RelativeTerm> terms = new ArrayList<>();
        for (Node n : y.list(m, "relativeTerms", root)) {
            terms.add(relativeTerm(n));
        }
        List<QuoteItem> quote = new ArrayList<>();
        for (Node n : y.list(m, "quoteContents", root)) {
            quote.add(quoteItem(n));
        }
        List<Calculation> calcs = new ArrayList<>();
        for (Node n : y.list(m, "calculations", root)) {
            calcs.add(calculation(n));
        }
        List<Ambiguity> ambiguities = new ArrayList<>();
        for (Node n : y.list(m, "ambiguities", root)) {
            ambiguities.add(ambiguity(n));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Policy(id, insurer, year, domain, title, source, y.string(m, "notes", root, false), contracts,
                requirements, deadlines, terms, quote, calcs, ambiguities);
    }

    private SourceRef source(Map<String, Node> m, Node parent) {
        Node n = m.get("source");
        if (n == null) {
            y.problem(parent, "source", "policy.yaml.missing", "source");
            return null;
        }
        Map<String, Node> s = y.map(n, "source", SOURCE);
        String section = y.string(s, "section", n, true);
        return section == null ? null : new SourceRef(section);
    }

    private String id(Map<String, Node> m, Node n) {
        String id = y.string(m, "id", n, true);
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            y.problem(m.get("id"), "id", "policy.yaml.bad-id", id);
        }
        mark(id, n);
        return id;
    }

    private ContractType contractType(Node n) {
        Map<String, Node> m = y.map(n, "contractTypes", CONTRACT);
        String id = id(m, n);
        String kindText = y.string(m, "kind", n, true);
        ContractType.Kind kind = "addendum".equals(kindText) ? ContractType.Kind.ADDENDUM : ContractType.Kind.CONTRACT;
        if (kindText != null && !Set.of("contract", "addendum").contains(kindText)) {
            y.problem(m.get("kind"), "kind", "policy.yaml.unknown-value", kindText, "contract, addendum");
        }
        List<ProviderType> types = y.providerTypes(m, "providerTypes", n);
        ContractType.Duration duration = null;
        if (m.get("duration") != null) {
            Map<String, Node> d = y.map(m.get("duration"), "duration", DURATION);
            Integer ext = y.integer(d, "extensionIntentYears", m.get("duration"), false);
            duration = new ContractType.Duration(y.date(d, "start", m.get("duration"), false),
                    y.date(d, "end", m.get("duration"), false), y.string(d, "description", m.get("duration"), false),
                    ext == null ? 0 : ext);
        }
        List<ContractType.Tier> tiers = new ArrayList<>();
        for (Node t : y.list(m, "tiers", n)) {
            Map<String, Node> tm = y.map(t, "tiers", TIER);
            String tierId = y.string(tm, "id", t, true);
            mark(id + "/" + tierId, t);
            tiers.add(new ContractType.Tier(tierId, y.string(tm, "name", t, true), y.strings(tm, "requirements", t),
                    tm.get("condition") == null ? null : condition(tm.get("condition")),
                    tm.get("source") == null ? null : source(tm, t), y.string(tm, "notes", t, false)));
        }
        return new ContractType(id, y.string(m, "name", n, true), kind, y.strings(m, "requires", n), types, duration,
                y.strings(m, "offeredVia", n), y.bool(m, "negotiable", n, false), y.bool(m, "newProviders", n, true),
                tiers, source(m, n), y.string(m, "notes", n, false));
    }

    private Requirement requirement(Node n) {
        Map<String, Node> m = y.map(n, "requirements", REQUIREMENT);
        String id = id(m, n);
        String roleText = y.string(m, "role", n, true);
        RequirementRole role = roleText == null ? null : RequirementRole.fromCode(roleText);
        if (roleText != null && role == null) {
            y.problem(m.get("role"), "role", "policy.yaml.unknown-value", roleText,
                    "knock-out, differentiation, tier-condition, information");
        }
        List<String> applies = y.strings(m, "appliesTo", n);
        if (applies.isEmpty()) {
            y.problem(n, "appliesTo", "policy.yaml.missing", "appliesTo");
        }
        return new Requirement(id, y.string(m, "text", n, true), y.string(m, "topic", n, true), role, applies,
                m.get("when") == null ? null : condition(m.get("when")),
                m.get("condition") == null ? null : condition(m.get("condition")), source(m, n),
                y.string(m, "notes", n, false));
    }

    private Deadline deadline(Node n) {
        Map<String, Node> m = y.map(n, "deadlines", DEADLINE);
        String id = id(m, n);
        Node semNode = m.get("semantics");
        Deadline.Semantics semantics = null;
        if (semNode instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            // YAML 1.1 reads a bare `on` as true; the format asks for "on" quoted
            y.problem(semNode, "semantics", "policy.yaml.quote-on", s.getValue());
        } else {
            String text = y.string(m, "semantics", n, true);
            semantics = text == null ? null : Deadline.Semantics.fromCode(text);
            if (text != null && semantics == null) {
                y.problem(semNode, "semantics", "policy.yaml.unknown-value", text, "before, on-or-before, on, from");
            }
        }
        return new Deadline(id, y.date(m, "date", n, true), y.string(m, "time", n, false), semantics,
                y.string(m, "actor", n, true), y.string(m, "action", n, true), y.string(m, "channel", n, false),
                m.containsKey("appliesTo") ? y.strings(m, "appliesTo", n) : List.of("*"),
                y.string(m, "audience", n, false), y.bool(m, "cutoffForNewProviders", n, false), source(m, n),
                y.string(m, "notes", n, false));
    }

    private RelativeTerm relativeTerm(Node n) {
        Map<String, Node> m = y.map(n, "relativeTerms", TERM);
        String id = id(m, n);
        Period offset = null;
        if (m.get("offset") != null && !YamlNodes.isNull(m.get("offset"))) {
            Map<String, Node> o = y.map(m.get("offset"), "offset", OFFSET);
            Integer days = y.integer(o, "days", m.get("offset"), false);
            Integer weeks = y.integer(o, "weeks", m.get("offset"), false);
            Integer months = y.integer(o, "months", m.get("offset"), false);
            offset = Period.of(0, months == null ? 0 : months, (days == null ? 0 : days) + 7 * (weeks == null ? 0 : weeks));
        }
        return new RelativeTerm(id, y.string(m, "trigger", n, true), offset, y.string(m, "actor", n, false),
                y.string(m, "action", n, true), y.string(m, "effect", n, false),
                m.containsKey("appliesTo") ? y.strings(m, "appliesTo", n) : List.of("*"), source(m, n),
                y.string(m, "notes", n, false));
    }

    private QuoteItem quoteItem(Node n) {
        Map<String, Node> m = y.map(n, "quoteContents", QUOTE);
        String id = id(m, n);
        String item = y.string(m, "item", n, true);
        if (item != null && !QUOTE_ITEMS.contains(item)) {
            y.problem(m.get("item"), "item", "policy.yaml.unknown-value", item, String.join(", ", QUOTE_ITEMS.stream().sorted().toList()));
        }
        return new QuoteItem(id, item, y.string(m, "text", n, true), source(m, n), y.string(m, "notes", n, false));
    }

    private Calculation calculation(Node n) {
        Map<String, Node> m = y.map(n, "calculations", CALC);
        String id = id(m, n);
        Node f = m.get("formula");
        if (f == null) {
            y.problem(n, "formula", "policy.yaml.missing", "formula");
        }
        return new Calculation(id, y.string(m, "name", n, true),
                m.containsKey("appliesTo") ? y.strings(m, "appliesTo", n) : List.of("*"),
                y.string(m, "description", n, false), y.string(m, "result", n, false),
                f == null ? null : formula(f), source(m, n), y.string(m, "notes", n, false));
    }

    private Ambiguity ambiguity(Node n) {
        Map<String, Node> m = y.map(n, "ambiguities", AMBIGUITY);
        String id = id(m, n);
        List<Ambiguity.Reading> readings = new ArrayList<>();
        for (Node r : y.list(m, "readings", n)) {
            Map<String, Node> rm = y.map(r, "readings", READING);
            readings.add(new Ambiguity.Reading(y.string(rm, "text", r, true), rm.get("source") == null ? null : source(rm, r)));
        }
        Integer chosen = y.integer(m, "chosen", n, true);
        String why = y.string(m, "why", n, true);
        return new Ambiguity(id, y.strings(m, "about", n), readings, chosen == null ? 0 : chosen, why);
    }

    private Condition condition(Node n) {
        if (!(n instanceof MappingNode)) {
            y.problem(n, "condition", "policy.yaml.expected-mapping", "condition");
            return new Condition.Always();
        }
        Map<String, Node> m = y.map(n, "condition", null);
        if (m.containsKey("fact")) {
            m = y.map(n, "condition", FACT_TEST);
            String fact = y.string(m, "fact", n, true);
            String opText = y.string(m, "op", n, true);
            Operator op = opText == null ? null : Operator.fromCode(opText);
            if (opText != null && op == null) {
                y.problem(m.get("op"), "op", "policy.yaml.unknown-value", opText,
                        "eq, ne, ge, gt, le, lt, in, containsAny, containsAll");
            }
            Node value = m.get("value");
            if (value == null) {
                y.problem(n, "value", "policy.yaml.missing", "value");
                return new Condition.Always();
            }
            return new Condition.FactTest(fact, op == null ? Operator.EQ : op, operand(value));
        }
        if (m.size() != 1 && !(m.containsKey("atLeast") && m.containsKey("of") && m.size() == 2)) {
            y.problem(n, "condition", "policy.yaml.bad-condition", String.join(", ", m.keySet()));
            return new Condition.Always();
        }
        if (m.containsKey("all")) {
            return new Condition.All(conditions(m, "all", n));
        }
        if (m.containsKey("any")) {
            return new Condition.Any(conditions(m, "any", n));
        }
        if (m.containsKey("not")) {
            return new Condition.Not(condition(m.get("not")));
        }
        if (m.containsKey("atLeast")) {
            Integer count = y.integer(m, "atLeast", n, true);
            return new Condition.AtLeast(count == null ? 1 : count, conditions(m, "of", n));
        }
        if (m.containsKey("requirement")) {
            return new Condition.RequirementRef(y.string(m, "requirement", n, true));
        }
        if (m.containsKey("always")) {
            return new Condition.Always();
        }
        y.problem(n, "condition", "policy.yaml.bad-condition", String.join(", ", m.keySet()));
        return new Condition.Always();
    }

    private List<Condition> conditions(Map<String, Node> m, String key, Node parent) {
        List<Condition> out = new ArrayList<>();
        for (Node c : y.list(m, key, parent)) {
            out.add(condition(c));
        }
        if (out.isEmpty()) {
            y.problem(parent, key, "policy.yaml.missing", key);
        }
        return out;
    }

    private Condition.Operand operand(Node n) {
        if (n instanceof ScalarNode s) {
            return new Condition.Literal(scalar(s));
        }
        if (n instanceof SequenceNode seq) {
            List<String> values = new ArrayList<>();
            for (Node item : seq.getValue()) {
                values.add(YamlNodes.scalarText(item));
            }
            return new Condition.Literal(List.copyOf(values));
        }
        Map<String, Node> m = y.map(n, "value", FACT_OPERAND);
        String fact = y.string(m, "fact", n, true);
        BigDecimal mul = m.get("multiplyBy") == null ? null : y.decimal(m.get("multiplyBy"), "multiplyBy");
        BigDecimal div = m.get("divideBy") == null ? null : y.decimal(m.get("divideBy"), "divideBy");
        String round = y.string(m, "round", n, false);
        Condition.Rounding rounding = Condition.Rounding.NONE;
        if (round != null) {
            try {
                rounding = Condition.Rounding.valueOf(round.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                y.problem(m.get("round"), "round", "policy.yaml.unknown-value", round, "none, up, down");
            }
        }
        return new Condition.FactOperand(fact, mul, div, rounding);
    }

    private Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        if (Tag.BOOL.equals(tag)) {
            return YamlNodes.toBoolean(s.getValue());
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            BigDecimal d = YamlNodes.number(s.getValue());
            if (d == null) {
                y.problem(s, "value", "policy.yaml.expected-number", "value", s.getValue());
                return s.getValue();
            }
            return d;
        }
        return s.getValue();
    }

    private Formula formula(Node n) {
        if (n instanceof ScalarNode s) {
            BigDecimal d = y.decimal(s, "formula");
            return new Formula.Number(d == null ? BigDecimal.ZERO : d);
        }
        Map<String, Node> m = y.map(n, "formula", Set.of("fact", "sum", "product", "difference", "quotient", "min", "max"));
        if (m.size() != 1) {
            y.problem(n, "formula", "policy.yaml.bad-formula", String.join(", ", m.keySet()));
            return new Formula.Number(BigDecimal.ZERO);
        }
        String key = m.keySet().iterator().next();
        if (key.equals("fact")) {
            return new Formula.FactValue(y.string(m, "fact", n, true));
        }
        List<Formula> parts = new ArrayList<>();
        for (Node p : y.list(m, key, n)) {
            parts.add(formula(p));
        }
        if ((key.equals("difference") || key.equals("quotient")) && parts.size() != 2) {
            y.problem(n, key, "policy.yaml.two-operands", key);
            return new Formula.Number(BigDecimal.ZERO);
        }
        if (parts.isEmpty()) {
            y.problem(n, key, "policy.yaml.missing", key);
            return new Formula.Number(BigDecimal.ZERO);
        }
        return switch (key) {
            case "sum" -> new Formula.Sum(parts);
            case "product" -> new Formula.Product(parts);
            case "difference" -> new Formula.Difference(parts.get(0), parts.get(1));
            case "quotient" -> new Formula.Quotient(parts.get(0), parts.get(1));
            case "min" -> new Formula.Min(parts);
            default -> new Formula.Max(parts);
        };
    }
}
