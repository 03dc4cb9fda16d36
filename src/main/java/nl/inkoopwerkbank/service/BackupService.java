package nl.inkoopwerkbank.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.domain.backup.BackupRepository;

/**
 * The automatic and manual backups: one before every import and migration (the store makes the latter),
 * at least one a day, and on request; after each one the oldest beyond the number of generations to keep
 * are deleted. Restoring replaces the database file and is therefore done by the composition root with
 * the database closed.
 */
public final class BackupService {

    /** How many backups are kept when the buyer has not chosen. */
    public static final int DEFAULT_GENERATIONS = 20;
    public static final int MIN_GENERATIONS = 3;
    public static final int MAX_GENERATIONS = 200;
    /** A daily backup is due when the newest backup is older than this. */
    static final Duration DAILY = Duration.ofHours(24);

    private final BackupRepository repository;
    private final Settings settings;
    private final Clock clock;

    public BackupService(BackupRepository repository, Settings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every readable backup, newest first. */
    public List<BackupInfo> list() {
        return repository.list();
    }

    public Optional<BackupInfo> latest() {
        List<BackupInfo> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Makes a backup now and deletes the oldest beyond the generations to keep. */
    public BackupInfo create(String reason, String detail) {
        BackupInfo made = repository.create(reason, detail);
        repository.prune(settings.backupGenerations());
        return made;
    }

    /** Makes the daily backup when the newest backup is more than a day old (or there is none). */
    public Optional<BackupInfo> createIfDue() {
        Optional<BackupInfo> newest = latest();
        if (newest.isPresent() && Duration.between(newest.get().createdAt(), clock.instant()).compareTo(DAILY) < 0) {
            return Optional.empty();
        }
        return Optional.of(create(BackupInfo.DAILY, ""));
    }

    /** The guard every importer calls after validating: a backup of the data the import is about to change. */
    public ImportGuard importGuard() {
        return what -> create(BackupInfo.IMPORT, what);
    }
}
