package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;

/**
 * The schoning agreement with the hospital: which hospital, the amount removed from the hospital
 * budget or the method that determines it, its status and the document that supports it.
 */
public record Schoning(String hospital, BigDecimal amount, String method, SchoningStatus status, String document) {

    public static final Schoning NONE = new Schoning("", null, "", null, "");

    public Schoning {
        hospital = hospital == null ? "" : hospital.strip();
        method = method == null ? "" : method.strip();
        document = document == null ? "" : document.strip();
    }

    /** True when anything about the schoning has been recorded. */
    public boolean isDescribed() {
        return status != null || !hospital.isEmpty() || amount != null || !method.isEmpty();
    }
}
