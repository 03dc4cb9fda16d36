package nl.inkoopwerkbank.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;

/**
 * Reads and checks an answer as a buyer types it or a facts file gives it. Numbers take the Dutch
 * form ({@code 48,5}, {@code 250.000}, {@code € 250.000,00}, {@code 65%}) or the plain form
 * ({@code 48.5}); yes/no takes {@code ja}/{@code nee}/{@code yes}/{@code no}/{@code true}/{@code false}.
 * Violations name the fact as their field.
 */
public final class FactInput {

    /** Digits before the decimal point an answer may have: no fact of the workbench needs more. */
    public static final int MAX_DIGITS = 15;
    /** Longest answer the store keeps (fact_answer.answer). */
    public static final int MAX_ENCODED = 4000;
    /** How much of a refused answer a message repeats. */
    private static final int SHOWN = 60;

    private FactInput() {
    }

    /** A refused text as a message shows it: at most {@value #SHOWN} characters. */
    static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1) + "\u2026";
    }

    /** A parsed value, or the reason it is not one. */
    public record Parsed(FactValue value, Violation violation) {
        public boolean ok() {
            return violation == null;
        }
    }

    public static Parsed parse(FactDefinition def, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(null, Violation.of(def.key(), "fact.error.empty"));
        }
        return switch (def.type()) {
            case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
                case "ja", "yes", "true", "j", "y" -> checked(def, FactValue.bool(true));
                case "nee", "no", "false", "n" -> checked(def, FactValue.bool(false));
                default -> new Parsed(null, Violation.of(def.key(), "fact.error.boolean", shown(t)));
            };
            case NUMBER, PERCENTAGE, MONEY -> number(t).map(n -> checked(def, FactValue.number(def.type(), n)))
                    .orElseGet(() -> new Parsed(null, Violation.of(def.key(), "fact.error.number", shown(t))));
            case CHOICE -> checked(def, FactValue.choice(t));
            case LIST -> {
                List<String> items = new ArrayList<>();
                for (String s : t.split("[,;]")) {
                    if (!s.isBlank()) {
                        items.add(s.strip());
                    }
                }
                yield checked(def, FactValue.list(items));
            }
            case DATE -> new Parsed(null, Violation.of(def.key(), "fact.error.type", shown(t)));
        };
    }

    /** Checks a typed value against its fact: the type, percentages 0-100, no negative counts, known choices. */
    public static Parsed checked(FactDefinition def, FactValue value) {
        Optional<Violation> v = check(def, value);
        return v.map(x -> new Parsed(null, x)).orElseGet(() -> new Parsed(value, null));
    }

    public static Optional<Violation> check(FactDefinition def, FactValue value) {
        if (value.type() != def.type()) {
            return Optional.of(Violation.of(def.key(), "fact.error.type", value.encode()));
        }
        BigDecimal n = value.asNumber();
        if (n != null && n.stripTrailingZeros().precision() - n.stripTrailingZeros().scale() > MAX_DIGITS) {
            return Optional.of(Violation.of(def.key(), "fact.error.tooLarge", MAX_DIGITS));
        }
        if (value.encode().length() > MAX_ENCODED) {
            return Optional.of(Violation.of(def.key(), "validation.too-long", MAX_ENCODED));
        }
        if (n != null && n.signum() < 0) {
            return Optional.of(Violation.of(def.key(), "fact.error.negative", n.toPlainString()));
        }
        if (def.type() == FactType.PERCENTAGE && n.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.of(Violation.of(def.key(), "fact.error.percentage", n.toPlainString()));
        }
        if (def.type() == FactType.CHOICE && !def.choices().isEmpty() && !def.choices().contains(value.asText())) {
            return Optional.of(Violation.of(def.key(), "fact.error.choice", value.asText(), String.join(", ", def.choices())));
        }
        if (def.type() == FactType.LIST && !def.choices().isEmpty()) {
            for (String item : value.asList()) {
                if (!def.choices().contains(item)) {
                    return Optional.of(Violation.of(def.key(), "fact.error.choice", item, String.join(", ", def.choices())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code 48,5} / {@code 1.234,56} / {@code € 250.000} (Dutch), {@code 48.5} (plain), {@code 65%}.
     * A single dot followed by exactly three digits is a thousands separator ({@code 250.000}).
     */
    static Optional<BigDecimal> number(String text) {
        return nl.inkoopwerkbank.domain.format.Formats.parseNumber(text);
    }
}
