package nl.inkoopwerkbank.domain.assessment;

import java.util.List;

import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.Requirement;

/**
 * One requirement evaluated for a provider: its status, the fact tests that decided it (of its
 * {@code when} and condition), the facts still to be answered, and the ambiguities the buyer should
 * know about.
 */
public record RequirementResult(Requirement requirement, Status status, List<FactUse> facts, List<String> missingFacts,
                                List<Ambiguity> ambiguities) {
    public RequirementResult {
        facts = List.copyOf(facts);
        missingFacts = List.copyOf(missingFacts);
        ambiguities = List.copyOf(ambiguities);
    }

    public String id() {
        return requirement.id();
    }
}
