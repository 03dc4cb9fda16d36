package nl.inkoopwerkbank.domain.fact;

import java.util.List;

import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * One question a buyer answers about a provider, once, for every insurer's checklist. A fact with
 * {@code insurerScoped} has a value per insurer (e.g. revenue with that insurer).
 */
public record FactDefinition(String key, FactType type, String unit, String topic, boolean insurerScoped,
                             List<ProviderType> providerTypes, List<String> choices, String question) {
    public FactDefinition {
        providerTypes = providerTypes == null ? List.of() : List.copyOf(providerTypes);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /**
     * True for counts (trainees, practices, years): whole numbers, so "one more" is a step of 1. Fte and
     * hours may be fractional.
     */
    public boolean wholeNumber() {
        return type == FactType.NUMBER && !"fte".equals(unit) && !"uur".equals(unit);
    }

    /** True when the question is asked of this provider type (no list means: of every type). */
    public boolean appliesTo(ProviderType type) {
        return providerTypes.isEmpty() || providerTypes.contains(type);
    }
}
