package nl.inkoopwerkbank.domain.quote;

/** How the monodisciplinary services of the IGO's members are claimed. */
public enum MonoClaims {
    VIA_IGO, VIA_PROVIDERS, MIXED;

    public String labelKey() {
        return "quote.monoClaims." + name();
    }
}
