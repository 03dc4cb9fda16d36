package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SearchableComboBox;

import nl.inkoopwerkbank.domain.assessment.AssessmentSnapshot;
import nl.inkoopwerkbank.domain.assessment.SnapshotComparison;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AssessmentService;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;

/** A provider's snapshots; two of them (or one and today) side by side with what changed. */
public final class HistoryController {

    private final AssessmentService service;
    private final ProviderService providers;
    private final Background background;
    private final Messages messages;
    private final Dialogs dialogs;
    private final StatusModel status;
    private final AssessmentContext context;

    @FXML private BorderPane root;
    @FXML private SearchableComboBox<Provider> providerBox;
    @FXML private Button compareNowButton;
    @FXML private Button compareButton;
    @FXML private Button deleteButton;
    @FXML private TableView<AssessmentSnapshot> table;
    @FXML private TableColumn<AssessmentSnapshot, String> dateColumn;
    @FXML private TableColumn<AssessmentSnapshot, String> contractColumn;
    @FXML private TableColumn<AssessmentSnapshot, String> outcomeColumn;
    @FXML private TableColumn<AssessmentSnapshot, String> tierColumn;
    @FXML private TableColumn<AssessmentSnapshot, String> labelColumn;
    @FXML private TableColumn<AssessmentSnapshot, String> byColumn;
    @FXML private VBox comparison;

    private ProviderPicker picker;

    public HistoryController(AssessmentService service, ProviderService providers, Background background, Messages messages,
                             Dialogs dialogs, StatusModel status, AssessmentContext context) {
        this.service = service;
        this.providers = providers;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
        this.context = context;
    }

