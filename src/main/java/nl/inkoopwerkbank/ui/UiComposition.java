package nl.inkoopwerkbank.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Scene;

import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AssessmentService;
import nl.inkoopwerkbank.service.AuditService;
import nl.inkoopwerkbank.ui.audit.AuditHistory;
import nl.inkoopwerkbank.ui.audit.AuditHistoryController;
import nl.inkoopwerkbank.ui.audit.AuditHistoryViewModel;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.service.BackupService;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.ui.backup.BackupListController;
import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.ui.backup.BackupsController;
import nl.inkoopwerkbank.ui.backup.BackupsViewModel;
import nl.inkoopwerkbank.ui.backup.DataActions;
import nl.inkoopwerkbank.ui.backup.DataInfo;
import nl.inkoopwerkbank.ui.backup.DataRequest;
import nl.inkoopwerkbank.ui.backup.EncryptionController;
import nl.inkoopwerkbank.ui.export.BatchExportController;
import nl.inkoopwerkbank.ui.export.BatchExportViewModel;
import nl.inkoopwerkbank.ui.export.PortfolioExportController;
import nl.inkoopwerkbank.ui.export.PortfolioExportViewModel;
import nl.inkoopwerkbank.ui.export.SummaryPreviewController;
import nl.inkoopwerkbank.ui.export.SummaryPreviewViewModel;
import nl.inkoopwerkbank.ui.calendar.CalendarController;
import nl.inkoopwerkbank.ui.calendar.CalendarDoneController;
import nl.inkoopwerkbank.ui.calendar.CalendarItemController;
import nl.inkoopwerkbank.ui.calendar.CalendarTermController;
import nl.inkoopwerkbank.ui.calendar.CalendarViewModel;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.assessment.AssessmentContext;
import nl.inkoopwerkbank.ui.assessment.AssessmentSectionController;
import nl.inkoopwerkbank.service.AssessmentTexts;
import nl.inkoopwerkbank.ui.assessment.ExplanationController;
import nl.inkoopwerkbank.ui.assessment.HistoryController;
import nl.inkoopwerkbank.ui.assessment.MatrixController;
import nl.inkoopwerkbank.ui.assessment.PortfolioController;
import nl.inkoopwerkbank.ui.assessment.PortfolioViewModel;
import nl.inkoopwerkbank.ui.assessment.WizardController;
import nl.inkoopwerkbank.ui.assessment.WizardViewModel;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.QuoteService;
import nl.inkoopwerkbank.ui.quotes.QuoteChecksController;
import nl.inkoopwerkbank.ui.quotes.QuoteCompareController;
import nl.inkoopwerkbank.ui.quotes.QuoteContext;
import nl.inkoopwerkbank.ui.quotes.QuoteImportController;
import nl.inkoopwerkbank.ui.quotes.QuoteRoundController;
import nl.inkoopwerkbank.ui.quotes.QuotesController;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;
import nl.inkoopwerkbank.ui.dashboard.DashboardController;
import nl.inkoopwerkbank.ui.policies.CompareController;
import nl.inkoopwerkbank.ui.policies.ContractEditorController;
import nl.inkoopwerkbank.ui.policies.DeadlineEditorController;
import nl.inkoopwerkbank.ui.policies.PoliciesController;
import nl.inkoopwerkbank.ui.policies.PoliciesViewModel;
import nl.inkoopwerkbank.ui.policies.RequirementEditorController;
import nl.inkoopwerkbank.ui.providers.ProviderFormController;
import nl.inkoopwerkbank.ui.providers.ProviderFormViewModel;
import nl.inkoopwerkbank.ui.providers.ProviderImportController;
import nl.inkoopwerkbank.ui.providers.ProviderImportViewModel;
import nl.inkoopwerkbank.ui.providers.ProvidersListController;
import nl.inkoopwerkbank.ui.providers.ProvidersViewModel;
import nl.inkoopwerkbank.ui.settings.SettingsController;
import nl.inkoopwerkbank.ui.shell.MainWindowController;

/**
 * Wires the screens: which controller gets which services. Used by the application and by the UI tests,
 * so both run the same screens.
 */
public final class UiComposition {

    /** Stylesheets in their fixed order: tokens first, then the areas. */
    public static final List<String> STYLESHEETS = List.of(
            "/styles/tokens.css", "/styles/app.css", "/styles/dashboard.css", "/styles/providers.css",
            "/styles/policies.css", "/styles/assessment.css", "/styles/quotes.css", "/styles/calendar.css",
            "/styles/export.css", "/styles/backup.css", "/styles/audit.css");

