package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;

/**
 * One monodisciplinary prestatie in the reference cost of a birth: its tariff and how often it is
 * claimed per birth on average (e.g. 0.62 partus at home, 1 prenatal care, 49 hours of kraamzorg).
 */
public record ReferenceLine(String code, String description, BigDecimal tariff, BigDecimal perBirth) {
    public ReferenceLine {
        code = code == null ? "" : code.strip();
        description = description == null ? "" : description.strip();
    }
}
