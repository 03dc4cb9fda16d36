package nl.inkoopwerkbank.domain.provider;

/** Someone (another window, the command line) changed or deleted the provider after it was opened. */
public class StaleEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleEditException(String agbCode) {
        super("Provider " + agbCode + " was changed or deleted by someone else");
    }
}
