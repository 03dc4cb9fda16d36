package nl.inkoopwerkbank.domain.policy;

import java.math.BigDecimal;
import java.util.List;

/** A calculation a policy defines (a surcharge, a ratio), as a structured expression tree. */
public sealed interface Formula {

    record Number(BigDecimal value) implements Formula {
    }

    record FactValue(String fact) implements Formula {
    }

    record Sum(List<Formula> terms) implements Formula {
        public Sum {
            terms = List.copyOf(terms);
        }
    }

    record Product(List<Formula> factors) implements Formula {
        public Product {
            factors = List.copyOf(factors);
        }
    }

    record Difference(Formula minuend, Formula subtrahend) implements Formula {
    }

    record Quotient(Formula dividend, Formula divisor) implements Formula {
    }

    record Min(List<Formula> of) implements Formula {
        public Min {
            of = List.copyOf(of);
        }
    }

    record Max(List<Formula> of) implements Formula {
        public Max {
            of = List.copyOf(of);
        }
    }
}
