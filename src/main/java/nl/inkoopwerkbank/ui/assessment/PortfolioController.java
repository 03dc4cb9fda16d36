package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AssessmentService.PortfolioEntry;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/** The portfolio table: who gets A, who B, and who is missing what, before the offers go out. */
public final class PortfolioController {

    private final PortfolioViewModel vm;
    private final Messages messages;
    private final ViewLoader views;

    @FXML private BorderPane root;
    @FXML private ComboBox<Policy> policyBox;
    @FXML private ComboBox<ContractType> contractBox;
    @FXML private ComboBox<Outcome> outcomeBox;
    @FXML private ComboBox<String> tierBox;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Button summariesButton;
    private nl.inkoopwerkbank.ui.shell.Navigator navigator;
    @FXML private Label summary;
    @FXML private TableView<PortfolioEntry> table;
    @FXML private TableColumn<PortfolioEntry, String> nameColumn;
    @FXML private TableColumn<PortfolioEntry, String> placeColumn;
    @FXML private TableColumn<PortfolioEntry, ContractAssessment> outcomeColumn;
    @FXML private TableColumn<PortfolioEntry, String> tierColumn;
    @FXML private TableColumn<PortfolioEntry, Number> failingColumn;
    @FXML private TableColumn<PortfolioEntry, Number> openColumn;
    @FXML private TableColumn<PortfolioEntry, String> nextColumn;
    @FXML private StackPane explanationHolder;

    private ExplanationController explanation;

    public PortfolioController(PortfolioViewModel vm, Messages messages, ViewLoader views) {
        this.vm = vm;
        this.messages = messages;
        this.views = views;
    }

    @FXML
    private void initialize() {
        ViewLoader.Loaded<ExplanationController> ex = views.load(View.ASSESSMENT_EXPLANATION);
        explanation = ex.controller();
        explanationHolder.getChildren().setAll(ex.root());

        policyBox.setItems(vm.policies());
        policyBox.setButtonCell(Converters.cell(p -> p == null ? "" : p.insurer().name() + " · " + p.title()));
        policyBox.setCellFactory(l -> Converters.cell(p -> p == null ? "" : p.insurer().name() + " · " + p.title()));
        contractBox.setButtonCell(Converters.cell(c -> c == null ? "" : c.name()));
        contractBox.setCellFactory(l -> Converters.cell(c -> c == null ? "" : c.name()));
        policyBox.valueProperty().addListener((o, a, p) -> {
            vm.policyProperty().set(p);
            contractBox.getItems().setAll(p == null ? List.of() : p.contractTypes());
            // the first tiered contract is what a buyer most often wants here
            contractBox.setValue(p == null ? null : p.contractTypes().stream().filter(ContractType::isTiered).findFirst()
                    .orElse(p.contractTypes().isEmpty() ? null : p.contractTypes().get(0)));
        });
        contractBox.valueProperty().addListener((o, a, c) -> {
            vm.contractProperty().set(c);
            tierBox.getItems().setAll(vm.tierChoices());
            tierBox.setValue(PortfolioViewModel.ANY_TIER);
        });
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(null);
        outcomes.addAll(Arrays.asList(Outcome.values()));
        outcomeBox.getItems().setAll(outcomes);
        outcomeBox.setButtonCell(Converters.cell(o -> o == null ? messages.get("portfolio.any") : messages.get(o.labelKey())));
        outcomeBox.setCellFactory(l -> Converters.cell(o -> o == null ? messages.get("portfolio.any") : messages.get(o.labelKey())));
        outcomeBox.valueProperty().bindBidirectional(vm.outcomeProperty());
        tierBox.setButtonCell(Converters.cell(this::tierText));
        tierBox.setCellFactory(l -> Converters.cell(this::tierText));
        tierBox.valueProperty().addListener((o, a, t) -> vm.tierProperty().set(t == null ? PortfolioViewModel.ANY_TIER : t));

        progress.visibleProperty().bind(vm.runningProperty());
        progress.progressProperty().bind(vm.progressProperty());
        cancelButton.visibleProperty().bind(vm.runningProperty());
        summariesButton.disableProperty().bind(vm.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(vm.rows())));
        summary.textProperty().bind(vm.summaryProperty());

        AssessmentTexts[] texts = {vm.texts()};
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().provider().name()));
        placeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().provider().place()));
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assessment()));
        outcomeColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ContractAssessment a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    return;
                }
                Label l = new Label(messages.get(a.outcome().labelKey()));
                l.getStyleClass().setAll("outcome-badge", ExplanationController.badge(a.outcome()));
                setGraphic(l);
            }
        });
        outcomeColumn.setComparator((a, b) -> a.outcome().compareTo(b.outcome()));
        tierColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts[0].tier(c.getValue().assessment())));
        failingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assessment().failingKnockOuts().size()));
        openColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assessment().open().size()));
        nextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(next(texts[0], c.getValue().assessment())));
        javafx.collections.transformation.SortedList<PortfolioEntry> sorted = new javafx.collections.transformation.SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("portfolio.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> explanation.show(r == null ? null : r.assessment()));
        vm.policies().addListener((javafx.collections.ListChangeListener<Policy>) c -> {
            if (policyBox.getValue() == null && !vm.policies().isEmpty()) {
                policyBox.setValue(vm.policies().get(0));
            }
        });
        vm.start();
    }

    private String tierText(String t) {
        if (t == null || PortfolioViewModel.ANY_TIER.equals(t)) {
            return messages.get("portfolio.any");
        }
        return PortfolioViewModel.NO_TIER.equals(t) ? messages.get("portfolio.no-tier") : t;
    }

    /** "A: nu 2, nodig ≥ 3 (+1)" or the number of open questions. */
    private String next(AssessmentTexts t, ContractAssessment a) {
        return a.nextStep().map(step -> {
            String goal = step.toEligibility() ? messages.get("portfolio.next.eligible") : step.tier().id();
            String what = step.changes().isEmpty() ? messages.get("portfolio.next.answer", step.openFacts().size())
                    : step.changes().stream().map(c -> c.fact() + " " + t.change(c)).reduce((x, y) -> x + "; " + y).orElse("");
            return goal + ": " + what;
        }).orElse("");
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }

    /** Opens the batch export with this policy and contract, the providers shown ticked. */
    @FXML
    private void onExport() {
        if (navigator != null) {
            navigator.showBatchExport(policyBox.getValue(), contractBox.getValue(),
                    vm.rows().stream().map(PortfolioEntry::provider).toList());
        }
    }

    public void setNavigator(nl.inkoopwerkbank.ui.shell.Navigator navigator) {
        this.navigator = navigator;
    }

    public BorderPane root() {
        return root;
    }

    /** Chooses a policy and contract (used by tests and by other screens). */
    public void show(Policy p, ContractType c) {
        policyBox.setValue(p);
        contractBox.setValue(c);
    }
}
