package nl.inkoopwerkbank.domain.quote;

import java.time.LocalDate;
import java.util.List;

import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;

/**
 * Everything the workbench checks in one round of a quote against one policy: the figures, budget
 * neutrality, completeness, plausibility warnings, the policy's IGO requirements the quote informs,
 * and the deadlines. {@code contract} is null when the policy offers no IGO contract.
 */
public record QuoteEvaluation(Policy policy, ContractType contract, Quote quote, QuoteRound round, LocalDate on,
                              QuoteFigures figures, BudgetNeutrality neutrality, Completeness completeness,
                              List<Plausibility.Warning> warnings, List<RequirementResult> rules,
                              List<FactAnswer> derivedFacts, List<QuoteDeadlines.Step> steps,
                              List<QuoteDeadlines.Term> terms) {

    public QuoteEvaluation {
        warnings = List.copyOf(warnings);
        rules = List.copyOf(rules);
        derivedFacts = List.copyOf(derivedFacts);
        steps = List.copyOf(steps);
        terms = List.copyOf(terms);
    }

    /** False when the policy is for another year than the quote (its dates then belong to that year). */
    public boolean policyYearMatches() {
        return policy.year() == quote.contractYear();
    }
}
