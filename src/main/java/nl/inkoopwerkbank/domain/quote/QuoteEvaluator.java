package nl.inkoopwerkbank.domain.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/** Evaluates a quote round against a policy. Pure: the same inputs give the same evaluation. */
public final class QuoteEvaluator {

    private final EligibilityEngine engine;
    private final PlausibilityLimits limits;

    public QuoteEvaluator(EligibilityEngine engine, PlausibilityLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    public QuoteEvaluator(EligibilityEngine engine) {
        this(engine, PlausibilityLimits.DEFAULT);
    }

    /**
     * @param known  the IGO's facts as the checklist holds them; the quote's facts take precedence
     * @param source how the derived facts name their evidence ("Offerte ronde 2")
     */
    public QuoteEvaluation evaluate(Policy policy, Quote quote, QuoteRound round, ProviderProfile profile,
                                    FactSheet known, LocalDate on, String source) {
        QuoteContent c = round.content();
        QuoteFigures figures = QuoteFigures.of(c);
        BudgetNeutrality neutrality = BudgetNeutrality.of(c, figures);
        Completeness completeness = Completeness.of(policy, c);
        Integer year = round.date() != null ? Integer.valueOf(round.date().getYear()) : null;
        List<Plausibility.Warning> warnings = Plausibility.check(c, figures, limits, year);
        List<FactAnswer> derived = QuoteFacts.derive(engine.catalog(), policy.insurer().id(), round, figures,
                neutrality, completeness, source);
        Optional<ContractType> contract = igoContract(policy);
        List<RequirementResult> rules = List.of();
        if (contract.isPresent()) {
            FactSheet sheet = known == null ? FactSheet.EMPTY : known;
            for (FactAnswer a : derived) {
                sheet = sheet.with(a);
            }
            ContractAssessment a = engine.assess(policy, contract.get(), profile, sheet, on);
            rules = a.results().stream().filter(QuoteEvaluator::informedByQuote).toList();
        }
        return new QuoteEvaluation(policy, contract.orElse(null), quote, round, on, figures, neutrality, completeness,
                warnings, rules, derived, QuoteDeadlines.steps(policy, quote, on), QuoteDeadlines.terms(policy, quote, on));
    }

    /** The policy's contract for IGOs: the contract (not addendum) with id {@code igo}, else the first offered to IGOs. */
    public static Optional<ContractType> igoContract(Policy policy) {
        Optional<ContractType> byId = policy.contractType(QuoteDeadlines.IGO_CONTRACT);
        if (byId.isPresent()) {
            return byId;
        }
        return policy.contractTypes().stream()
                .filter(ct -> ct.kind() == ContractType.Kind.CONTRACT && ct.providerTypes().contains(ProviderType.IGO))
                .findFirst();
    }

    private static boolean informedByQuote(RequirementResult r) {
        Set<String> facts = QuoteFacts.factsOf(r.requirement().condition());
        facts.addAll(QuoteFacts.factsOf(r.requirement().when()));
        return facts.stream().anyMatch(QuoteFacts.KEYS::contains);
    }
}
