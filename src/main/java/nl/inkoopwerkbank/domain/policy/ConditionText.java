package nl.inkoopwerkbank.domain.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, language-neutral rendering of a condition with the fact keys and mathematical signs:
 * {@code carers_employed_pct ≥ 50}, {@code training_places ≥ fte_kraamverzorgenden / 20 ↑},
 * {@code 2 van [A, B]}. Used in diffs and as the exact threshold next to a Dutch statement.
 */
public final class ConditionText {

    private ConditionText() {
    }

    public static String of(Condition c) {
        if (c == null) {
            return "";
        }
        if (c instanceof Condition.FactTest t) {
            return t.fact() + " " + sign(t.op()) + " " + operand(t.value());
        }
        if (c instanceof Condition.All a) {
            return join(a.of(), " EN ");
        }
        if (c instanceof Condition.Any a) {
            return join(a.of(), " OF ");
        }
        if (c instanceof Condition.Not n) {
            return "NIET (" + of(n.condition()) + ")";
        }
        if (c instanceof Condition.AtLeast a) {
            return a.count() + " van [" + a.of().stream().map(ConditionText::of).collect(Collectors.joining("; ")) + "]";
        }
        if (c instanceof Condition.RequirementRef r) {
            return "eis " + r.requirementId();
        }
        return "altijd";
    }

    private static String join(List<Condition> parts, String sep) {
        return parts.stream().map(p -> p instanceof Condition.FactTest || p instanceof Condition.RequirementRef
                ? of(p) : "(" + of(p) + ")").collect(Collectors.joining(sep));
    }

    public static String sign(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "≠";
            case GE -> "≥";
            case GT -> ">";
            case LE -> "≤";
            case LT -> "<";
            case IN -> "∈";
            case CONTAINS_ANY -> "bevat een van";
            case CONTAINS_ALL -> "bevat alle";
        };
    }

    private static String operand(Condition.Operand o) {
        if (o instanceof Condition.Literal l) {
            Object v = l.value();
            if (v instanceof BigDecimal b) {
                return b.toPlainString();
            }
            if (v instanceof List<?> list) {
                return list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
            }
            return v instanceof Boolean b ? (b ? "ja" : "nee") : String.valueOf(v);
        }
        Condition.FactOperand f = (Condition.FactOperand) o;
        StringBuilder sb = new StringBuilder(f.fact());
        if (f.multiplyBy() != null) {
            sb.append(" × ").append(f.multiplyBy().toPlainString());
        }
        if (f.divideBy() != null) {
            sb.append(" / ").append(f.divideBy().toPlainString());
        }
        if (f.round() == Condition.Rounding.UP) {
            sb.append(" ↑");
        } else if (f.round() == Condition.Rounding.DOWN) {
            sb.append(" ↓");
        }
        return sb.toString();
    }
}
