package nl.inkoopwerkbank.ui.quotes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.QuoteService;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.service.ValidationException;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/**
 * The Offertes section: the list of quotes, a new quote, the rounds of the open quote (new round,
 * agreed mark, note) and the three tabs that show a round, its checks and a comparison.
 */
public final class QuotesController {

    private final QuoteService service;
    private final ProviderService providers;
    private final Settings settings;
    private final ViewLoader views;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Background background;
    private final StatusModel status;
    private final QuoteContext context;
    private final QuoteTexts texts;
    private Map<String, String> insurerNames = Map.of();
    private Map<String, String> insurerShort = Map.of();
    private boolean selecting;

    @FXML private BorderPane root;
    @FXML private Button newButton;
    @FXML private Button importFileButton;
    @FXML private Button exportFileButton;
    @FXML private Button tariffsExcelButton;
    private nl.inkoopwerkbank.service.ExportService exports;
    @FXML private VBox newPanel;
    @FXML private SearchableComboBox<Provider> igoBox;
    @FXML private TextField yearField;
    @FXML private ComboBox<Insurer> insurerBox;
    @FXML private Label newError;
    @FXML private Button createButton;
    @FXML private TableView<Quote> quotesTable;
    @FXML private TableColumn<Quote, String> igoColumn;
    @FXML private TableColumn<Quote, String> yearColumn;
    @FXML private TableColumn<Quote, String> insurerColumn;
    @FXML private TableColumn<Quote, String> stateColumn;
    @FXML private Label noQuoteLabel;
    @FXML private VBox detail;
    @FXML private Label quoteTitle;
    @FXML private Button quoteHistoryButton;
    private nl.inkoopwerkbank.ui.audit.AuditHistory history;
    @FXML private Label quoteSubtitle;
    @FXML private ComboBox<Policy> policyBox;
    @FXML private FlowPane roundsPane;
    @FXML private Button newRoundButton;
    @FXML private Button agreeButton;
    @FXML private Button noteButton;
    @FXML private TabPane tabs;
    @FXML private Label noRoundLabel;
    @FXML private Tab roundTab;
    @FXML private Tab checksTab;
    @FXML private Tab compareTab;

    private ViewLoader.Loaded<QuoteRoundController> roundView;
    private ViewLoader.Loaded<QuoteChecksController> checksView;
    private ViewLoader.Loaded<QuoteCompareController> compareView;

    public QuotesController(QuoteService service, ProviderService providers, Settings settings, ViewLoader views,
                            Messages messages, Dialogs dialogs, Background background, StatusModel status,
                            QuoteContext context) {
        this.service = service;
        this.providers = providers;
        this.settings = settings;
        this.views = views;
        this.messages = messages;
        this.dialogs = dialogs;
        this.background = background;
        this.status = status;
        this.context = context;
        this.texts = new QuoteTexts(messages);
    }

