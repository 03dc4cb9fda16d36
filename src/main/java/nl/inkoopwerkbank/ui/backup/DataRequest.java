package nl.inkoopwerkbank.ui.backup;

import java.util.Arrays;

import nl.inkoopwerkbank.domain.backup.BackupInfo;

/**
 * What the buyer asked for in the "Gegevens en back-ups" dialog that replaces or converts the database
 * file. The application does it with the database closed and then opens it again.
 */
public sealed interface DataRequest {

    /** Wipes the passphrases this request carries, once it is done. */
    void clear();

    /** Put this backup in place of the current data (which is kept as a backup first). */
    record Restore(BackupInfo backup) implements DataRequest {
        @Override
        public void clear() {
            // nothing secret
        }
    }

    /** Encrypt the database, which is not encrypted yet, with this passphrase. */
    record Encrypt(char[] passphrase) implements DataRequest {
        @Override
        public void clear() {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Give the encrypted database a new passphrase. */
    record ChangePassphrase(char[] current, char[] next) implements DataRequest {
        @Override
        public void clear() {
            Arrays.fill(current, '\0');
            Arrays.fill(next, '\0');
        }
    }

    /** Store the database without encryption again. */
    record Decrypt(char[] current) implements DataRequest {
        @Override
        public void clear() {
            Arrays.fill(current, '\0');
        }
    }
}
