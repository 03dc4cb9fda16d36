package nl.inkoopwerkbank.ui.backup;

import java.util.List;
import java.util.Optional;

import nl.inkoopwerkbank.domain.backup.BackupInfo;

/**
 * Why the database could not be opened, as plain values the screens can show (the application translates
 * the store's exception into this; screens never see the store).
 *
 * @param kind    what is wrong
 * @param file    the database file
 * @param keyFile the key file of an encrypted database (for {@link Kind#KEY_MISSING}), else empty
 * @param detail  the technical explanation, shown small under the plain words
 * @param backupFolder where the backups of this database are kept
 * @param backups the backups of this database, newest first
 */
public record DatabaseProblem(Kind kind, String file, String keyFile, String detail, String backupFolder,
                              List<BackupInfo> backups) {

    public enum Kind {
        /** Another window or program has the database open. */
        LOCKED,
        /** The file is damaged, truncated or not a database of this program. */
        DAMAGED,
        /** A newer version of the program made or updated the file. */
        NEWER_VERSION,
        /** The database is encrypted and its key file is missing or damaged. */
        KEY_MISSING,
        /** The file is gone while backups of it exist. */
        MISSING,
        /** Anything else (no access to the file, a full disk...). */
        OTHER
    }

    public DatabaseProblem {
        keyFile = keyFile == null ? "" : keyFile;
        detail = detail == null ? "" : detail;
        backupFolder = backupFolder == null ? "" : backupFolder;
        backups = List.copyOf(backups);
    }

    /**
     * The backup to offer: the newest that says what it holds. A backup without contents is usually an
     * unopenable file kept when a backup was restored, so it is offered only when there is no other.
     */
    public Optional<BackupInfo> latest() {
        return backups.stream().filter(b -> !b.counts().isEmpty()).findFirst()
                .or(() -> backups.stream().findFirst());
    }

    /** Restoring a backup is offered when there is one, except while another window holds the database. */
    public boolean offersBackup() {
        return kind != Kind.LOCKED && !backups.isEmpty();
    }

    /** Trying again makes sense when the cause may go away (the other window closes, the key file returns). */
    public boolean offersRetry() {
        return kind == Kind.LOCKED || kind == Kind.KEY_MISSING || kind == Kind.OTHER;
    }
}