    @FXML
    private void initialize() {
        roundView = views.load(View.QUOTE_ROUND);
        roundTab.setContent(roundView.root());
        checksView = views.load(View.QUOTE_CHECKS);
        checksTab.setContent(checksView.root());
        compareView = views.load(View.QUOTE_COMPARE);
        compareTab.setContent(compareView.root());

        igoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().igoName()));
        yearColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().contractYear())));
        insurerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(insurerShort.getOrDefault(c.getValue().insurerId(), c.getValue().insurerId())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(state(c.getValue())));
        quotesTable.getSelectionModel().selectedItemProperty().addListener((o, a, q) -> {
            if (!selecting) {
                open(q);
            }
        });

        igoBox.setConverter(Converters.showing(p -> p == null ? "" : p.name() + " (" + p.agbCode() + ")"));
        insurerBox.setConverter(Converters.showing(i -> i == null ? "" : i.name()));
        insurerBox.setCellFactory(l -> Converters.cell(i -> i == null ? "" : i.name()));
        insurerBox.setButtonCell(Converters.cell(i -> i == null ? "" : i.name()));
        policyBox.setConverter(Converters.showing(QuoteTexts::policy));
        policyBox.setCellFactory(l -> Converters.cell(QuoteTexts::policy));
        policyBox.setButtonCell(Converters.cell(QuoteTexts::policy));
        policyBox.valueProperty().addListener((o, a, p) -> context.policy.set(p));
        showNewPanel(false);

        context.quote.addListener((o, a, q) -> showQuote());
        context.round.addListener((o, a, r) -> showRounds());
        context.drafting.addListener((o, a, r) -> showRounds());
        for (var n : List.of(newRoundButton, agreeButton, noteButton, policyBox, quotesTable, newButton, importFileButton, exportFileButton, tariffsExcelButton)) {
            n.disableProperty().bind(context.drafting);
        }
        showQuote();
        reload(null);
    }

    public BorderPane root() {
        return root;
    }

    /** Reloads the list in the background and reopens {@code keepId} (or the open quote). */
    public void reload(Long keepId) {
        background.run(() -> new Loaded(service.all(), providers.insurers(), service.igos()), l -> {
            insurerNames = l.insurers().stream().collect(Collectors.toMap(Insurer::id, Insurer::name));
            insurerShort = l.insurers().stream().collect(Collectors.toMap(Insurer::id, Insurer::shortName));
            insurerBox.getItems().setAll(l.insurers());
            igoBox.getItems().setAll(l.igos());
            Long want = keepId != null ? keepId : context.quote.get() == null ? null : context.quote.get().id();
            selecting = true;
            try {
                quotesTable.getItems().setAll(l.quotes());
                Optional<Quote> again = l.quotes().stream().filter(q -> want != null && q.id() == want).findFirst();
                again.ifPresent(q -> quotesTable.getSelectionModel().select(q));
            } finally {
                selecting = false;
            }
            Optional<Quote> again = l.quotes().stream().filter(q -> want != null && q.id() == want).findFirst();
            if (again.isPresent()) {
                open(again.get());
            } else if (context.quote.get() == null && !l.quotes().isEmpty()) {
                quotesTable.getSelectionModel().select(0);
            }
        }, e -> dialogs.error(messages.get("quotes.loadFailed"), String.valueOf(e.getMessage())));
    }

    private record Loaded(List<Quote> quotes, List<Insurer> insurers, List<Provider> igos) {
    }

    /**
     * Opens a quote. A draft round belongs to the open quote: before another quote is shown (from the
     * calendar or the dashboard, or a quote just created) the draft is saved or thrown away, after asking
     * when it holds anything typed.
     */
    private void open(Quote q) {
        Quote current = context.quote.get();
        if (q == null || (current != null && current.id() == q.id() && current.equals(q))) {
            return;
        }
        if (context.drafting.get() && current != null && current.id() != q.id()) {
            QuoteRoundController draft = roundView.controller();
            dialogs.whenSafeToLeave(draft, () -> {
                draft.endDraft();
                show(q);
            }, () -> keepSelected(current));
            return;
        }
        show(q);
    }

    /** Puts the list's selection back on the quote whose draft the buyer kept. */
    private void keepSelected(Quote current) {
        selecting = true;
        try {
            quotesTable.getItems().stream().filter(x -> x.id() == current.id()).findFirst()
                    .ifPresentOrElse(x -> quotesTable.getSelectionModel().select(x),
                            () -> quotesTable.getSelectionModel().clearSelection());
        } finally {
            selecting = false;
        }
    }

    private void show(Quote q) {
        List<Policy> policies = service.policiesFor(q); // parsed policies are cached by PolicyService
        context.quote.set(q);
        policyBox.getItems().setAll(policies);
        policyBox.setValue(policies.isEmpty() ? null : policies.get(0));
        context.round.set(q.current().map(QuoteRound::number).orElse(0));
    }

    private void showQuote() {
        Quote q = context.quote.get();
        detail.setVisible(q != null);
        noQuoteLabel.setVisible(q == null);
        if (q == null) {
            return;
        }
        quoteTitle.setText(texts.quote(q, insurerName(q.insurerId())));
        quoteSubtitle.setText(messages.get("quotes.subtitle.quote", q.igoAgb(), q.rounds().size()));
        showRounds();
        // keep the list's row (its state column) in step with the stored quote
        for (int i = 0; i < quotesTable.getItems().size(); i++) {
            if (quotesTable.getItems().get(i).id() == q.id() && !quotesTable.getItems().get(i).equals(q)) {
                selecting = true;
                try {
                    quotesTable.getItems().set(i, q);
                    quotesTable.getSelectionModel().select(i);
                } finally {
                    selecting = false;
                }
            }
        }
    }

    private void showRounds() {
        Quote q = context.quote.get();
        roundsPane.getChildren().clear();
        if (q == null) {
            return;
        }
        ToggleGroup group = new ToggleGroup();
        for (QuoteRound r : q.rounds()) {
            ToggleButton b = new ToggleButton(messages.get("quotes.round.chip", r.number(), messages.get(r.side().labelKey()),
                    Formats.date(r.date(), messages.locale())));
            b.setId("round-" + r.number());
            b.setToggleGroup(group);
            b.getStyleClass().add("round-chip");
            if (r.agreed()) {
                b.getStyleClass().add("agreed");
                FontIcon i = new FontIcon("fth-award");
                b.setGraphic(i);
            }
            b.setSelected(r.number() == context.round.get());
            b.setOnAction(e -> {
                b.setSelected(true);
                if (context.round.get() != r.number()) {
                    context.round.set(r.number());
                }
            });
            b.disableProperty().bind(context.drafting);
            roundsPane.getChildren().add(b);
        }
        QuoteRound selected = context.selectedRound();
        boolean showTabs = selected != null || context.drafting.get();
        tabs.setVisible(showTabs);
        tabs.setManaged(showTabs);
        noRoundLabel.setVisible(!showTabs);
        noRoundLabel.setManaged(!showTabs);
        agreeButton.setText(messages.get(selected != null && selected.agreed() ? "quotes.round.unagree" : "quotes.round.agree"));
        agreeButton.setVisible(selected != null);
        noteButton.setVisible(selected != null);
    }

    // ---------------------------------------------------------------------------------------------
    // actions

    @FXML
    private void onNew() {
        showNewPanel(true);
        yearField.setText(String.valueOf(service.today().getYear() + 1));
        insurerBox.getItems().stream().filter(i -> i.id().equals(settings.ownInsurerId())).findFirst()
                .ifPresent(insurerBox::setValue);
        suggested = newState();
        igoBox.requestFocus();
    }

    @FXML
    private void onCancelNew() {
        showNewPanel(false);
    }

    @FXML
    private void onCreate() {
        create(() -> { }, () -> { });
    }

    private void create(Runnable onCreated, Runnable onRefused) {
        Provider igo = igoBox.getValue();
        Insurer insurer = insurerBox.getValue();
        Integer year = Formats.parseNumber(yearField.getText()).map(n -> {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }).orElse(null);
        if (igo == null || insurer == null || year == null) {
            newError.setText(messages.get(igo == null ? "quote.error.noProvider" : insurer == null ? "quotes.new.noInsurer"
                    : "quotes.new.badYear", yearField.getText()));
            newError.setVisible(true);
            onRefused.run();
            return;
        }
        background.run(() -> service.create(igo.id(), year, insurer.id()), q -> {
            showNewPanel(false);
            status.show(messages.get("quotes.created", q.igoName(), String.valueOf(year)));
            reload(q.id());
            tabs.getSelectionModel().select(roundTab);
            onCreated.run();
        }, e -> {
            newError.setText(e instanceof ValidationException v ? v.violations().stream()
                    .map(x -> messages.get(x.messageKey(), x.args().toArray())).collect(Collectors.joining("\n"))
                    : String.valueOf(e.getMessage()));
            newError.setVisible(true);
            onRefused.run();
        });
    }

    /**
     * What this section can hold unsaved: the new round being drafted, and the "new quote" panel once an
     * IGO, year or insurer other than the suggestion is chosen.
     */
    public List<nl.inkoopwerkbank.ui.common.UnsavedChanges> unsavedChanges() {
        return List.of(roundView.controller(), newQuote);
    }

    private final nl.inkoopwerkbank.ui.common.UnsavedChanges newQuote = new nl.inkoopwerkbank.ui.common.UnsavedChanges() {
        @Override
        public boolean hasUnsavedChanges() {
            return newPanel.isVisible() && !newState().equals(suggested);
        }

        @Override
        public String unsavedSubject() {
            Provider igo = igoBox.getValue();
            return igo == null ? messages.get("unsaved.subject.quote") : messages.get("unsaved.subject.quote.named", igo.name());
        }

        @Override
        public void saveChanges(Runnable onSaved, Runnable onRefused) {
            create(onSaved, onRefused);
        }

        @Override
        public void discardChanges() {
            showNewPanel(false);
        }
    };

    /** What the "new quote" panel held when it was opened (the suggested year and insurer). */
    private List<Object> suggested = List.of();

    private List<Object> newState() {
        return java.util.Arrays.asList(igoBox.getValue(), yearField.getText(), insurerBox.getValue());
    }

    @FXML
    private void onNewRound() {
        Quote q = context.quote.get();
        if (q == null) {
            return;
        }
        tabs.getSelectionModel().select(roundTab);
        roundView.controller().startDraft(q.latest().orElse(null));
    }

    @FXML
    private void onAgree() {
        Quote q = context.quote.get();
        QuoteRound r = context.selectedRound();
        if (q == null || r == null) {
            return;
        }
        int target = r.agreed() ? 0 : r.number();
        background.run(() -> service.markAgreed(q.id(), target), saved -> {
            context.quote.set(saved);
            status.show(target == 0 ? messages.get("quotes.round.unagreed", r.number())
                    : messages.get("quotes.round.agreed", r.number(), saved.igoName()));
            reload(saved.id());
        }, e -> dialogs.error(messages.get("quotes.saveFailed"), String.valueOf(e.getMessage())));
    }

    @FXML
    private void onNote() {
        Quote q = context.quote.get();
        QuoteRound r = context.selectedRound();
        if (q == null || r == null) {
            return;
        }
        dialogs.askText(messages.get("quotes.round.note"), texts.round(r), messages.get("quotes.round.note.label"), r.note())
                .ifPresent(note -> background.run(() -> service.setNote(q.id(), r.number(), note), saved -> {
                    context.quote.set(saved);
                    status.show(messages.get("quotes.round.noted", r.number()));
                }, e -> dialogs.error(messages.get("quotes.saveFailed"), e instanceof ValidationException v
                        ? texts.problem(v.violations().get(0)) : String.valueOf(e.getMessage()))));
    }

    @FXML
    private void onImportFile() {
        dialogs.chooseOpenFile(messages.get("quotes.file.import"), "yaml", "yml", "json").ifPresent(file ->
                background.run(() -> service.importFile(file), r -> {
                    if (r.ok()) {
                        status.show(messages.get(r.created() ? "quotes.file.imported.new" : "quotes.file.imported.rounds",
                                r.roundsAdded(), r.quote().igoName()));
                        reload(r.quote().id());
                    } else {
                        dialogs.showText(messages.get("quotes.file.import"), messages.get("quotes.file.problems",
                                file.getFileName().toString(), r.problems().size()), r.problems().stream()
                                .map(p -> p.file() + (p.line() > 0 ? ":" + p.line() : "")
                                        + (p.column() == null || p.column().isBlank() ? "" : " · " + p.column()) + " · "
                                        + messages.get(p.messageKey(), p.args().toArray()))
                                .collect(Collectors.joining("\n")), messages.get("common.close"));
                    }
                }, e -> dialogs.error(messages.get("quotes.file.failed"), e instanceof ValidationException v
                        ? v.violations().stream().map(x -> new QuoteTexts(messages).problem(x)).collect(Collectors.joining("\n"))
                        : String.valueOf(e.getMessage()))));
    }

    @FXML
    private void onExportFile() {
        Quote q = context.quote.get();
        if (q == null) {
            return;
        }
        String name = q.igoName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + "-" + q.insurerId()
                + "-" + q.contractYear() + ".yaml";
        dialogs.chooseSaveFile(messages.get("quotes.file.export"), name, "yaml").ifPresent(file ->
                background.run(() -> {
                    service.exportFile(q, file);
                    return file;
                }, f -> status.show(messages.get("quotes.file.exported", q.rounds().size(), f.toString())),
                        e -> dialogs.error(messages.get("quotes.file.failed"), String.valueOf(e.getMessage()))));
    }

    /** Saves the open quote's key figures and tariff lines, every round, as an Excel workbook. */
    @FXML
    private void onTariffsExcel() {
        Quote q = context.quote.get();
        if (q == null || exports == null) {
            return;
        }
        String name = messages.get("quotes.tariffs.file", q.igoName(), String.valueOf(q.contractYear()),
                q.insurerId()) + ".xlsx";
        dialogs.chooseSaveFile(messages.get("quotes.tariffs.excel"), name, "xlsx").ifPresent(file ->
                background.run(() -> {
                    exports.writeQuoteTables(q, file, messages);
                    return file;
                }, f -> status.show(messages.get("quotes.tariffs.saved", f.toString())),
                        e -> dialogs.error(messages.get("quotes.file.failed"), String.valueOf(e.getMessage()))));
    }

    /** Gives the quotes section the exports (tariff tables to Excel). */
    public void setExports(nl.inkoopwerkbank.service.ExportService exports) {
        this.exports = exports;
    }

    /** Gives the quotes section its "Geschiedenis" button (the history of the open quote). */
    public void setHistory(nl.inkoopwerkbank.ui.audit.AuditHistory history) {
        this.history = history;
    }

    @FXML
    private void onHistory() {
        Quote q = context.quote.get();
        if (history == null || q == null) {
            return;
        }
        history.open(nl.inkoopwerkbank.domain.audit.AuditEntityType.QUOTE, String.valueOf(q.id()), quoteTitle.getText(),
                quoteHistoryButton);
    }

    /** Compares two rounds of the open quote (tab "Vergelijken"). */
    public void compare(int left, int right) {
        tabs.getSelectionModel().select(compareTab);
        compareView.controller().compare(left, right);
    }

    private void showNewPanel(boolean show) {
        newPanel.setVisible(show);
        newPanel.setManaged(show);
        newError.setVisible(false);
        newError.setText("");
    }

    private String insurerName(String id) {
        return insurerNames.getOrDefault(id, id);
    }

    private String state(Quote q) {
        Optional<QuoteRound> agreed = q.agreed();
        if (agreed.isPresent()) {
            return messages.get("quotes.state.agreed", agreed.get().number());
        }
        return q.latest().map(r -> messages.get("quotes.state.round", r.number(), messages.get(r.side().labelKey())))
                .orElse(messages.get("quotes.state.empty"));
    }
}