    @FXML
    private void initialize() {
        context.providerProperty().addListener((o, a, p) -> refresh());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", messages.locale());
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(when.format(c.getValue().takenAt().atZone(ZoneId.systemDefault()))));
        contractColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(policyName(c.getValue())));
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().outcome().labelKey())));
        tierColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().tierId() == null ? "" : c.getValue().tierId()));
        labelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        byColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().takenBy()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("history.empty")));
        var selected = table.getSelectionModel().getSelectedItems();
        selected.addListener((javafx.collections.ListChangeListener<AssessmentSnapshot>) c -> updateButtons());
        updateButtons();
        picker = new ProviderPicker(providerBox, context);
        picker.load(providers, background, this::refresh,
                e -> status.show(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    private String policyName(AssessmentSnapshot s) {
        return service.policy(s.policyId()).map(p -> p.insurer().name() + " · " + p.contractType(s.contractId())
                .map(c -> c.name()).orElse(s.contractId())).orElse(s.policyId() + " · " + s.contractId());
    }

    private void updateButtons() {
        int n = table.getSelectionModel().getSelectedItems().size();
        compareNowButton.setDisable(n != 1);
        deleteButton.setDisable(n != 1);
        List<AssessmentSnapshot> sel = table.getSelectionModel().getSelectedItems();
        compareButton.setDisable(n != 2 || !sel.get(0).policyId().equals(sel.get(1).policyId())
                && !sel.get(0).contractId().equals(sel.get(1).contractId()));
    }

    public BorderPane root() {
        return root;
    }

    public void refresh() {
        Provider p = context.provider();
        picker.showCurrent();
        comparison.getChildren().clear();
        if (p == null) {
            table.getItems().clear();
            return;
        }
        background.run(() -> service.snapshots(p.id()), list -> table.getItems().setAll(list),
                e -> status.show(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    @FXML
    private void onCompareNow() {
        AssessmentSnapshot s = table.getSelectionModel().getSelectedItem();
        Provider p = context.provider();
        if (s == null || p == null) {
            return;
        }
        background.run(() -> service.compare(p, s, null), c -> show(c, s, null),
                e -> status.show(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    @FXML
    private void onCompare() {
        List<AssessmentSnapshot> sel = List.copyOf(table.getSelectionModel().getSelectedItems());
        Provider p = context.provider();
        if (sel.size() != 2 || p == null) {
            return;
        }
        AssessmentSnapshot earlier = sel.get(0).takenAt().isBefore(sel.get(1).takenAt()) ? sel.get(0) : sel.get(1);
        AssessmentSnapshot later = earlier == sel.get(0) ? sel.get(1) : sel.get(0);
        background.run(() -> service.compare(p, earlier, later), c -> show(c, earlier, later),
                e -> status.show(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    private void show(Optional<SnapshotComparison> result, AssessmentSnapshot earlier, AssessmentSnapshot later) {
        comparison.getChildren().clear();
        if (result.isEmpty()) {
            comparison.getChildren().add(new Label(messages.get("history.unreadable")));
            return;
        }
        SnapshotComparison c = result.get();
        AssessmentTexts t = new AssessmentTexts(messages, service.catalog());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", messages.locale());
        String left = when.format(earlier.takenAt().atZone(ZoneId.systemDefault()));
        String right = later == null ? messages.get("history.now") : when.format(later.takenAt().atZone(ZoneId.systemDefault()));
        Label title = new Label(messages.get("history.comparison.title", left, right));
        title.getStyleClass().add("panel-title");
        comparison.getChildren().add(title);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("comparison-grid");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.addRow(0, new Label(""), head(left), head(right));
        grid.addRow(1, new Label(messages.get("history.outcome")), cell(t.outcome(c.before()), false),
                cell(t.outcome(c.after()), c.outcomeChanged()));
        grid.addRow(2, new Label(messages.get("history.tier")), cell(t.tier(c.before()), false),
                cell(t.tier(c.after()), c.tierChanged()));
        comparison.getChildren().add(grid);

        Label reqHead = new Label(messages.get("history.requirements", c.requirements().size()));
        reqHead.getStyleClass().add("panel-title");
        comparison.getChildren().add(reqHead);
        GridPane reqs = new GridPane();
        reqs.setHgap(16);
        reqs.setVgap(4);
        reqs.getStyleClass().add("comparison-grid");
        int row = 0;
        for (SnapshotComparison.RequirementChange rc : c.requirements()) {
            Label text = new Label(rc.text());
            text.setWrapText(true);
            text.setMaxWidth(560);
            reqs.addRow(row++, text, cell(status(rc.before()), false), cell(status(rc.after()), true));
        }
        comparison.getChildren().add(reqs);

        Label factHead = new Label(messages.get("history.facts", c.facts().size()));
        factHead.getStyleClass().add("panel-title");
        comparison.getChildren().add(factHead);
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(4);
        facts.getStyleClass().add("comparison-grid");
        row = 0;
        for (SnapshotComparison.FactChange fc : c.facts()) {
            Label q = new Label(t.question(fc.factKey()) + (fc.insurerId().isEmpty() ? "" : " (" + fc.insurerId() + ")"));
            q.setWrapText(true);
            q.setMaxWidth(560);
            facts.addRow(row++, q, cell(t.value(fc.before()), false), cell(t.value(fc.after()), true));
        }
        comparison.getChildren().add(facts);
    }

    private String status(Status s) {
        return s == null ? messages.get("history.not-in-version") : messages.get(s.labelKey());
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("comparison-head");
        return l;
    }

    private static Label cell(String text, boolean changed) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (changed) {
            l.getStyleClass().add("changed");
        }
        return l;
    }

    @FXML
    private void onDelete() {
        AssessmentSnapshot s = table.getSelectionModel().getSelectedItem();
        if (s == null || !dialogs.confirm(messages.get("history.delete.title"), messages.get("history.delete.header"),
                policyName(s), messages.get("history.delete"))) {
            return;
        }
        background.run(() -> service.deleteSnapshot(s.id()), ok -> refresh(),
                e -> status.show(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }
}
