package nl.inkoopwerkbank.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import nl.inkoopwerkbank.domain.Problem;

/**
 * Reads values out of a composed YAML node tree (SnakeYAML), recording a {@link Problem} with the line
 * for every value that is missing or of the wrong kind, and for every key that is not allowed. Never
 * throws for bad content: the caller gets all problems at once.
 */
final class YamlNodes {

    private final String file;
    private final List<Problem> problems;

    YamlNodes(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    static int line(Node n) {
        return n == null ? 0 : n.getStartMark().getLine() + 1;
    }

    void problem(Node at, String key, String messageKey, Object... args) {
        problems.add(Problem.at(file, line(at), key == null || key.length() <= SHOWN ? key : shown(key), messageKey,
                shortened(args)));
    }

    /** A mapping's entries by key; reports a non-mapping and keys outside {@code allowed}. */
    Map<String, Node> map(Node node, String what, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(node, what, "policy.yaml.expected-mapping", what);
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                problem(t.getKeyNode(), key, "policy.yaml.unknown-key", key, what);
            } else if (out.put(key, t.getValueNode()) != null) {
                problem(t.getKeyNode(), key, "policy.yaml.duplicate-key", key);
            }
        }
        return out;
    }

    List<Node> list(Map<String, Node> m, String key, Node parent) {
        Node n = m.get(key);
        if (n == null || isNull(n)) {
            return List.of();
        }
        if (!(n instanceof SequenceNode s)) {
            problem(n, key, "policy.yaml.expected-list", key);
            return List.of();
        }
        return s.getValue();
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    String string(Map<String, Node> m, String key, Node parent, boolean required) {
        Node n = m.get(key);
        if (n == null || isNull(n)) {
            if (required) {
                problem(parent, key, "policy.yaml.missing", key);
            }
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            problem(n, key, "policy.yaml.expected-text", key);
            return null;
        }
        if (required && s.getValue().isBlank()) {
            problem(n, key, "policy.yaml.missing", key);
            return null;
        }
        return s.getValue();
    }

    /** A text that YAML 1.1 may have read as a boolean ({@code on}, {@code yes}): the literal text is kept. */
    String code(Map<String, Node> m, String key, Node parent, boolean required) {
        return string(m, key, parent, required);
    }

    Boolean bool(Map<String, Node> m, String key, Node parent, boolean dflt) {
        Node n = m.get(key);
        if (n == null || isNull(n)) {
            return dflt;
        }
        if (n instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            return Boolean.valueOf(toBoolean(s.getValue()));
        }
        problem(n, key, "policy.yaml.expected-boolean", key);
        return dflt;
    }

    static boolean toBoolean(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    Integer integer(Map<String, Node> m, String key, Node parent, boolean required) {
        Node n = m.get(key);
        if (n == null || isNull(n)) {
            if (required) {
                problem(parent, key, "policy.yaml.missing", key);
            }
            return null;
        }
        if (n instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
            try {
                return Integer.valueOf(s.getValue());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(n, key, "policy.yaml.expected-integer", key, scalarText(n));
        return null;
    }

    /** 0.40 and 0.4 are the same threshold; 50 stays 50 (never 5E+1). */
    static BigDecimal normalize(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Longest number text read; a longer "number" is refused before it is parsed (parsing it would be slow). */
    static final int MAX_NUMBER_CHARS = 60;
    /** Digits before and after the decimal point a number in a file may have. */
    static final int MAX_DIGITS = 30;

    /**
     * The number a YAML number scalar ({@code 48.5}, {@code 1_000}, {@code 1.5e+3}) stands for, normalized;
     * null when it is not a number or lies outside what the workbench can hold ({@code 1.0e+999999999},
     * a thousand digits): such a value would otherwise overflow or take minutes to expand.
     */
    static BigDecimal number(String text) {
        String t = text.replace("_", "").strip();
        if (t.isEmpty() || t.length() > MAX_NUMBER_CHARS) {
            return null;
        }
        try {
            BigDecimal s = new BigDecimal(t).stripTrailingZeros();
            if (s.precision() - s.scale() > MAX_DIGITS || s.scale() > MAX_DIGITS) {
                return null;
            }
            return normalize(s);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** How much of a value a message repeats: the first {@value #SHOWN} characters. */
    static final int SHOWN = 80;
    /** Message arguments longer than this are shortened (lists of allowed values stay whole). */
    static final int LONG_ARGUMENT = 1000;

    /** A value as a message repeats it: one line, at most {@value #SHOWN} characters. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String head = value.length() > SHOWN * 4 ? value.substring(0, SHOWN * 4) : value;
        String one = head.replaceAll("\\s+", " ").strip();
        boolean cut = head.length() < value.length() || one.length() > SHOWN;
        return cut ? one.substring(0, Math.min(one.length(), SHOWN - 1)) + "\u2026" : one;
    }

    /** The arguments of a message with very long texts shortened (a 5 MB value is not repeated in full). */
    static Object[] shortened(Object... args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.length() > LONG_ARGUMENT) {
                out[i] = shown(s);
            }
        }
        return out;
    }

    BigDecimal decimal(Node n, String key) {
        if (n instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            BigDecimal d = number(s.getValue());
            if (d != null) {
                return d;
            }
        }
        problem(n, key, "policy.yaml.expected-number", key, scalarText(n));
        return null;
    }

    LocalDate date(Map<String, Node> m, String key, Node parent, boolean required) {
        Node n = m.get(key);
        if (n == null || isNull(n)) {
            if (required) {
                problem(parent, key, "policy.yaml.missing", key);
            }
            return null;
        }
        if (n instanceof ScalarNode s) {
            try {
                return LocalDate.parse(s.getValue().trim());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(n, key, "policy.yaml.expected-date", key, scalarText(n));
        return null;
    }

    List<String> strings(Map<String, Node> m, String key, Node parent) {
        List<String> out = new ArrayList<>();
        for (Node item : list(m, key, parent)) {
            if (item instanceof ScalarNode sc) {
                out.add(sc.getValue());
            } else {
                problem(item, key, "policy.yaml.expected-text", key);
            }
        }
        return out;
    }

    /** A list of provider types; unknown names are reported. */
    List<nl.inkoopwerkbank.domain.provider.ProviderType> providerTypes(Map<String, Node> m, String key, Node parent) {
        List<nl.inkoopwerkbank.domain.provider.ProviderType> out = new ArrayList<>();
        for (String t : strings(m, key, parent)) {
            try {
                out.add(nl.inkoopwerkbank.domain.provider.ProviderType.valueOf(t));
            } catch (IllegalArgumentException e) {
                problem(m.get(key), key, "policy.yaml.unknown-provider-type", t);
            }
        }
        return out;
    }

    static String scalarText(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : n == null ? "" : n.getNodeId().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Tabs used for indentation and control characters, with their line: SnakeYAML's own messages for
     * these are English and often point elsewhere. Every problem is added to {@code problems}; true
     * when there is none. Used by every YAML/JSON reader of the workbench.
     */
    static boolean readable(String text, String file, List<Problem> problems) {
        int line = 1;
        boolean lineStart = true;
        boolean ok = true;
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = true;
                continue;
            }
            if (c == '\t' && lineStart) {
                if (blankFrom(text, i)) {
                    continue; // a line of only white space holds no content
                }
                if (reported.add(line)) {
                    problems.add(Problem.at(file, line, null, "facts.file.tab"));
                }
                ok = false;
                continue;
            }
            if (c != ' ' && c != '\t') {
                lineStart = false;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85)
                    || c == '\uFFFE' || c == '\uFFFF';
            if (control) {
                if (reported.add(line)) {
                    problems.add(Problem.at(file, line, null, "facts.file.control-character",
                            String.format(Locale.ROOT, "%04X", (int) c)));
                }
                ok = false;
            }
        }
        return ok;
    }

    private static boolean blankFrom(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

}
