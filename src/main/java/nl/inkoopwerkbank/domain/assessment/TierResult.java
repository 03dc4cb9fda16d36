package nl.inkoopwerkbank.domain.assessment;

import java.util.List;

import nl.inkoopwerkbank.domain.policy.ContractType;

/** One tier of a tiered contract evaluated: met, not met or unknown, and the requirements that decided it. */
public record TierResult(ContractType.Tier tier, Status status, List<RequirementResult> deciding) {
    public TierResult {
        deciding = List.copyOf(deciding);
    }
}
