package nl.inkoopwerkbank.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts, re-keys or decrypts a closed database. The work is done on a copy beside the file; a backup
 * is made first. The order of the final steps makes a kill at any moment safe: the new key goes to
 * {@code <name>.key.new}, the converted copy is renamed over the database, then the new key file is
 * renamed over the old one. {@link #settleKeyFiles(Path)} (run at every open) finishes or undoes the last
 * step by looking at which key the database file actually needs.
 */
public final class Encryption {

    private Encryption() {
    }

    /**
     * Encrypts the database with {@code newPassphrase}, or gives it a new passphrase when it is encrypted
     * already ({@code currentPassphrase} then opens it). The database must be closed.
     */
    public static void encrypt(Path basePath, char[] currentPassphrase, char[] newPassphrase, int iterations) {
        if (newPassphrase == null || newPassphrase.length == 0) {
            throw new IllegalArgumentException("empty passphrase");
        }
        convert(basePath, currentPassphrase, DatabaseKey.create(newPassphrase, iterations), newPassphrase);
    }

    /** Removes the encryption (the buyer chose to); the database must be closed. */
    public static void decrypt(Path basePath, char[] currentPassphrase) {
        convert(basePath, currentPassphrase, null, null);
    }

    private static void convert(Path basePath, char[] currentPassphrase, DatabaseKey newKey, char[] newPassphrase) {
        Path base = DataLocation.basePath(basePath);
        Path file = DataLocation.dataFile(base);
        if (!Files.exists(file)) {
            throw new DatabaseException(DatabaseException.Reason.NOT_FOUND, "Er is geen database op " + file + ".", null);
        }
        boolean encrypted = Database.isEncrypted(base);
        if (!encrypted && newKey == null) {
            return;
        }
        char[] oldPassword = null;
        if (encrypted) {
            if (currentPassphrase == null) {
                throw new DatabaseException(DatabaseException.Reason.PASSPHRASE_NEEDED,
                        "De database " + file + " is versleuteld; de huidige wachtwoordzin is nodig.", null);
            }
            oldPassword = Database.keyFor(base).filePassword(currentPassphrase, file);
        }
        // the database must not be open elsewhere, and the passphrase must really open it
        java.util.Map<String, Long> counts;
        String version;
        try (Database db = Database.open(base, false, currentPassphrase)) {
            counts = BackupStore.counts(db);
            version = db.schemaVersion();
        }
        BackupStore.forDatabase(base).createOffline(newKey == null ? nl.inkoopwerkbank.domain.backup.BackupInfo.DECRYPTION
                : nl.inkoopwerkbank.domain.backup.BackupInfo.ENCRYPTION, version, counts);
        Path work = Database.sibling(base, Database.CONVERTING);
        Path workFile = DataLocation.dataFile(work);
        char[] newPassword = newKey == null ? null : newKey.filePassword(newPassphrase, file);
        try {
            AtomicStore.copyForced(file, workFile);
            ChangeFileEncryption.execute(work.getParent().toString(), work.getFileName().toString(), "AES",
                    oldPassword, newPassword, true);
            if (newKey != null) {
                AtomicStore.writeString(Database.sibling(base, Database.NEW_KEY),
                        newKey.forFile(workFile).toText());
            }
            AtomicStore.move(workFile, file);
            if (newKey != null) {
                AtomicStore.move(Database.sibling(base, Database.NEW_KEY), DatabaseKey.file(base));
                // no readable copy stays behind: the backups made before are encrypted with the new key too
                BackupStore.forDatabase(base).encryptPlainBackups(newKey, newPassword);
            } else {
                Files.deleteIfExists(DatabaseKey.file(base));
            }
        } catch (IOException | SQLException e) {
            Database.deleteQuietly(workFile);
            Database.deleteQuietly(Database.sibling(base, Database.NEW_KEY));
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De versleuteling van " + file + " kan niet worden gewijzigd: " + e.getMessage(), e);
        } finally {
            if (oldPassword != null) {
                Arrays.fill(oldPassword, '\0');
            }
            if (newPassword != null) {
                Arrays.fill(newPassword, '\0');
            }
        }
    }

    /**
     * Finishes a conversion that was killed between its last two renames. A plain database needs no key
     * file; an encrypted one gets the pending new key when its file is the converted copy (the pending key
     * records the converted file's header, whose random salt H2 draws anew for every encrypted file).
     */
    static void settleKeyFiles(Path base) {
        Path pending = Database.sibling(base, Database.NEW_KEY);
        if (!Files.exists(pending)) {
            return;
        }
        try {
            if (!Database.isEncrypted(base)) {
                Files.deleteIfExists(pending);
                return;
            }
            DatabaseKey next = DatabaseKey.read(pending);
            if (next.belongsTo(DataLocation.dataFile(base))) {
                AtomicStore.move(pending, DatabaseKey.file(base));
            } else {
                Files.deleteIfExists(pending);
            }
        } catch (IOException | DatabaseException e) {
            // left for the next open; opening with the old key then says the passphrase does not fit
        }
    }
}
