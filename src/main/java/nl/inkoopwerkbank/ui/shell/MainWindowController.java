package nl.inkoopwerkbank.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.FirstPaint;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.UnsavedChanges;
import nl.inkoopwerkbank.ui.assessment.AssessmentSectionController;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;
import nl.inkoopwerkbank.ui.dashboard.DashboardController;
import nl.inkoopwerkbank.ui.policies.CompareController;
import nl.inkoopwerkbank.ui.policies.PoliciesController;
import nl.inkoopwerkbank.ui.providers.ProvidersListController;
import nl.inkoopwerkbank.ui.settings.SettingsController;

/**
 * The main window: navigation on the left, the chosen section in the middle, a status bar. Sections are
 * loaded the first time they are shown and kept, so an edit in progress survives switching sections.
 */
public final class MainWindowController implements Navigator {

    private final ViewLoader views;
    /** Asked for on the background worker or once the database is open (see {@link #databaseOpen()}). */
    private final Supplier<Settings> settings;
    private final Supplier<ProviderService> providers;
    private final Background background;
    private final Messages messages;
    private final StatusModel status;
    private final String databaseText;
    private final Consumer<SettingsController.Choice> onSettingsChanged;
    private final Dialogs dialogs;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.ToggleGroup navGroup;
    @FXML private StackPane content;
    @FXML private ToggleButton navDashboard;
    @FXML private ToggleButton navProviders;
    @FXML private ToggleButton navPolicies;
    @FXML private ToggleButton navCompare;
    @FXML private ToggleButton navAssessment;
    @FXML private ToggleButton navQuotes;
    @FXML private ToggleButton navCalendar;
    @FXML private Button settingsButton;
    @FXML private Label insurerLabel;
    @FXML private Label statusLabel;
    @FXML private Label databaseLabel;

    private List<Insurer> insurers = List.of();
    private ViewLoader.Loaded<DashboardController> dashboard;
    private ViewLoader.Loaded<ProvidersListController> providersView;
    private ViewLoader.Loaded<PoliciesController> policiesView;
    private ViewLoader.Loaded<CompareController> compareView;
    private ViewLoader.Loaded<AssessmentSectionController> assessmentView;
    private ViewLoader.Loaded<nl.inkoopwerkbank.ui.quotes.QuotesController> quotesView;
    private ViewLoader.Loaded<nl.inkoopwerkbank.ui.calendar.CalendarController> calendarView;

    /** True while the database is still being opened: a section chosen meanwhile waits in {@link #waiting}. */
    private boolean opening;
    private Runnable waiting;

    public MainWindowController(ViewLoader views, Supplier<Settings> settings, Supplier<ProviderService> providers,
                                Background background, StatusModel status, String databaseText,
                                Consumer<SettingsController.Choice> onSettingsChanged, Dialogs dialogs, boolean opening) {
        this.opening = opening;
        this.dialogs = dialogs;
        this.views = views;
        this.settings = settings;
        this.providers = providers;
        this.background = background;
        this.messages = views.messages();
        this.status = status;
        this.databaseText = databaseText;
        this.onSettingsChanged = onSettingsChanged;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(status.messageProperty());
        databaseLabel.setText(messages.get("status.database", databaseText));
        if (opening) {
            status.show(messages.get("status.opening"));
        }
        background.run(() -> java.util.Map.entry(providers.get().insurers(), settings.get().ownInsurerId()), loaded -> {
            insurers = loaded.getKey();
            insurers.stream().filter(i -> i.id().equals(loaded.getValue())).findFirst()
                    .ifPresent(i -> insurerLabel.setText(messages.get("nav.works-for", i.name())));
        }, e -> { });
        // a toggle group lets a click deselect; keep one section always chosen
        navDashboard.selectedProperty().addListener((o, a, b) -> keepSelected());
        navProviders.selectedProperty().addListener((o, a, b) -> keepSelected());
        navPolicies.selectedProperty().addListener((o, a, b) -> keepSelected());
        navCompare.selectedProperty().addListener((o, a, b) -> keepSelected());
        navAssessment.selectedProperty().addListener((o, a, b) -> keepSelected());
        navQuotes.selectedProperty().addListener((o, a, b) -> keepSelected());
        navCalendar.selectedProperty().addListener((o, a, b) -> keepSelected());
        // the window's first frame is the navigation; the start page loads right after it has been painted
        navDashboard.setSelected(true);
        FirstPaint.then(root, this::loadStartPage);
    }

