package nl.inkoopwerkbank.domain.quote;

import java.util.List;

import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.QuoteItem;

/**
 * What the insurer's policy requires a quote to contain ({@code quoteContents}), item by item: present
 * in the figures, missing, or (for items the workbench cannot see, kind {@code other}) waiting for the
 * buyer to confirm it was included.
 */
public record Completeness(List<Entry> entries) {

    public enum State {
        PRESENT, MISSING, UNCONFIRMED;

        public String labelKey() {
            return "quote.completeness." + name();
        }
    }

    public record Entry(QuoteItem item, State state) {
    }

    public Completeness {
        entries = List.copyOf(entries);
    }

    public static Completeness of(Policy policy, QuoteContent c) {
        return new Completeness(policy.quoteContents().stream().map(i -> new Entry(i, state(i, c))).toList());
    }

    /** True when every item is present or confirmed (and the policy names at least one). */
    public boolean isComplete() {
        return !entries.isEmpty() && entries.stream().allMatch(e -> e.state == State.PRESENT);
    }

    public List<Entry> open() {
        return entries.stream().filter(e -> e.state != State.PRESENT).toList();
    }

    static State state(QuoteItem item, QuoteContent c) {
        if (c.confirmedItems().contains(item.id())) {
            return State.PRESENT;
        }
        Boolean present = switch (item.item()) {
            case "financing_request" -> c.financingRequest() != null;
            case "total_volume" -> c.totalVolume() != null;
            case "market_share" -> c.marketSharePct() != null;
            case "tariffs_with_indexation" -> !c.tariffLines().isEmpty()
                    && c.tariffLines().stream().allMatch(l -> l.tariff() != null && l.indexationPct() != null);
            case "expected_volume" -> !c.tariffLines().isEmpty()
                    && c.tariffLines().stream().allMatch(l -> l.volume() != null);
            case "quality_goals" -> !c.qualityGoals().isEmpty();
            case "legal_form" -> c.legalForm() != null;
            case "annual_accounts_audited" -> c.accounts().received() && c.accounts().approvedByAccountant();
            case "schoning" -> c.schoning().isDescribed() && !c.schoning().hospital().isEmpty();
            case "insured_in_care_16_weeks" -> c.insuredInCare16Weeks() != null;
            case "participants" -> !c.participants().isEmpty();
            case "mandates" -> c.mandatesInWriting() != null;
            case "board_composition" -> !c.board().isEmpty();
            case "mono_claims" -> c.monoClaims() != null;
            case "budget_neutrality" -> c.monoReference().isPresent();
            default -> null;
        };
        if (present == null) {
            return State.UNCONFIRMED;
        }
        return present ? State.PRESENT : State.MISSING;
    }
}
