package nl.inkoopwerkbank.domain.policy;

import java.time.LocalDate;
import java.util.List;

import nl.inkoopwerkbank.domain.provider.ProviderType;

/** A contract or addendum a policy offers, with its duration, how it is offered and its tiers. */
public record ContractType(String id, String name, Kind kind, List<String> requires, List<ProviderType> providerTypes,
                           Duration duration, List<String> offeredVia, boolean negotiable, boolean newProviders,
                           List<Tier> tiers, SourceRef source, String notes) {

    public enum Kind { CONTRACT, ADDENDUM }

    /** Start and end (inclusive) as the document gives them; either may be unknown. */
    public record Duration(LocalDate start, LocalDate end, String description, int extensionIntentYears) {
    }

    /** One level of a tiered contract; the first tier of a contract type is the best. */
    public record Tier(String id, String name, List<String> requirementIds, Condition condition, SourceRef source,
                       String notes) {
        public Tier {
            requirementIds = List.copyOf(requirementIds);
        }
    }

    public ContractType {
        requires = List.copyOf(requires);
        providerTypes = List.copyOf(providerTypes);
        offeredVia = List.copyOf(offeredVia);
        tiers = List.copyOf(tiers);
    }

    public boolean isTiered() {
        return !tiers.isEmpty();
    }
}
