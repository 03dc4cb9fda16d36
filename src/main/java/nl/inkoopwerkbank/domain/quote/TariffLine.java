package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;

/**
 * One line of a quote's tariff table: the prestatie (code and description), its tariff before
 * indexation, the indexation in percent (3.5 means 3.5%) and the expected volume. Any of the numbers
 * may be missing in an incomplete quote (null).
 */
public record TariffLine(String code, String description, BigDecimal tariff, BigDecimal indexationPct,
                         BigDecimal volume) {
    public TariffLine {
        code = code == null ? "" : code.strip();
        description = description == null ? "" : description.strip();
    }

    /** The code, or the description when there is no code: how a line is recognised across rounds. */
    public String key() {
        return code.isEmpty() ? description.toLowerCase(java.util.Locale.ROOT) : code;
    }
}