    /**
     * Reads the start page's FXML on a thread of its own (nodes that are in no scene yet may be made on any
     * thread) and shows it, unless the buyer opened it or chose another section meanwhile. Reading it took
     * the FX thread 30-100 ms on a cold start.
     */
    private void loadStartPage() {
        java.util.concurrent.CompletableFuture<ViewLoader.Loaded<DashboardController>> page =
                new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                page.complete(views.load(View.DASHBOARD));
            } catch (RuntimeException | Error e) {
                page.completeExceptionally(e);
            }
        }, "inkoopwerkbank-start-page");
        reader.setDaemon(true);
        reader.start();
        page.whenComplete((loaded, failure) -> javafx.application.Platform.runLater(() -> {
            if (dashboard != null || !navDashboard.isSelected()) {
                return;
            }
            if (failure != null) {
                // read it here instead, where a failure shows as any other
                onDashboard();
                return;
            }
            dashboard = loaded;
            show(dashboard.root(), navDashboard);
        }));
    }

    /**
     * While the database is opening, keeps {@code choice} (the latest wins) for when it is open and says so
     * in the status bar; returns true then. The start page needs no database to show.
     */
    private boolean waitForDatabase(Runnable choice) {
        if (!opening) {
            return false;
        }
        waiting = choice;
        status.show(messages.get("status.opening"));
        return true;
    }

    /** The database is open: the section the buyer chose meanwhile, if any, opens now. */
    public void databaseOpen() {
        opening = false;
        status.show("");
        Runnable choice = waiting;
        waiting = null;
        if (choice != null) {
            choice.run();
        }
    }

    private void keepSelected() {
        if (navGroup.getSelectedToggle() == null) {
            // a click on the chosen section deselects it; select it again
            ToggleButton current = navDashboard;
            for (ToggleButton b : List.of(navProviders, navPolicies, navAssessment, navQuotes, navCalendar, navCompare)) {
                if (b.getUserData() instanceof Node n && content.getChildren().contains(n)) {
                    current = b;
                }
            }
            current.setSelected(true);
        }
    }

    @FXML
    private void onDashboard() {
        if (dashboard == null) {
            dashboard = views.load(View.DASHBOARD);
        } else {
            dashboard.controller().refresh();
        }
        show(dashboard.root(), navDashboard);
    }

    @FXML
    private void onProviders() {
        if (waitForDatabase(this::onProviders)) {
            return;
        }
        ensureProviders();
        show(providersView.root(), navProviders);
    }

    @FXML
    private void onPolicies() {
        if (waitForDatabase(this::onPolicies)) {
            return;
        }
        if (policiesView == null) {
            policiesView = views.load(View.POLICIES_BROWSER);
        }
        show(policiesView.root(), navPolicies);
    }

    private void ensureProviders() {
        if (providersView == null) {
            providersView = views.load(View.PROVIDERS_LIST);
        }
    }

    @FXML
    private void onCompare() {
        if (waitForDatabase(this::onCompare)) {
            return;
        }
        if (compareView == null) {
            compareView = views.load(View.POLICIES_COMPARE);
        }
        show(compareView.root(), navCompare);
    }

    @FXML
    private void onAssessment() {
        if (waitForDatabase(this::onAssessment)) {
            return;
        }
        ensureAssessment();
        show(assessmentView.root(), navAssessment);
    }

    @FXML
    private void onQuotes() {
        if (waitForDatabase(this::onQuotes)) {
            return;
        }
        if (quotesView == null) {
            quotesView = views.load(View.QUOTES_SECTION);
        } else {
            quotesView.controller().reload(null);
        }
        show(quotesView.root(), navQuotes);
    }

    @FXML
    private void onCalendar() {
        if (waitForDatabase(this::onCalendar)) {
            return;
        }
        if (calendarView == null) {
            calendarView = views.load(View.CALENDAR_SECTION);
        } else {
            calendarView.controller().reload(null);
        }
        show(calendarView.root(), navCalendar);
    }

    @Override
    public void showCalendarItem(String itemKey) {
        if (calendarView == null) {
            calendarView = views.load(View.CALENDAR_SECTION);
        }
        calendarView.controller().reload(itemKey);
        show(calendarView.root(), navCalendar);
    }

    @Override
    public void showProvider(nl.inkoopwerkbank.domain.provider.Provider p) {
        ensureProviders();
        providersView.controller().showProvider(p);
        onProviders();
    }

    @Override
    public void showQuote(long quoteId) {
        if (quotesView == null) {
            quotesView = views.load(View.QUOTES_SECTION);
        }
        quotesView.controller().reload(quoteId);
        show(quotesView.root(), navQuotes);
    }

    @Override
    public void showPolicy(String policyId) {
        if (policiesView == null) {
            policiesView = views.load(View.POLICIES_BROWSER);
        }
        policiesView.controller().showPolicy(policyId);
        show(policiesView.root(), navPolicies);
    }

    private void ensureAssessment() {
        if (assessmentView == null) {
            assessmentView = views.load(View.ASSESSMENT_SECTION);
        }
    }

    @Override
    public void showChecklist(nl.inkoopwerkbank.domain.provider.Provider p) {
        ensureAssessment();
        assessmentView.controller().openChecklist(p);
        onAssessment();
    }

    @Override
    public void showMatrix(nl.inkoopwerkbank.domain.provider.Provider p) {
        ensureAssessment();
        assessmentView.controller().openMatrix(p);
        onAssessment();
    }

    private void show(Node section, ToggleButton nav) {
        nav.setUserData(section);
        content.getChildren().setAll(section);
        nav.setSelected(true);
    }

    @Override
    public void showProviders() {
        ensureProviders();
        providersView.controller().showContractFilter(null, null);
        onProviders();
    }

    @Override
    public void showProvidersByContract(String insurerId, ContractStatus status) {
        ensureProviders();
        providersView.controller().showContractFilter(insurerId, status);
        onProviders();
    }

    @Override
    public void showProvidersOfType(ProviderType type) {
        ensureProviders();
        providersView.controller().showType(type);
        onProviders();
    }

    /**
     * Runs {@code proceed} (closing the window, rebuilding the screens) once no section holds unsaved
     * changes: every loaded section is asked in turn, and for each edit that is not stored the section is
     * shown and the buyer asked "Opslaan / Niet opslaan / Annuleren". Annuleren, or a refused save, stops
     * there: the buyer stays at that edit and {@code proceed} does not run.
     */
    public void whenSafeToLeave(Runnable proceed) {
        whenSafeToLeave(proceed, () -> { });
    }

    /** As {@link #whenSafeToLeave(Runnable)}; {@code stayed} runs when the buyer chose to stay. */
    public void whenSafeToLeave(Runnable proceed, Runnable stayed) {
        List<Edit> edits = new java.util.ArrayList<>();
        if (providersView != null) {
            edits.add(new Edit(providersView.controller().unsavedChanges(), this::onProviders));
        }
        if (quotesView != null) {
            for (UnsavedChanges u : quotesView.controller().unsavedChanges()) {
                edits.add(new Edit(u, () -> show(quotesView.root(), navQuotes)));
            }
        }
        if (assessmentView != null) {
            for (UnsavedChanges u : assessmentView.controller().unsavedChanges()) {
                edits.add(new Edit(u, () -> {
                    show(assessmentView.root(), navAssessment);
                    assessmentView.controller().showChecklistTab();
                }));
            }
        }
        // the policies and the calendar hold edits only in their modal editor dialogs, which ask themselves
        // (and while one is open the main window cannot be closed or the settings opened)
        ask(edits, 0, proceed, stayed);
    }

    /** One edit a section may hold, and how to bring it on screen before asking about it. */
    private record Edit(UnsavedChanges form, Runnable show) {
    }

    private void ask(List<Edit> edits, int i, Runnable proceed, Runnable stayed) {
        if (i == edits.size()) {
            proceed.run();
            return;
        }
        Edit e = edits.get(i);
        e.form().commitPending();
        if (e.form().hasUnsavedChanges()) {
            e.show().run();
        }
        dialogs.whenSafeToLeave(e.form(), () -> ask(edits, i + 1, proceed, stayed), stayed);
    }

    @Override
    public void showSummary(nl.inkoopwerkbank.domain.provider.Provider provider) {
        ViewLoader.Loaded<nl.inkoopwerkbank.ui.export.SummaryPreviewController> d = views.load(View.EXPORT_SUMMARY_PREVIEW);
        d.controller().show(provider, owner());
    }

    @Override
    public void showBatchExport(nl.inkoopwerkbank.domain.policy.Policy policy,
                                nl.inkoopwerkbank.domain.policy.ContractType contract,
                                java.util.Collection<nl.inkoopwerkbank.domain.provider.Provider> tick) {
        ViewLoader.Loaded<nl.inkoopwerkbank.ui.export.BatchExportController> d = views.load(View.EXPORT_BATCH_DIALOG);
        d.controller().show(policy, contract, tick, owner());
    }

    @Override
    public void showPortfolioExport() {
        ViewLoader.Loaded<nl.inkoopwerkbank.ui.export.PortfolioExportController> d = views.load(View.EXPORT_PORTFOLIO_DIALOG);
        d.controller().show(owner());
    }

    @FXML
    private void onExportSummaries() {
        if (waitForDatabase(this::onExportSummaries)) {
            return;
        }
        showBatchExport(null, null, null);
    }

    @FXML
    private void onExportPortfolio() {
        if (waitForDatabase(this::onExportPortfolio)) {
            return;
        }
        showPortfolioExport();
    }

    private javafx.stage.Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void onBackups() {
        if (waitForDatabase(this::onBackups)) {
            return;
        }
        ViewLoader.Loaded<nl.inkoopwerkbank.ui.backup.BackupsController> d = views.load(View.BACKUPS_DIALOG);
        d.controller().show(owner());
    }

    /** Shows a message in the status bar (e.g. that the daily backup was made). */
    public void showStatus(String text) {
        status.show(text);
    }

    @FXML
    private void onSettings() {
        if (waitForDatabase(this::onSettings)) {
            return;
        }
        ViewLoader.Loaded<SettingsController> loaded = views.load(View.SETTINGS_DIALOG);
        SettingsController form = loaded.controller();
        form.setInsurers(insurers);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("settings.title"));
        dialog.setDialogPane(form.root());
        ButtonType save = new ButtonType(messages.get("common.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId("settingsSave");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        form.markUnchanged();
        dialogs.askBeforeClosing(dialog, save, form::changed, () -> messages.get("unsaved.subject.settings"));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == save) {
            SettingsController.Choice choice = form.choice();
            if (rebuildsScreens(choice)) {
                // another language or insurer builds the screens again: nothing unsaved may be lost
                whenSafeToLeave(() -> onSettingsChanged.accept(choice), () -> status.show(messages.get("settings.not-applied")));
            } else {
                onSettingsChanged.accept(choice);
            }
        }
    }

    /** Whether applying the choice builds the screens again (App does so for another language or insurer). */
    private boolean rebuildsScreens(SettingsController.Choice choice) {
        return !choice.language().getLanguage().equals(settings.get().language().getLanguage())
                || !choice.insurerId().equals(settings.get().ownInsurerId());
    }

    public BorderPane root() {
        return root;
    }

    /** The providers section's controller, loading it if needed. */
    public ProvidersListController providersController() {
        ensureProviders();
        return providersView.controller();
    }
}
