package nl.inkoopwerkbank.ui.backup;

/**
 * What the application does for the "Gegevens en back-ups" dialog: the screens cannot touch the database
 * file itself, so restoring and (de)encrypting are handed back to it.
 */
public interface DataActions {

    /** Where the open database and its backups are, and whether it is encrypted. */
    DataInfo info();

    /** True when {@code passphrase} is the one the open database was opened with. */
    boolean isCurrentPassphrase(char[] passphrase);

    /**
     * Does the request: closes the database, restores or converts it, opens it again and shows the main
     * window anew. Called on the FX thread after the dialog closed.
     */
    void perform(DataRequest request);
}
