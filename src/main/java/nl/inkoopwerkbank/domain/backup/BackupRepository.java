package nl.inkoopwerkbank.domain.backup;

import java.util.List;

/** Where the backups of the open database are kept. Implemented by the store. */
public interface BackupRepository {

    /** Every readable backup, newest first. */
    List<BackupInfo> list();

    /** Makes a consistent backup of the open database now. */
    BackupInfo create(String reason, String detail);

    /** Deletes the oldest backups beyond {@code keep}; returns how many were deleted. */
    int prune(int keep);
}
