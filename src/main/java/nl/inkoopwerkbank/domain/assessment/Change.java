package nl.inkoopwerkbank.domain.assessment;

import java.math.BigDecimal;

import nl.inkoopwerkbank.domain.policy.Operator;

/**
 * A change to one fact that a step up needs: from {@code current} to a value that satisfies
 * {@code op threshold}. {@code target} is the smallest such value when there is one (whole numbers for
 * counts, the threshold itself for "minimaal"), else null (e.g. "meer dan 50%"). {@code delta} is
 * {@code target - current} for numbers ("one more trainee").
 */
public record Change(String fact, String insurerId, FactValue current, Operator op, Object threshold,
                     FactValue target, BigDecimal delta) {
}
