package nl.inkoopwerkbank.domain.quote;

/** Where the agreement with the hospital on removing obstetric costs from its budget stands. */
public enum SchoningStatus {
    NONE, IN_NEGOTIATION, AGREED;

    public String labelKey() {
        return "quote.schoning." + name();
    }
}
