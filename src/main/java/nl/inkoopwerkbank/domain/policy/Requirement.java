package nl.inkoopwerkbank.domain.policy;

import java.util.List;

/**
 * One minimum requirement: a short Dutch statement, its topic (to align insurers), its role, the
 * contract types it applies to ({@code *} for all), an optional applicability ({@code when}) and the
 * condition over facts.
 */
public record Requirement(String id, String text, String topic, RequirementRole role, List<String> appliesTo,
                          Condition when, Condition condition, SourceRef source, String notes) {
    public Requirement {
        appliesTo = List.copyOf(appliesTo);
    }

    public boolean appliesTo(String contractTypeId) {
        return appliesTo.contains("*") || appliesTo.contains(contractTypeId);
    }
}
