package nl.inkoopwerkbank.ui.shell;

import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/** Lets one section open another (the dashboard opens the providers list with a filter). */
public interface Navigator {
    void showProviders();

    void showProvidersByContract(String insurerId, ContractStatus status);

    void showProvidersOfType(ProviderType type);
}
