package nl.inkoopwerkbank.ui.backup;

/**
 * Where the open database and its backups are, as the "Gegevens en back-ups" dialog shows them.
 *
 * @param databaseFile the database file
 * @param backupFolder the folder its backups are kept in
 * @param encrypted    true when the database is encrypted with a passphrase
 */
public record DataInfo(String databaseFile, String backupFolder, boolean encrypted) {
}
