package nl.inkoopwerkbank.ui.providers;

import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;

/** One choice in the contract-status filter: "gecontracteerd bij VGZ", "zonder enig contract", ... */
public record ContractFilter(String insurerId, ContractStatus status, String label) {
    @Override
    public String toString() {
        return label;
    }
}
