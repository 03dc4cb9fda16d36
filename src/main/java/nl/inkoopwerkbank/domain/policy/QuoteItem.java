package nl.inkoopwerkbank.domain.policy;

/** Something an IGO's quote must contain for this insurer ({@code item} from a fixed vocabulary). */
public record QuoteItem(String id, String item, String text, SourceRef source, String notes) {
}
