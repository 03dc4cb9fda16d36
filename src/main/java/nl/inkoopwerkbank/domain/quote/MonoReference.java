package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monodisciplinary reference cost per birth that budget neutrality is measured against: entered
 * as one amount, or built from a reference tariff table. An entered amount wins over the table.
 */
public record MonoReference(BigDecimal enteredPerBirth, List<ReferenceLine> lines) {

    public static final MonoReference NONE = new MonoReference(null, List.of());

    public MonoReference {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean isPresent() {
        return enteredPerBirth != null || !lines.isEmpty();
    }
}
