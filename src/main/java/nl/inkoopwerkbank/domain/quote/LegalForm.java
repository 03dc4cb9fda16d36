package nl.inkoopwerkbank.domain.quote;

/** The legal form of an IGO. A cooperation agreement alone is no legal entity. */
public enum LegalForm {
    STICHTING(true), COOPERATIE(true), BV(true), VERENIGING(true), SAMENWERKINGSOVEREENKOMST(false);

    private final boolean legalEntity;

    LegalForm(boolean legalEntity) {
        this.legalEntity = legalEntity;
    }

    public boolean isLegalEntity() {
        return legalEntity;
    }

    public String labelKey() {
        return "quote.legalForm." + name();
    }
}
