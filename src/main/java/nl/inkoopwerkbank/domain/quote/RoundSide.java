package nl.inkoopwerkbank.domain.quote;

/** Who put a round on the table: the IGO (a quote) or the insurer (a counter-proposal). */
public enum RoundSide {
    IGO, INSURER;

    public String labelKey() {
        return "quote.side." + name();
    }
}
