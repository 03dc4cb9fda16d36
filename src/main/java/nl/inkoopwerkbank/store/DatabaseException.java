package nl.inkoopwerkbank.store;

/** The database could not be opened or used; the message says why in words a buyer understands. */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason { LOCKED, NOT_FOUND, DAMAGED, OTHER }

    private final Reason reason;

    public DatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
