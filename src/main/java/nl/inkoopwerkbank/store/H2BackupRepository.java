package nl.inkoopwerkbank.store;

import java.util.List;

import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.domain.backup.BackupRepository;

/** The backups of an open database, made with H2's consistent online copy. */
public final class H2BackupRepository implements BackupRepository {

    private final Database database;
    private final BackupStore store;

    public H2BackupRepository(Database database, java.time.Clock clock) {
        this.database = database;
        this.store = BackupStore.forDatabase(database.basePath(), clock);
    }

    @Override
    public List<BackupInfo> list() {
        return store.list();
    }

    @Override
    public synchronized BackupInfo create(String reason, String detail) {
        return store.create(database, reason, detail);
    }

    @Override
    public int prune(int keep) {
        return store.prune(keep);
    }
}