    private final MainWindowController main;

    private UiComposition(MainWindowController main) {
        this.main = main;
    }

    /** The services the screens use; all of them come from one open database. */
    public record Services(ProviderService providers, PolicyService policies, AssessmentService assessments,
                           QuoteService quotes, CalendarService calendar, ExportService exports, AuditService audit,
                           Settings settings, BackupService backups) {
    }

    public static UiComposition build(ProviderService providers, PolicyService policies, AssessmentService assessments,
                                      QuoteService quotes, CalendarService calendar, ExportService exports,
                                      AuditService audit, Settings settings,
                                      Background background,
                                      Messages messages, Dialogs dialogs, String databaseText,
                                      Consumer<SettingsController.Choice> onSettingsChanged,
                                      BackupService backups, DataActions data) {
        Services services = new Services(providers, policies, assessments, quotes, calendar, exports, audit, settings,
                backups);
        return build(() -> services, false, background, messages, dialogs, databaseText, onSettingsChanged, data);
    }

    /**
     * Builds the main window and its start page. {@code services} is only asked for where the database is
     * used: on the background worker, or once the buyer opens a section. With {@code opening} true the
     * database is still being opened: the window shows, and a section the buyer chooses meanwhile opens once
     * {@link MainWindowController#databaseOpen()} is called (asking {@code services} before then waits for
     * the database).
     */
    public static UiComposition build(Supplier<Services> services, boolean opening, Background background,
                                      Messages messages, Dialogs dialogs, String databaseText,
                                      Consumer<SettingsController.Choice> onSettingsChanged, DataActions data) {
        Supplier<ProviderService> providers = () -> services.get().providers();
        Supplier<Settings> settings = () -> services.get().settings();
        ViewLoader views = new ViewLoader(messages);
        StatusModel status = new StatusModel();
        // the providers list and form share their view models, made when the first of them is loaded
        Supplier<ProvidersViewModel> listVm = memo(() -> new ProvidersViewModel(providers.get(), background, messages));
        Supplier<ProviderFormViewModel> formVm = memo(() -> new ProviderFormViewModel(providers.get(), background,
                messages));
        MainWindowController[] mainRef = new MainWindowController[1];
        AssessmentContext context = new AssessmentContext();
        QuoteContext quoteContext = new QuoteContext();
        BackupTexts backupTexts = new BackupTexts(messages);
        AuditHistory history = new AuditHistory(views);
        // the main window is the navigator; the dashboard it loads in initialize() needs it already
        views.register(MainWindowController.class, () -> mainRef[0] = new MainWindowController(views, settings, providers,
                        background, status, databaseText, onSettingsChanged, dialogs, opening))
                .register(DashboardController.class, () -> new DashboardController(providers, () -> services.get().calendar(),
                        settings, background, messages, mainRef[0]))
                .register(ProvidersListController.class, () -> {
                    ProvidersListController c = new ProvidersListController(listVm.get(), formVm.get(), services.get().providers(), background, messages,
                            dialogs);
                    c.setNavigator(mainRef[0]);
                    c.setImportDialog(() -> views.load(View.PROVIDERS_IMPORT));
                    return c;
                })
                .register(ProviderImportController.class, () -> new ProviderImportController(
                        new ProviderImportViewModel(services.get().providers(), background, messages), messages, stylesheetUrls()))
                .register(ProviderFormController.class, () -> {
                    ProviderFormController c = new ProviderFormController(formVm.get(), listVm.get(), messages, dialogs, status);
                    c.setHistory(history);
                    return c;
                })
                .register(PoliciesController.class, () -> {
                    PoliciesController c = new PoliciesController(new PoliciesViewModel(services.get().policies(), background, messages),
                            messages, services.get().policies(), dialogs, views, status, background);
                    c.setHistory(history);
                    return c;
                })
                .register(RequirementEditorController.class, () -> new RequirementEditorController(services.get().policies(), messages))
                .register(DeadlineEditorController.class, () -> new DeadlineEditorController(services.get().policies(), messages))
                .register(ContractEditorController.class, () -> new ContractEditorController(services.get().policies(), messages))
                .register(CompareController.class, () -> new CompareController(services.get().policies(), background, messages))
                .register(AssessmentSectionController.class, () -> new AssessmentSectionController(views, messages, context))
                .register(WizardController.class, () -> {
                    WizardController c = new WizardController(new WizardViewModel(services.get().assessments(), services.get().providers(), background,
                            messages, context), messages, views, dialogs, background, status);
                    c.setHistory(history);
                    return c;
                })
                .register(ExplanationController.class, () -> new ExplanationController(messages,
                        () -> new AssessmentTexts(messages, services.get().assessments().catalog())))
                .register(MatrixController.class, () -> new MatrixController(services.get().assessments(), services.get().providers(), background, messages,
                        views, dialogs, status, context))
                .register(PortfolioController.class, () -> {
                    PortfolioController c = new PortfolioController(new PortfolioViewModel(services.get().assessments(), background,
                            messages), messages, views);
                    c.setNavigator(mainRef[0]);
                    return c;
                })
                .register(HistoryController.class, () -> new HistoryController(services.get().assessments(), services.get().providers(), background, messages,
                        dialogs, status, context))
                .register(QuotesController.class, () -> {
                    QuotesController c = new QuotesController(services.get().quotes(), services.get().providers(), services.get().settings(), views, messages, dialogs,
                            background, status, quoteContext);
                    c.setExports(services.get().exports());
                    c.setHistory(history);
                    return c;
                })
                .register(QuoteRoundController.class, () -> new QuoteRoundController(services.get().quotes(), quoteContext, messages, dialogs,
                        background, status, views))
                .register(QuoteImportController.class, () -> new QuoteImportController(services.get().quotes(), background, messages))
                .register(QuoteChecksController.class, () -> new QuoteChecksController(services.get().quotes(), quoteContext, messages,
                        background, dialogs, status, () -> new AssessmentTexts(messages, services.get().assessments().catalog())))
                .register(QuoteCompareController.class, () -> new QuoteCompareController(quoteContext, messages))
                .register(CalendarController.class, () -> {
                    CalendarController c = new CalendarController(new CalendarViewModel(services.get().calendar(), services.get().policies(), services.get().providers(),
                            background, messages), messages, dialogs, views, status);
                    c.setNavigator(mainRef[0]);
                    return c;
                })
                .register(CalendarDoneController.class, () -> new CalendarDoneController(messages))
                .register(CalendarItemController.class, () -> new CalendarItemController(messages))
                .register(CalendarTermController.class, () -> new CalendarTermController(messages))
                .register(SummaryPreviewController.class, () -> new SummaryPreviewController(
                        new SummaryPreviewViewModel(services.get().exports(), background, messages), messages, dialogs, background, stylesheetUrls()))
                .register(BatchExportController.class, () -> new BatchExportController(
                        new BatchExportViewModel(services.get().exports(), background, messages), messages, dialogs, stylesheetUrls()))
                .register(PortfolioExportController.class, () -> new PortfolioExportController(
                        new PortfolioExportViewModel(services.get().exports(), background, messages), messages, dialogs, stylesheetUrls()))
                .register(SettingsController.class, () -> new SettingsController(services.get().settings(), messages,
                        databaseText))
                .register(BackupsController.class, () -> new BackupsController(new BackupsViewModel(services.get().backups(), services.get().settings(),
                        background, backupTexts), safeToLeave(data, mainRef), views, dialogs, stylesheetUrls()))
                .register(BackupListController.class, () -> new BackupListController(backupTexts))
                .register(EncryptionController.class, () -> new EncryptionController(messages))
                .register(AuditHistoryController.class, () -> new AuditHistoryController(
                        new AuditHistoryViewModel(services.get().audit(), background, messages), messages, stylesheetUrls()));
        ViewLoader.Loaded<MainWindowController> loaded = views.load(View.MAIN_WINDOW);
        return new UiComposition(loaded.controller());
    }

    /** A value made on first use and kept. */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) {
                made[0] = make.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) made[0];
            return t;
        };
    }

    /** The application's data actions, run once no section holds unsaved changes (asking the buyer if one does). */
    private static DataActions safeToLeave(DataActions data, MainWindowController[] main) {
        return new DataActions() {
            @Override
            public DataInfo info() {
                return data.info();
            }

            @Override
            public boolean isCurrentPassphrase(char[] passphrase) {
                return data.isCurrentPassphrase(passphrase);
            }

            @Override
            public void perform(DataRequest request) {
                main[0].whenSafeToLeave(() -> data.perform(request));
            }
        };
    }

    /** The stylesheets as URLs, for dialogs that have their own scene. */
    public static List<String> stylesheetUrls() {
        return STYLESHEETS.stream().map(s -> UiComposition.class.getResource(s).toExternalForm()).toList();
    }

    public MainWindowController main() {
        return main;
    }

    /** A scene for the main window with the stylesheets applied. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(main.root(), width, height);
        for (String s : STYLESHEETS) {
            scene.getStylesheets().add(UiComposition.class.getResource(s).toExternalForm());
        }
        return scene;
    }
}
