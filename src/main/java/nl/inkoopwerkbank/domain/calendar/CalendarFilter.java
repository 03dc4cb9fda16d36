package nl.inkoopwerkbank.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * A selection of calendar items. Empty sets and null values select everything.
 *
 * <p>With a provider, the selection holds the items that belong to that provider (its quote terms, the
 * terms started for it, its contract ends, the buyer's items about it) and the policy steps that concern
 * it: steps for a contract type the provider can hold ({@link ContractCalendar#contractTypesFor}) whose
 * audience fits (steps for existing providers only when it holds a contract with that insurer, steps for
 * new providers only when it does not, IGO steps only for an IGO).
 */
public record CalendarFilter(Set<String> insurers, String contractType, ProviderScope provider, Set<Status> statuses,
                             Set<Kind> kinds, LocalDate from, LocalDate to, String text) {

    /** What the filter needs to know of a provider. */
    public record ProviderScope(String agb, ProviderType type, Set<String> contractedInsurers,
                                Set<String> contractTypes) {
        public ProviderScope {
            contractedInsurers = Set.copyOf(contractedInsurers);
            contractTypes = Set.copyOf(contractTypes);
        }

        public static ProviderScope of(Provider p, Set<String> contractTypes) {
            return new ProviderScope(p.agbCode(), p.type(),
                    Set.copyOf(p.contracts().stream().map(c -> c.insurerId()).toList()), contractTypes);
        }
    }

    public CalendarFilter {
        insurers = insurers == null ? Set.of() : Set.copyOf(insurers);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        contractType = contractType == null || contractType.isBlank() ? null : contractType;
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public static CalendarFilter all() {
        return new CalendarFilter(Set.of(), null, null, Set.of(), Set.of(), null, null, "");
    }

    public CalendarFilter withInsurers(Set<String> ids) {
        return new CalendarFilter(ids, contractType, provider, statuses, kinds, from, to, text);
    }

    public CalendarFilter withContractType(String id) {
        return new CalendarFilter(insurers, id, provider, statuses, kinds, from, to, text);
    }

    public CalendarFilter withProvider(ProviderScope scope) {
        return new CalendarFilter(insurers, contractType, scope, statuses, kinds, from, to, text);
    }

    public CalendarFilter withStatuses(Set<Status> s) {
        return new CalendarFilter(insurers, contractType, provider, s, kinds, from, to, text);
    }

    public CalendarFilter withKinds(Set<Kind> k) {
        return new CalendarFilter(insurers, contractType, provider, statuses, k, from, to, text);
    }

    /** Items whose calendar date lies in [from, to]; either end may be null (open). */
    public CalendarFilter between(LocalDate newFrom, LocalDate newTo) {
        return new CalendarFilter(insurers, contractType, provider, statuses, kinds, newFrom, newTo, text);
    }

    public CalendarFilter withText(String t) {
        return new CalendarFilter(insurers, contractType, provider, statuses, kinds, from, to, t);
    }

    public boolean test(CalendarItem i) {
        if (!insurers.isEmpty() && (i.insurerId() == null || !insurers.contains(i.insurerId()))) {
            return false;
        }
        if (contractType != null && !(i.contractTypes().contains(contractType) || i.contractTypes().contains("*"))) {
            return false;
        }
        if (provider != null && !concernsProvider(i)) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(i.status())) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(i.kind())) {
            return false;
        }
        if (from != null && i.date().isBefore(from)) {
            return false;
        }
        if (to != null && i.date().isAfter(to)) {
            return false;
        }
        return text.isEmpty() || matchesText(i);
    }

    public List<CalendarItem> apply(List<CalendarItem> items) {
        return items.stream().filter(this::test).toList();
    }

    private boolean concernsProvider(CalendarItem i) {
        if (i.providerAgb() != null) {
            return i.providerAgb().equals(provider.agb());
        }
        if (i.kind() != Kind.POLICY_STEP) {
            return false;
        }
        // a step for every contract ("*") lists its policy's contract types as well: a provider that can hold
        // none of them (a midwife and a hospital policy) is not concerned
        boolean typeFits = i.contractTypes().stream().anyMatch(provider.contractTypes()::contains);
        if (!typeFits) {
            return false;
        }
        String audience = i.audience() == null ? "all" : i.audience();
        boolean contracted = provider.contractedInsurers().contains(i.insurerId());
        return switch (audience) {
            case "existing-providers" -> contracted;
            case "new-providers" -> !contracted;
            case "igo" -> provider.type() == ProviderType.IGO;
            default -> true;
        };
    }

    private boolean matchesText(CalendarItem i) {
        for (String s : new String[] {i.title(), i.providerName(), i.providerAgb(), i.insurerName(), i.channel(),
                i.notes(), i.done() == null ? null : i.done().note()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
