package nl.inkoopwerkbank;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import nl.inkoopwerkbank.service.AssessmentService;
import nl.inkoopwerkbank.service.AuditService;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.QuoteService;
import nl.inkoopwerkbank.service.SampleData;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.store.Database;
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
        this.audit = new AuditService(new JdbiAuditLog(database.jdbi()), providers, policies, assessments::catalog,
                clock.getZone());
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
        Database db = Database.open(basePath, true);
        Workbench wb = new Workbench(db, clock);
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
