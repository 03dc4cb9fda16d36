package nl.inkoopwerkbank.ui.shell;

import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/** Lets one section open another (the dashboard opens the providers list with a filter). */
public interface Navigator {
    void showProviders();

    void showProvidersByContract(String insurerId, ContractStatus status);

    void showProvidersOfType(ProviderType type);

    /** Opens the checklist for a provider. */
    void showChecklist(nl.inkoopwerkbank.domain.provider.Provider provider);

    /** Opens the matrix of a provider: every insurer's contracts at a glance. */
    void showMatrix(nl.inkoopwerkbank.domain.provider.Provider provider);

    /** Opens the provider list on one provider, with its form. */
    void showProvider(nl.inkoopwerkbank.domain.provider.Provider provider);

    /** Opens a quote in the quotes section. */
    void showQuote(long quoteId);

    /** Opens a policy in the policy browser. */
    void showPolicy(String policyId);

    /** Opens the calendar on one item (by its key). */
    void showCalendarItem(String itemKey);

    /** Opens the print preview of a provider's contract summary. */
    void showSummary(nl.inkoopwerkbank.domain.provider.Provider provider);

    /**
     * Opens the batch export of contract summaries; policy, contract type and the providers to tick may be
     * null (the first policy, every contract type, every provider).
     */
    void showBatchExport(nl.inkoopwerkbank.domain.policy.Policy policy,
                         nl.inkoopwerkbank.domain.policy.ContractType contract,
                         java.util.Collection<nl.inkoopwerkbank.domain.provider.Provider> tick);

    /** Opens the export of the portfolio to Excel or CSV. */
    void showPortfolioExport();
}
