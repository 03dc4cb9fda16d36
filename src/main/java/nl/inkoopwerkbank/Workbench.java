package nl.inkoopwerkbank;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import nl.inkoopwerkbank.service.AssessmentService;
import nl.inkoopwerkbank.service.AuditService;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.service.ImportGuard;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.QuoteService;
import nl.inkoopwerkbank.service.SampleData;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.service.BackupService;
import nl.inkoopwerkbank.store.BackupStore;
import nl.inkoopwerkbank.store.Database;
import nl.inkoopwerkbank.store.DatabaseKey;
import nl.inkoopwerkbank.store.Encryption;
import nl.inkoopwerkbank.store.H2BackupRepository;
import nl.inkoopwerkbank.store.JdbiAuditLog;
import nl.inkoopwerkbank.store.JdbiCalendarRepository;
import nl.inkoopwerkbank.store.JdbiFactRepository;
import nl.inkoopwerkbank.store.JdbiPolicyRepository;
import nl.inkoopwerkbank.store.JdbiProviderRepository;
import nl.inkoopwerkbank.store.JdbiQuoteRepository;
import nl.inkoopwerkbank.store.JdbiSettingsStore;

/**
 * The composition root: opens the database and wires the services that the screens and the command line
 * share. The only place that knows every layer.
 */
public final class Workbench implements AutoCloseable {

    private final Database database;
    private final ProviderService providers;
    private final Settings settings;
    private final PolicyService policies;
    private final AssessmentService assessments;
    private final QuoteService quotes;
    private final CalendarService calendar;
    private final ExportService exports;
    private final BackupService backups;
    private final AuditService audit;

    private Workbench(Database database, Clock clock) {
        this.database = database;
        this.settings = new Settings(new JdbiSettingsStore(database.jdbi()));
        // every change is recorded in the audit trail: who from the settings (else the OS user), when from the clock
        Supplier<String> actor = settings::userName;
        this.providers = new ProviderService(new JdbiProviderRepository(database.jdbi(), actor, clock));
        this.policies = new PolicyService(new JdbiPolicyRepository(database.jdbi(), actor, clock), providers);
        this.assessments = new AssessmentService(new JdbiFactRepository(database.jdbi(), actor, clock), policies, providers,
                settings, clock);
        this.quotes = new QuoteService(new JdbiQuoteRepository(database.jdbi(), actor, clock), providers, assessments, settings,
                clock);
        this.calendar = new CalendarService(new JdbiCalendarRepository(database.jdbi()), policies, providers, quotes,
                settings, clock);
        this.exports = new ExportService(providers, policies, assessments, quotes, calendar, settings, clock);
        this.backups = new BackupService(new H2BackupRepository(database, clock), settings, clock);
        this.audit = new AuditService(new JdbiAuditLog(database.jdbi()), providers, policies, assessments::catalog,
                clock.getZone());
    }

    /** Every importer makes the automatic backup after validating and before storing. */
    private Workbench guardImports() {
        ImportGuard guard = backups.importGuard();
        providers.setImportGuard(guard);
        policies.setImportGuard(guard);
        assessments.setImportGuard(guard);
        quotes.setImportGuard(guard);
        return this;
    }

    /**
     * Opens (or on first start creates) the database at {@code basePath}; a new database gets the sample
     * data when {@code sampleData} is true.
     */
    public static Workbench open(Path basePath, boolean sampleData) {
        return open(basePath, sampleData, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path, boolean)}, with the clock that says what day it is (tests fix it). */
    public static Workbench open(Path basePath, boolean sampleData, Clock clock) {
        return open(basePath, sampleData, clock, null);
    }

    /**
     * As {@link #open(Path, boolean, Clock)} for a database that may be encrypted: {@code passphrase}
     * opens it (and encrypts a new one); null for a database without encryption.
     */
    public static Workbench open(Path basePath, boolean sampleData, Clock clock, char[] passphrase) {
        // a first start fills the new database with the sample data before it is put in place
        Database db = Database.open(basePath, true, passphrase, fresh -> {
            Workbench filling = new Workbench(fresh, clock);
            filling.loadSampleDataOnce(sampleData);
        });
        Workbench wb = new Workbench(db, clock).guardImports();
        try {
            wb.loadSampleDataOnce(sampleData);
        } catch (RuntimeException e) {
            wb.close();
            throw e;
        }
        return wb;
    }

    /**
     * A database gets the sample data once: on its first start, while it holds no providers. A crash
     * during that load leaves an empty database (the load is one transaction), so the next start loads
     * it again; a buyer who later deletes every provider does not get the samples back.
     */
    private void loadSampleDataOnce(boolean wanted) {
        // the published policies are reference data, not samples: an empty library always gets them
        if (policies.isEmpty()) {
            policies.loadBundled();
        }
        if (settings.sampleDataSeen()) {
            return;
        }
        if (wanted && providers.count() == 0) {
            SampleData.load(providers);
            SampleData.loadFacts(assessments, providers);
            SampleData.loadQuotes(quotes, providers);
            SampleData.loadCalendar(calendar);
        }
        settings.markSampleDataSeen();
        database.checkpoint();
    }

    public Database database() {
        return database;
    }

    public ProviderService providers() {
        return providers;
    }

    public PolicyService policies() {
        return policies;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public QuoteService quotes() {
        return quotes;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public ExportService exports() {
        return exports;
    }

    public BackupService backups() {
        return backups;
    }

    /** True when a database file exists at {@code basePath} and is encrypted (it needs a passphrase). */
    public static boolean isEncrypted(Path basePath) {
        return Database.isEncrypted(basePath);
    }

    /** True when a database file exists at {@code basePath}. */
    public static boolean exists(Path basePath) {
        return Database.exists(basePath);
    }

    /** The backups of the (possibly unopenable) database at {@code basePath}, newest first. */
    public static List<BackupInfo> backupsOf(Path basePath) {
        return BackupStore.forDatabase(basePath).list();
    }

    /** Where the backups of the database at {@code basePath} are kept. */
    public static Path backupFolder(Path basePath) {
        return BackupStore.forDatabase(basePath).folder();
    }

    /**
     * Puts backup {@code backupId} in place of the closed (or unopenable) database at {@code basePath}; the
     * replaced file is first kept as a backup, whose contents are unknown. Returns that backup, if any.
     */
    public static Optional<BackupInfo> restoreBackup(Path basePath, String backupId) {
        return BackupStore.forDatabase(basePath).restore(backupId, "", java.util.Map.of());
    }

    /**
     * Closes this workbench and puts backup {@code backupId} in place of its database; the current data is
     * first kept as a backup (with what it holds). The caller opens the database again.
     */
    public Optional<BackupInfo> closeAndRestore(String backupId) {
        java.util.Map<String, Long> counts = BackupStore.countsOf(database);
        String version = database.schemaVersion();
        Path base = database.basePath();
        close();
        return BackupStore.forDatabase(base).restore(backupId, version, counts);
    }

    /** Encrypts (or gives a new passphrase to) the closed database at {@code basePath}; a backup is made first. */
    public static void encrypt(Path basePath, char[] currentPassphrase, char[] newPassphrase) {
        Encryption.encrypt(basePath, currentPassphrase, newPassphrase, DatabaseKey.DEFAULT_ITERATIONS);
    }

    /** Removes the encryption of the closed database at {@code basePath}; a backup is made first. */
    public static void decrypt(Path basePath, char[] currentPassphrase) {
        Encryption.decrypt(basePath, currentPassphrase);
    }

    /** The audit trail: the history of a provider, its checklist answers, a policy or a quote. */
    public AuditService audit() {
        return audit;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        database.close();
    }
}
