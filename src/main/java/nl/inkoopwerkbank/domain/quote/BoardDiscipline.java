package nl.inkoopwerkbank.domain.quote;

/** The discipline a board member of an IGO represents (the choices of the fact {@code igo_board_disciplines}). */
public enum BoardDiscipline {
    VERLOSKUNDE, KRAAMZORG, ZIEKENHUIS, GYNAECOLOGIE, KINDERGENEESKUNDE, OVERIG;

    public String labelKey() {
        return "quote.board." + name();
    }
}
