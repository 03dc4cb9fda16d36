package nl.inkoopwerkbank.store;

/** The database could not be opened or used; the message says why in words a buyer understands. */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Another window or program has the database open. */
        LOCKED,
        /** There is no database file where one was expected. */
        NOT_FOUND,
        /** The file is damaged (unreadable pages, truncated, not a database). */
        DAMAGED,
        /** The database was made by a newer Inkoopwerkbank (or an H2 version this one cannot read). */
        WRONG_VERSION,
        /** The database is encrypted and no passphrase was given. */
        PASSPHRASE_NEEDED,
        /** The passphrase does not open this database. */
        WRONG_PASSPHRASE,
        /** The database is encrypted but its key file is missing or damaged. */
        KEY_MISSING,
        OTHER
    }

    private final Reason reason;

    public DatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True when restoring a backup is a sensible offer (the file itself is the problem). */
    public boolean backupHelps() {
        return reason == Reason.DAMAGED || reason == Reason.WRONG_VERSION || reason == Reason.NOT_FOUND
                || reason == Reason.KEY_MISSING;
    }
}
