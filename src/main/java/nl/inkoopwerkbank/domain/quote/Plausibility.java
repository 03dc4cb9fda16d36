package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures that are possible but probably wrong. Each warning names its field (and tariff line, 1-based,
 * or 0) and carries a message key with arguments, so the domain holds no user-interface language.
 */
public final class Plausibility {

    public enum Code {
        MARKET_SHARE_OUT_OF_RANGE, MARKET_SHARE_ZERO, TOTAL_VOLUME_ZERO, LINE_WITHOUT_VOLUME, LINE_VOLUME_ZERO,
        LINE_WITHOUT_TARIFF, LINE_TARIFF_NOT_POSITIVE, INDEXATION_OUT_OF_RANGE, INDEXATION_LOOKS_LIKE_FRACTION, LINE_WITHOUT_INDEXATION,
        TOTAL_DIFFERS_FROM_REQUEST, DUPLICATE_LINE, ADHERENCE_JOINED_ABOVE_TOTAL, INSURED_16_WEEKS_ABOVE_VOLUME,
        ACCOUNTS_NOT_LAST_YEAR;

        public String messageKey() {
            return "quote.warning." + name();
        }
    }

    public record Warning(Code code, String field, int line, List<Object> args) {
        public Warning {
            args = List.copyOf(args);
        }
    }

    /** An indexation below 0.1% (but not 0) is almost always a fraction typed as a percentage. */
    static final BigDecimal FRACTION_LIMIT = new BigDecimal("0.1");

    private Plausibility() {
    }

    /**
     * @param receivedYear the calendar year the quote was made (its date), to tell whether the annual
     *                     accounts are of the last closed year; null skips that check
     */
    public static List<Warning> check(QuoteContent c, QuoteFigures f, PlausibilityLimits limits, Integer receivedYear) {
        List<Warning> w = new ArrayList<>();
        BigDecimal share = c.marketSharePct();
        if (share != null) {
            if (share.signum() < 0 || share.compareTo(QuoteFigures.HUNDRED) > 0) {
                w.add(new Warning(Code.MARKET_SHARE_OUT_OF_RANGE, "marketSharePct", 0, List.of(share)));
            } else if (share.signum() == 0) {
                w.add(new Warning(Code.MARKET_SHARE_ZERO, "marketSharePct", 0, List.of()));
            }
        }
        if (c.totalVolume() != null && c.totalVolume().signum() <= 0) {
            w.add(new Warning(Code.TOTAL_VOLUME_ZERO, "totalVolume", 0, List.of(c.totalVolume())));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (QuoteFigures.Line l : f.lines()) {
            TariffLine t = l.line();
            int n = l.number();
            String name = t.code().isEmpty() ? t.description() : t.code();
            if (t.volume() == null) {
                w.add(new Warning(Code.LINE_WITHOUT_VOLUME, "tariffLines.volume", n, List.of(n, name)));
            } else if (t.volume().signum() <= 0) {
                w.add(new Warning(Code.LINE_VOLUME_ZERO, "tariffLines.volume", n, List.of(n, name)));
            }
            if (t.tariff() == null) {
                w.add(new Warning(Code.LINE_WITHOUT_TARIFF, "tariffLines.tariff", n, List.of(n, name)));
            } else if (t.tariff().signum() <= 0) {
                w.add(new Warning(Code.LINE_TARIFF_NOT_POSITIVE, "tariffLines.tariff", n, List.of(n, name, t.tariff())));
            }
            if (t.indexationPct() == null) {
                w.add(new Warning(Code.LINE_WITHOUT_INDEXATION, "tariffLines.indexationPct", n, List.of(n, name)));
            } else if (t.indexationPct().compareTo(limits.minIndexationPct()) < 0
                    || t.indexationPct().compareTo(limits.maxIndexationPct()) > 0) {
                w.add(new Warning(Code.INDEXATION_OUT_OF_RANGE, "tariffLines.indexationPct", n,
                        List.of(n, name, t.indexationPct(), limits.minIndexationPct(), limits.maxIndexationPct())));
            } else if (t.indexationPct().signum() != 0 && t.indexationPct().abs().compareTo(FRACTION_LIMIT) < 0) {
                // 0,035 typed where 3,5 (percent) was meant
                w.add(new Warning(Code.INDEXATION_LOOKS_LIKE_FRACTION, "tariffLines.indexationPct", n,
                        List.of(n, name, t.indexationPct(), t.indexationPct().multiply(QuoteFigures.HUNDRED))));
            }
            if (!t.key().isEmpty()) {
                Integer first = seen.putIfAbsent(t.key(), n);
                if (first != null) {
                    w.add(new Warning(Code.DUPLICATE_LINE, "tariffLines.code", n, List.of(n, name, first)));
                }
            }
        }
        if (c.financingRequest() != null && f.total() != null && f.totalComplete()) {
            BigDecimal diffTotal = f.total().subtract(c.financingRequest()).abs();
            BigDecimal diffPart = f.insurerPart() == null ? null : f.insurerPart().subtract(c.financingRequest()).abs();
            boolean matchesTotal = diffTotal.compareTo(limits.totalTolerance()) <= 0;
            boolean matchesPart = diffPart != null && diffPart.compareTo(limits.totalTolerance()) <= 0;
            if (!matchesTotal && !matchesPart) {
                w.add(new Warning(Code.TOTAL_DIFFERS_FROM_REQUEST, "financingRequest", 0,
                        List.of(f.total(), c.financingRequest(), f.total().subtract(c.financingRequest()))));
            }
        }
        if (c.adherenceJoined() != null && c.adherenceTotal() != null && c.adherenceJoined() > c.adherenceTotal()) {
            w.add(new Warning(Code.ADHERENCE_JOINED_ABOVE_TOTAL, "adherenceJoined", 0,
                    List.of(c.adherenceJoined(), c.adherenceTotal())));
        }
        if (c.insuredInCare16Weeks() != null && c.totalVolume() != null
                && BigDecimal.valueOf(c.insuredInCare16Weeks()).compareTo(c.totalVolume()) > 0) {
            w.add(new Warning(Code.INSURED_16_WEEKS_ABOVE_VOLUME, "insuredInCare16Weeks", 0,
                    List.of(c.insuredInCare16Weeks(), c.totalVolume())));
        }
        // the last closed financial year is the year before the quote; older or not yet closed is suspicious
        if (receivedYear != null && c.accounts().year() != null && c.accounts().year() != receivedYear - 1) {
            w.add(new Warning(Code.ACCOUNTS_NOT_LAST_YEAR, "accounts.year", 0,
                    List.of(c.accounts().year(), receivedYear - 1)));
        }
        return List.copyOf(w);
    }
}
