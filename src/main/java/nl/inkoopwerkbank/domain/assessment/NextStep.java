package nl.inkoopwerkbank.domain.assessment;

import java.util.List;

import nl.inkoopwerkbank.domain.policy.ContractType;

/**
 * The smallest change that moves a provider up: to eligibility (tier null, when knock-outs fail) or
 * to the next better tier. {@code changes} are fact changes that together achieve it (verified by
 * evaluating again); {@code openFacts} are unanswered facts that also decide it.
 */
public record NextStep(ContractType.Tier tier, List<Change> changes, List<String> openFacts) {
    public NextStep {
        changes = List.copyOf(changes);
        openFacts = List.copyOf(openFacts);
    }

    public boolean toEligibility() {
        return tier == null;
    }
}
