package nl.inkoopwerkbank.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;

/**
 * Where a provider stands for one contract type of one policy on a date: the outcome with its
 * reasons, the tier (for tiered contracts), every requirement's result and the next step up.
 * {@code tierFinal} is false when a better tier still depends on open questions ("at least B").
 */
public record ContractAssessment(Policy policy, ContractType contract, LocalDate assessedOn, Outcome outcome,
                                 ContractType.Tier tier, boolean tierFinal, List<TierResult> tiers,
                                 List<RequirementResult> results, List<DeadlineNotice> notices,
                                 List<String> missingBaseContracts, Optional<NextStep> nextStep) {

    public ContractAssessment {
        tiers = List.copyOf(tiers);
        results = List.copyOf(results);
        notices = List.copyOf(notices);
        missingBaseContracts = List.copyOf(missingBaseContracts);
    }

    /** Knock-outs that are not met. */
    public List<RequirementResult> failingKnockOuts() {
        return results.stream().filter(r -> r.requirement().role() == nl.inkoopwerkbank.domain.policy.RequirementRole.KNOCK_OUT
                && r.status() == Status.NOT_MET).toList();
    }

    /** Requirements (knock-outs and tier conditions) that still wait for an answer. */
    public List<RequirementResult> open() {
        return results.stream().filter(r -> r.status() == Status.UNKNOWN).toList();
    }

    /** Every fact still to be answered for this contract, in order of first use. */
    public List<String> openFacts() {
        return results.stream().filter(r -> r.status() == Status.UNKNOWN)
                .flatMap(r -> r.missingFacts().stream()).distinct().toList();
    }

    public Optional<RequirementResult> result(String requirementId) {
        return results.stream().filter(r -> r.id().equals(requirementId)).findFirst();
    }
}
