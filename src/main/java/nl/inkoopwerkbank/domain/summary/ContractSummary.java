package nl.inkoopwerkbank.domain.summary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Everything a contract summary of one provider under one policy says, before it is worded: the
 * provider, the outcome of each contract type the provider could hold, the IGO's quote, the coming
 * deadlines and the notes. {@code issuer} is the buyer's insurer, who hands the document over.
 */
public record ContractSummary(Provider provider, Policy policy, String issuer, LocalDate printedOn,
                              List<ContractAssessment> contracts, Optional<QuoteSummary> quote,
                              List<CalendarItem> deadlines, int moreDeadlines) {

    /** At most this many deadlines are listed; the summary says how many more there are. */
    public static final int MAX_DEADLINES = 8;

    public ContractSummary {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(policy, "policy");
        contracts = List.copyOf(contracts);
        deadlines = List.copyOf(deadlines);
    }

    /** The contract types of a policy a provider of this type could hold (optionally only one of them). */
    public static List<ContractType> contractTypesFor(Policy policy, ProviderType type, String onlyContractTypeId) {
        return policy.contractTypes().stream()
                .filter(c -> EligibilityEngine.offersTo(c, type))
                .filter(c -> onlyContractTypeId == null || onlyContractTypeId.isBlank() || c.id().equals(onlyContractTypeId))
                .toList();
    }

    /**
     * The deadlines worth printing, from a provider's calendar items: what is still to be done (overdue,
     * due soon, open), the overdue first, then by date.
     */
    public static List<CalendarItem> upcoming(List<CalendarItem> items) {
        return items.stream()
                .filter(i -> i.status() == CalendarItem.Status.OVERDUE || i.status() == CalendarItem.Status.DUE_SOON
                        || i.status() == CalendarItem.Status.OPEN)
                .sorted(Comparator.comparing((CalendarItem i) -> i.status() != CalendarItem.Status.OVERDUE)
                        .thenComparing(CalendarItem::date).thenComparing(CalendarItem::key))
                .toList();
    }
}
