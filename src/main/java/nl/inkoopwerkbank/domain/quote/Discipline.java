package nl.inkoopwerkbank.domain.quote;

/**
 * The part of the birth-care chain a participant of an IGO brings in. The names are the choices of
 * the catalogue fact {@code igo_disciplines}, so a quote's participants answer it directly.
 */
public enum Discipline {
    EERSTELIJNS_VERLOSKUNDE, TWEEDELIJNS_VERLOSKUNDE, ECHOSCOPIE, KRAAMZORG, GYNAECOLOGIE, KINDERGENEESKUNDE,
    ZIEKENHUIS, OVERIG;

    public String labelKey() {
        return "quote.discipline." + name();
    }
}
