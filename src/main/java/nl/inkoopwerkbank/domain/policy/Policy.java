package nl.inkoopwerkbank.domain.policy;

import java.util.List;
import java.util.Optional;

/** One insurer's purchasing policy for one year and care domain, as data. */
public record Policy(String id, Insurer insurer, int year, String domain, String title, Source source, String notes,
                     List<ContractType> contractTypes, List<Requirement> requirements, List<Deadline> deadlines,
                     List<RelativeTerm> relativeTerms, List<QuoteItem> quoteContents, List<Calculation> calculations,
                     List<Ambiguity> ambiguities) {

    public record Insurer(String id, String name, List<String> labels) {
        public Insurer {
            labels = List.copyOf(labels);
        }
    }

    public record Source(String file, String document) {
    }

    public Policy {
        contractTypes = List.copyOf(contractTypes);
        requirements = List.copyOf(requirements);
        deadlines = List.copyOf(deadlines);
        relativeTerms = List.copyOf(relativeTerms);
        quoteContents = List.copyOf(quoteContents);
        calculations = List.copyOf(calculations);
        ambiguities = List.copyOf(ambiguities);
    }

    public Optional<ContractType> contractType(String id) {
        return contractTypes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Requirement> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The requirements that apply to a contract type (general ones included). */
    public List<Requirement> requirementsFor(String contractTypeId) {
        return requirements.stream().filter(r -> r.appliesTo(contractTypeId)).toList();
    }

    /** Ambiguities that concern an element (requirement, deadline, contract type or contract/tier). */
    public List<Ambiguity> ambiguitiesAbout(String elementId) {
        return ambiguities.stream().filter(a -> a.about().contains(elementId)).toList();
    }
}
