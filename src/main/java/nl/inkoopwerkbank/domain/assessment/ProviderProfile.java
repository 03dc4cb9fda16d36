package nl.inkoopwerkbank.domain.assessment;

import java.util.Set;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/** What the engine needs to know about a provider besides its facts: its type and whom it contracts with. */
public record ProviderProfile(ProviderType type, Set<String> contractedInsurers) {
    public ProviderProfile {
        contractedInsurers = Set.copyOf(contractedInsurers);
    }

    public static ProviderProfile of(Provider p) {
        return new ProviderProfile(p.type(), Set.copyOf(p.contracts().stream().map(c -> c.insurerId()).toList()));
    }

    public boolean isNewTo(String insurerId) {
        return !contractedInsurers.contains(insurerId);
    }
}
