package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Budget neutrality: an integral birth through the IGO must not cost more than the same birth paid
 * per discipline. difference = integral - mono per birth (euros, to the cent); percent = difference /
 * mono x 100, half-up to two decimals. NEUTRAL when the difference is zero or less.
 */
public record BudgetNeutrality(BigDecimal integralPerBirth, BigDecimal monoPerBirth, Basis basis,
                               BigDecimal difference, BigDecimal differencePct, Verdict verdict) {

    public enum Verdict {
        NEUTRAL, ABOVE, UNKNOWN;

        public String labelKey() {
            return "quote.neutrality." + name();
        }
    }

    /** Where the mono reference came from. */
    public enum Basis { ENTERED, REFERENCE_TABLE, NONE }

    public static BudgetNeutrality of(QuoteContent c, QuoteFigures f) {
        MonoReference ref = c.monoReference();
        BigDecimal mono;
        Basis basis;
        if (ref.enteredPerBirth() != null) {
            mono = QuoteFigures.cents(ref.enteredPerBirth());
            basis = Basis.ENTERED;
        } else if (!ref.lines().isEmpty() && ref.lines().stream().allMatch(l -> l.tariff() != null && l.perBirth() != null)) {
            mono = QuoteFigures.cents(referencePerBirth(ref));
            basis = Basis.REFERENCE_TABLE;
        } else {
            mono = null;
            basis = Basis.NONE;
        }
        BigDecimal integral = f.totalComplete() ? f.costPerBirth() : null;
        if (integral == null || mono == null) {
            return new BudgetNeutrality(integral, mono, basis, null, null, Verdict.UNKNOWN);
        }
        BigDecimal diff = integral.subtract(mono);
        BigDecimal pct = mono.signum() == 0 ? null
                : diff.multiply(QuoteFigures.HUNDRED).divide(mono, 2, RoundingMode.HALF_UP);
        return new BudgetNeutrality(integral, mono, basis, diff, pct, diff.signum() <= 0 ? Verdict.NEUTRAL : Verdict.ABOVE);
    }

    /** Sum of tariff x times per birth over the reference table, exact (rounded by the caller). */
    public static BigDecimal referencePerBirth(MonoReference ref) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ReferenceLine l : ref.lines()) {
            if (l.tariff() != null && l.perBirth() != null) {
                sum = sum.add(l.tariff().multiply(l.perBirth()));
            }
        }
        return sum;
    }
}
