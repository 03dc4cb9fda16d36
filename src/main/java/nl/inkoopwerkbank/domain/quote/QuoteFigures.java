package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The computed figures of a quote round. Rounding (documented in docs/quote-calculations.md):
 * <ul>
 * <li>indexed tariff = tariff x (1 + indexation / 100), half-up to the cent (a tariff is a price);</li>
 * <li>line total = indexed tariff x volume, half-up to the cent;</li>
 * <li>total = the sum of the line totals (so the table adds up as shown);</li>
 * <li>insurer's part = total x market share / 100, half-up to the cent;</li>
 * <li>insurer's births = total volume x market share / 100, to one decimal, half-up;</li>
 * <li>integral cost per birth = total / total volume, half-up to the cent.</li>
 * </ul>
 * A figure that cannot be computed (a missing input) is null; it is never guessed.
 */
public record QuoteFigures(List<Line> lines, BigDecimal total, boolean totalComplete, BigDecimal insurerPart,
                           BigDecimal insurerBirths, BigDecimal costPerBirth) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A tariff line with its indexed tariff and total (null where an input is missing). */
    public record Line(int number, TariffLine line, BigDecimal indexedTariff, BigDecimal total) {
    }

    public QuoteFigures {
        lines = List.copyOf(lines);
    }

    public static QuoteFigures of(QuoteContent c) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        boolean complete = true;
        int n = 0;
        for (TariffLine t : c.tariffLines()) {
            n++;
            BigDecimal indexed = indexedTariff(t.tariff(), t.indexationPct());
            BigDecimal lineTotal = indexed == null || t.volume() == null ? null
                    : cents(indexed.multiply(t.volume()));
            lines.add(new Line(n, t, indexed, lineTotal));
            if (lineTotal == null) {
                complete = false;
            } else {
                total = total.add(lineTotal);
            }
        }
        BigDecimal totalOrNull = lines.isEmpty() ? null : total;
        BigDecimal share = c.marketSharePct();
        BigDecimal part = totalOrNull == null || share == null ? null
                : cents(totalOrNull.multiply(share).divide(HUNDRED));
        BigDecimal births = c.totalVolume() == null || share == null ? null
                : c.totalVolume().multiply(share).divide(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        BigDecimal perBirth = totalOrNull == null || c.totalVolume() == null || c.totalVolume().signum() <= 0 ? null
                : totalOrNull.divide(c.totalVolume(), 2, RoundingMode.HALF_UP);
        return new QuoteFigures(lines, totalOrNull, complete && !lines.isEmpty(), part, births, perBirth);
    }

    /** tariff x (1 + indexation / 100), half-up to the cent; no indexation stated counts as missing. */
    public static BigDecimal indexedTariff(BigDecimal tariff, BigDecimal indexationPct) {
        if (tariff == null || indexationPct == null) {
            return null;
        }
        return cents(tariff.multiply(BigDecimal.ONE.add(indexationPct.divide(HUNDRED))));
    }

    public static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
