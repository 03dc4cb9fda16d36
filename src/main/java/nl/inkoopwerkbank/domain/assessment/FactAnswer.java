package nl.inkoopwerkbank.domain.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * A provider's answer to one fact. {@code insurerId} is empty for a fact that holds for every insurer
 * and names the insurer for an insurer-scoped fact (e.g. revenue with that insurer).
 */
public record FactAnswer(String factKey, String insurerId, FactValue value, Evidence evidence, Instant answeredAt) {

    public FactAnswer {
        Objects.requireNonNull(factKey, "factKey");
        Objects.requireNonNull(value, "value");
        insurerId = insurerId == null ? "" : insurerId;
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    public static FactAnswer of(String factKey, FactValue value) {
        return new FactAnswer(factKey, "", value, Evidence.NONE, null);
    }

    public static FactAnswer of(String factKey, String insurerId, FactValue value) {
        return new FactAnswer(factKey, insurerId, value, Evidence.NONE, null);
    }
}
