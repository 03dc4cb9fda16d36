package nl.inkoopwerkbank.domain.assessment;

import java.math.BigDecimal;

import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Operator;

/**
 * One fact test as it was evaluated: the fact, the value the provider has (null when unanswered),
 * the comparison and the threshold it was held against. {@code threshold} is the literal, or the value
 * computed from another fact (e.g. fte / 20 rounded up); {@code thresholdFact} names that fact.
 */
public record FactUse(String fact, String insurerId, FactValue value, Operator op, Object threshold,
                      String thresholdFact, Condition.FactTest test, Status status) {

    public BigDecimal thresholdNumber() {
        return threshold instanceof BigDecimal b ? b : null;
    }
}
