package nl.inkoopwerkbank.ui;

import java.util.List;
import java.util.function.Consumer;

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

    public static UiComposition build(ProviderService providers, PolicyService policies, AssessmentService assessments,
                                      QuoteService quotes, CalendarService calendar, ExportService exports,
                                      AuditService audit, Settings settings,
                                      Background background,
                                      Messages messages, Dialogs dialogs, String databaseText,
                                      Consumer<SettingsController.Choice> onSettingsChanged,
                                      BackupService backups, DataActions data) {
        ViewLoader views = new ViewLoader(messages);
        StatusModel status = new StatusModel();
        ProvidersViewModel listVm = new ProvidersViewModel(providers, background, messages);
        ProviderFormViewModel formVm = new ProviderFormViewModel(providers, background, messages);
        MainWindowController[] mainRef = new MainWindowController[1];
        AssessmentContext context = new AssessmentContext();
        QuoteContext quoteContext = new QuoteContext();
        BackupTexts backupTexts = new BackupTexts(messages);
        AuditHistory history = new AuditHistory(views);
        // the main window is the navigator; the dashboard it loads in initialize() needs it already
        views.register(MainWindowController.class, () -> mainRef[0] = new MainWindowController(views, settings, providers,
                        background, status, databaseText, onSettingsChanged, dialogs))
                .register(DashboardController.class, () -> new DashboardController(providers, calendar, settings, background,
                        messages, mainRef[0]))
                .register(ProvidersListController.class, () -> {
                    ProvidersListController c = new ProvidersListController(listVm, formVm, providers, background, messages,
                            dialogs);
                    c.setNavigator(mainRef[0]);
                    c.setImportDialog(() -> views.load(View.PROVIDERS_IMPORT));
                    return c;
                })
                .register(ProviderImportController.class, () -> new ProviderImportController(
                        new ProviderImportViewModel(providers, background, messages), messages, stylesheetUrls()))
                .register(ProviderFormController.class, () -> {
                    ProviderFormController c = new ProviderFormController(formVm, listVm, messages, dialogs, status);
                    c.setHistory(history);
                    return c;
                })
                .register(PoliciesController.class, () -> {
                    PoliciesController c = new PoliciesController(new PoliciesViewModel(policies, background, messages),
                            messages, policies, dialogs, views, status, background);
                    c.setHistory(history);
                    return c;
                })
                .register(RequirementEditorController.class, () -> new RequirementEditorController(policies, messages))
                .register(DeadlineEditorController.class, () -> new DeadlineEditorController(policies, messages))
                .register(ContractEditorController.class, () -> new ContractEditorController(policies, messages))
                .register(CompareController.class, () -> new CompareController(policies, background, messages))
                .register(AssessmentSectionController.class, () -> new AssessmentSectionController(views, messages, context))
                .register(WizardController.class, () -> {
                    WizardController c = new WizardController(new WizardViewModel(assessments, providers, background,
                            messages, context), messages, views, dialogs, background, status);
                    c.setHistory(history);
                    return c;
                })
                .register(ExplanationController.class, () -> new ExplanationController(messages,
                        () -> new AssessmentTexts(messages, assessments.catalog())))
                .register(MatrixController.class, () -> new MatrixController(assessments, providers, background, messages,
                        views, dialogs, status, context))
                .register(PortfolioController.class, () -> {
                    PortfolioController c = new PortfolioController(new PortfolioViewModel(assessments, background,
                            messages), messages, views);
                    c.setNavigator(mainRef[0]);
                    return c;
                })
                .register(HistoryController.class, () -> new HistoryController(assessments, providers, background, messages,
                        dialogs, status, context))
                .register(QuotesController.class, () -> {
                    QuotesController c = new QuotesController(quotes, providers, settings, views, messages, dialogs,
                            background, status, quoteContext);
                    c.setExports(exports);
                    c.setHistory(history);
                    return c;
                })
                .register(QuoteRoundController.class, () -> new QuoteRoundController(quotes, quoteContext, messages, dialogs,
                        background, status, views))
                .register(QuoteImportController.class, () -> new QuoteImportController(quotes, background, messages))
                .register(QuoteChecksController.class, () -> new QuoteChecksController(quotes, quoteContext, messages,
                        background, dialogs, status, () -> new AssessmentTexts(messages, assessments.catalog())))
                .register(QuoteCompareController.class, () -> new QuoteCompareController(quoteContext, messages))
                .register(CalendarController.class, () -> {
                    CalendarController c = new CalendarController(new CalendarViewModel(calendar, policies, providers,
                            background, messages), messages, dialogs, views, status);
                    c.setNavigator(mainRef[0]);
                    return c;
                })
                .register(CalendarDoneController.class, () -> new CalendarDoneController(messages))
                .register(CalendarItemController.class, () -> new CalendarItemController(messages))
                .register(CalendarTermController.class, () -> new CalendarTermController(messages))
                .register(SummaryPreviewController.class, () -> new SummaryPreviewController(
                        new SummaryPreviewViewModel(exports, background, messages), messages, dialogs, background, stylesheetUrls()))
                .register(BatchExportController.class, () -> new BatchExportController(
                        new BatchExportViewModel(exports, background, messages), messages, dialogs, stylesheetUrls()))
                .register(PortfolioExportController.class, () -> new PortfolioExportController(
                        new PortfolioExportViewModel(exports, background, messages), messages, dialogs, stylesheetUrls()))
                .register(SettingsController.class, () -> new SettingsController(settings, messages,
                        databaseText))
                .register(BackupsController.class, () -> new BackupsController(new BackupsViewModel(backups, settings,
                        background, backupTexts), safeToLeave(data, mainRef), views, dialogs, stylesheetUrls()))
                .register(BackupListController.class, () -> new BackupListController(backupTexts))
                .register(EncryptionController.class, () -> new EncryptionController(messages))
                .register(AuditHistoryController.class, () -> new AuditHistoryController(
                        new AuditHistoryViewModel(audit, background, messages), messages, stylesheetUrls()));
        ViewLoader.Loaded<MainWindowController> loaded = views.load(View.MAIN_WINDOW);
        return new UiComposition(loaded.controller());
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
