package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SearchableComboBox;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AssessmentService;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/**
 * One provider against every policy in the library: per insurer the contracts offered to its type, each
 * a cell with outcome, tier and counts. A cell opens its explanation beside the matrix.
 */
public final class MatrixController {

    private final AssessmentService service;
    private final ProviderService providers;
    private final Background background;
    private final Messages messages;
    private final ViewLoader views;
    private final Dialogs dialogs;
    private final StatusModel status;
    private final AssessmentContext context;

    @FXML private BorderPane root;
    @FXML private SearchableComboBox<Provider> providerBox;
    @FXML private VBox grid;
    @FXML private StackPane explanationHolder;
    @FXML private Button checklistButton;
    @FXML private Button snapshotButton;
    @FXML private Button historyButton;

    private ExplanationController explanation;
    private ContractAssessment selected;
    private List<ContractAssessment> current = List.of();
    private ProviderPicker picker;

    public MatrixController(AssessmentService service, ProviderService providers, Background background, Messages messages,
                            ViewLoader views, Dialogs dialogs, StatusModel status, AssessmentContext context) {
        this.service = service;
        this.providers = providers;
        this.background = background;
        this.messages = messages;
        this.views = views;
        this.dialogs = dialogs;
        this.status = status;
        this.context = context;
    }

    @FXML
    private void initialize() {
        ViewLoader.Loaded<ExplanationController> ex = views.load(View.ASSESSMENT_EXPLANATION);
        explanation = ex.controller();
        explanationHolder.getChildren().setAll(ex.root());
        context.providerProperty().addListener((o, a, p) -> refresh());
        checklistButton.disableProperty().bind(providerBox.valueProperty().isNull());
        historyButton.disableProperty().bind(providerBox.valueProperty().isNull());
        snapshotButton.setDisable(true);
        picker = new ProviderPicker(providerBox, context);
        picker.load(providers, background, this::refresh,
                e -> status.show(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    public BorderPane root() {
        return root;
    }

    /** Assesses the context's provider again (facts may have changed in the checklist). */
    public void refresh() {
        Provider p = context.provider();
        picker.showCurrent();
        if (p == null) {
            grid.getChildren().setAll(hint(messages.get("matrix.choose")));
            explanation.show(null);
            return;
        }
        background.run(() -> service.matrix(p), this::render,
                e -> status.show(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-hint");
        l.setWrapText(true);
        return l;
    }

    private void render(List<ContractAssessment> all) {
        current = all;
        grid.getChildren().clear();
        if (all.isEmpty()) {
            grid.getChildren().add(hint(messages.get("matrix.none")));
        }
        AssessmentTexts t = new AssessmentTexts(messages, service.catalog());
        Map<String, List<ContractAssessment>> byPolicy = new LinkedHashMap<>();
        for (ContractAssessment a : all) {
            byPolicy.computeIfAbsent(a.policy().id(), k -> new java.util.ArrayList<>()).add(a);
        }
        for (List<ContractAssessment> row : byPolicy.values()) {
            ContractAssessment first = row.get(0);
            VBox box = new VBox(6);
            box.getStyleClass().add("panel");
            Label insurer = new Label(first.policy().insurer().name());
            insurer.getStyleClass().add("panel-title");
            Label policy = new Label(first.policy().title());
            policy.getStyleClass().add("muted");
            FlowPane cells = new FlowPane(8, 8);
            for (ContractAssessment a : row) {
                cells.getChildren().add(cell(a, t));
            }
            box.getChildren().addAll(insurer, policy, cells);
            grid.getChildren().add(box);
        }
        ContractAssessment keep = selected == null ? null : all.stream()
                .filter(a -> a.policy().id().equals(selected.policy().id()) && a.contract().id().equals(selected.contract().id()))
                .findFirst().orElse(null);
        select(keep);
        status.show(messages.get("matrix.status", context.provider().name(), all.size(),
                Formats.date(service.today(), messages.locale())));
    }

    /** A cell: a focusable box (click, Enter or space opens its explanation). */
    private VBox cell(ContractAssessment a, AssessmentTexts t) {
        Label name = new Label(a.contract().name());
        name.setWrapText(true);
        name.getStyleClass().add("matrix-contract");
        Label outcome = new Label(t.outcome(a) + (t.tier(a).isEmpty() ? "" : " · " + t.tier(a)));
        outcome.getStyleClass().setAll("outcome-badge", ExplanationController.badge(a.outcome()));
        outcome.setWrapText(true);
        Label counts = new Label(messages.get("matrix.counts", a.failingKnockOuts().size(), a.open().size()));
        counts.getStyleClass().add("muted");
        VBox b = new VBox(4, name, outcome, counts);
        b.setId("cell_" + a.policy().insurer().id() + "_" + a.contract().id().replace('-', '_'));
        b.getStyleClass().addAll("matrix-cell", ExplanationController.badge(a.outcome()) + "-cell");
        b.setPrefWidth(230);
        b.setMaxWidth(230);
        b.setFocusTraversable(true);
        b.setOnMouseClicked(e -> {
            b.requestFocus();
            select(a);
        });
        b.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                select(a);
            }
        });
        b.setUserData(a);
        return b;
    }

    private void select(ContractAssessment a) {
        selected = a;
        snapshotButton.setDisable(a == null);
        explanation.show(a);
        grid.lookupAll(".matrix-cell").forEach(n -> n.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("selected"), n.getUserData() == a));
    }

    /** The assessments shown (for tests and exports). */
    public List<ContractAssessment> shown() {
        return current;
    }

    @FXML
    private void onChecklist() {
        context.openChecklist(context.provider());
    }

    @FXML
    private void onHistory() {
        context.openHistory();
    }

    @FXML
    private void onSnapshot() {
        ContractAssessment a = selected;
        Provider p = context.provider();
        if (a == null || p == null) {
            return;
        }
        dialogs.askText(messages.get("snapshot.title"), messages.get("snapshot.header", a.policy().insurer().name(),
                a.contract().name()), messages.get("snapshot.label"), "").ifPresent(label ->
                background.run(() -> service.snapshot(p, a, label),
                        s -> status.show(messages.get("snapshot.saved", p.name(),
                                Formats.date(service.today(), messages.locale()))),
                        e -> dialogs.error(messages.get("snapshot.failed"), String.valueOf(e.getMessage()))));
    }
}
