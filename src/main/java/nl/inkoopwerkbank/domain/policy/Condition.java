package nl.inkoopwerkbank.domain.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A structured condition over provider facts, as written in a policy file. No expression strings are
 * parsed: each form is a record.
 */
public sealed interface Condition {

    /** {@code fact op value}: e.g. {@code carers_employed_pct ge 50}. */
    record FactTest(String fact, Operator op, Operand value) implements Condition {
    }

    record All(List<Condition> of) implements Condition {
        public All {
            of = List.copyOf(of);
        }
    }

    record Any(List<Condition> of) implements Condition {
        public Any {
            of = List.copyOf(of);
        }
    }

    record Not(Condition condition) implements Condition {
    }

    /** "two of these factors". */
    record AtLeast(int count, List<Condition> of) implements Condition {
        public AtLeast {
            of = List.copyOf(of);
        }
    }

    /** The outcome of another requirement of the same policy. */
    record RequirementRef(String requirementId) implements Condition {
    }

    /** The base tier: always true. */
    record Always() implements Condition {
    }

    /** The right-hand side of a fact test. */
    sealed interface Operand {
    }

    /** A literal: Boolean, BigDecimal, String, or a List of Strings. */
    record Literal(Object value) implements Operand {
    }

    /** Computed from another fact: {@code fact * multiplyBy / divideBy}, then rounded. */
    record FactOperand(String fact, BigDecimal multiplyBy, BigDecimal divideBy, Rounding round) implements Operand {
    }

    enum Rounding { NONE, UP, DOWN }
}
