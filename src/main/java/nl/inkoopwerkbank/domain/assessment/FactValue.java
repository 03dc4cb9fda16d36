package nl.inkoopwerkbank.domain.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.inkoopwerkbank.domain.fact.FactType;

/**
 * One answer's value, typed by the fact it answers: Boolean for yes/no, BigDecimal for numbers,
 * percentages (0-100) and money (euros), String for a choice, List of Strings for a list, LocalDate
 * for a date. Never a double.
 */
public record FactValue(FactType type, Object value) {

    public FactValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        boolean ok = switch (type) {
            case BOOLEAN -> value instanceof Boolean;
            case NUMBER, PERCENTAGE, MONEY -> value instanceof BigDecimal;
            case CHOICE -> value instanceof String;
            case LIST -> value instanceof List<?>;
            case DATE -> value instanceof LocalDate;
        };
        if (!ok) {
            throw new IllegalArgumentException(type + " cannot hold " + value.getClass().getSimpleName());
        }
        if (value instanceof List<?> l) {
            value = List.copyOf(l.stream().map(String::valueOf).toList());
        }
        if (value instanceof BigDecimal b) {
            value = b.stripTrailingZeros().scale() < 0 ? b.setScale(0) : b.stripTrailingZeros();
        }
    }

    public static FactValue bool(boolean b) {
        return new FactValue(FactType.BOOLEAN, b);
    }

    public static FactValue number(FactType type, BigDecimal n) {
        return new FactValue(type, n);
    }

    public static FactValue number(String n) {
        return new FactValue(FactType.NUMBER, new BigDecimal(n));
    }

    public static FactValue choice(String c) {
        return new FactValue(FactType.CHOICE, c);
    }

    public static FactValue list(List<String> items) {
        return new FactValue(FactType.LIST, items);
    }

    public Boolean asBoolean() {
        return value instanceof Boolean b ? b : null;
    }

    public BigDecimal asNumber() {
        return value instanceof BigDecimal b ? b : null;
    }

    public String asText() {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> asList() {
        return value instanceof List<?> l ? (List<String>) l : null;
    }

    public LocalDate asDate() {
        return value instanceof LocalDate d ? d : null;
    }

    /** The storage form: {@code true}, {@code 48.5}, {@code HKZ}, {@code HKZ,ISO_9001}, {@code 2026-10-01}. */
    public String encode() {
        return switch (type) {
            case NUMBER, PERCENTAGE, MONEY -> asNumber().toPlainString();
            case LIST -> String.join(",", asList());
            default -> String.valueOf(value);
        };
    }

    /** Reads the storage form back; throws IllegalArgumentException for text that is not of the type. */
    public static FactValue decode(FactType type, String text) {
        return switch (type) {
            case BOOLEAN -> {
                if (!"true".equals(text) && !"false".equals(text)) {
                    throw new IllegalArgumentException("not a yes/no value: " + text);
                }
                yield bool(Boolean.parseBoolean(text));
            }
            case NUMBER, PERCENTAGE, MONEY -> new FactValue(type, new BigDecimal(text));
            case CHOICE -> choice(text);
            case LIST -> {
                List<String> items = new ArrayList<>();
                for (String s : text.split(",")) {
                    if (!s.isBlank()) {
                        items.add(s.trim());
                    }
                }
                yield list(items);
            }
            case DATE -> new FactValue(type, LocalDate.parse(text));
        };
    }
}
