package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;

/**
 * The bounds the plausibility checks use. Indexation outside [minIndexationPct, maxIndexationPct] is
 * suspicious (yearly price indexation in Dutch care has been between 0% and about 8% for years; a
 * negative or double-digit figure is usually a typo). An indexation between 0 and 0.1% is reported
 * separately as a fraction typed as a percentage (0,035 for 3,5%). The financing
 * request may differ from the tariff total by at most {@code totalTolerance} before it is reported.
 */
public record PlausibilityLimits(BigDecimal minIndexationPct, BigDecimal maxIndexationPct, BigDecimal totalTolerance) {

    public static final PlausibilityLimits DEFAULT =
            new PlausibilityLimits(new BigDecimal("-2"), new BigDecimal("10"), new BigDecimal("1.00"));
}
