package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import nl.inkoopwerkbank.domain.assessment.AssessmentSnapshot;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.Questionnaire;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.UnsavedChanges;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/**
 * The checklist wizard. Question cards are built from the questionnaire; every input saves on commit
 * (a choice at once, typed text when the field is left or Enter is pressed). What can still be lost is
 * typed text that was not committed yet, and a typed answer that was refused (not a number): before the
 * page changes or the window closes the first is stored and about the second the buyer is asked.
 */
public final class WizardController implements UnsavedChanges {

    private final WizardViewModel vm;
    private final Messages messages;
    private final ViewLoader views;
    private final Dialogs dialogs;
    private final Background background;
    private final StatusModel statusModel;

    @FXML private BorderPane root;
    @FXML private Label subtitle;
    @FXML private Label progressText;
    @FXML private ProgressBar progress;
    @FXML private VBox steps;
    @FXML private VBox providerPane;
    @FXML private TextField providerSearch;
    @FXML private ListView<Provider> providerList;
    @FXML private VBox targetPane;
    @FXML private ToggleGroup scopeGroup;
    @FXML private RadioButton allInsurers;
    @FXML private Label allInsurersHint;
    @FXML private RadioButton onePolicy;
    @FXML private ComboBox<Policy> policyBox;
    @FXML private ComboBox<ContractType> contractBox;
    @FXML private VBox questionsPane;
    @FXML private Label topicTitle;
    @FXML private Label topicHint;
    @FXML private ScrollPane questionsScroll;
    @FXML private VBox questions;
    @FXML private VBox resultPane;
    @FXML private ListView<ContractAssessment> resultList;
    @FXML private StackPane explanationHolder;
    @FXML private Button snapshotButton;
    @FXML private Button backButton;
    @FXML private Button skipButton;
    @FXML private Button nextButton;
    @FXML private Label saveState;
    @FXML private Button factsHistoryButton;
    private nl.inkoopwerkbank.ui.audit.AuditHistory history;

    private ExplanationController explanation;

    /** A typed answer on the page: its field, its slot, how it is stored and where its problem shows. */
    private record TypedAnswer(TextField field, WizardViewModel.Slot slot, Runnable commit, Label error) {
        boolean refused() {
            return field.getStyleClass().contains("invalid");
        }
    }

    /** The typed answers of the page on screen. */
    private final List<TypedAnswer> typed = new ArrayList<>();
    /** How each text input of the page on screen stores what is typed in it (number, evidence, date). */
    private final java.util.Map<Node, Runnable> commits = new java.util.HashMap<>();

    public WizardController(WizardViewModel vm, Messages messages, ViewLoader views, Dialogs dialogs, Background background,
                            StatusModel statusModel) {
        this.vm = vm;
        this.messages = messages;
        this.views = views;
        this.dialogs = dialogs;
        this.background = background;
        this.statusModel = statusModel;
    }

    @FXML
    private void initialize() {
        ViewLoader.Loaded<ExplanationController> ex = views.load(View.ASSESSMENT_EXPLANATION);
        explanation = ex.controller();
        explanationHolder.getChildren().setAll(ex.root());

        // step 1
        providerList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Provider p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  ·  " + messages.get(p.type().labelKey()) + "  ·  "
                        + p.place() + "  ·  AGB " + p.agbCode());
            }
        });
        vm.allProviders().addListener((javafx.collections.ListChangeListener<Provider>) c -> filterProviders());
        providerSearch.textProperty().addListener((o, a, b) -> filterProviders());
        providerSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !providerList.getItems().isEmpty()) {
                providerList.requestFocus();
                providerList.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER) {
                // Enter chooses the only match (or the selected one); it must not also press "Volgende"
                Provider only = providerList.getItems().size() == 1 ? providerList.getItems().get(0)
                        : providerList.getSelectionModel().getSelectedItem();
                e.consume();
                vm.chooseProvider(only);
            }
        });
        providerList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.chooseProvider(providerList.getSelectionModel().getSelectedItem());
            }
        });
        providerList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.chooseProvider(providerList.getSelectionModel().getSelectedItem());
            }
        });

        // step 2
        policyBox.setButtonCell(Converters.cell(p -> p == null ? "" : p.title() + " (" + p.insurer().name() + ")"));
        policyBox.setCellFactory(l -> Converters.cell(p -> p == null ? "" : p.title() + " (" + p.insurer().name() + ")"));
        contractBox.setButtonCell(Converters.cell(c -> c == null ? messages.get("wizard.target.all-contracts") : c.name()));
        contractBox.setCellFactory(l -> Converters.cell(c -> c == null ? messages.get("wizard.target.all-contracts") : c.name()));
        policyBox.valueProperty().addListener((o, a, p) -> {
            List<ContractType> cs = new ArrayList<>();
            cs.add(null);
            cs.addAll(vm.contractsFor(p));
            contractBox.getItems().setAll(cs);
            contractBox.getSelectionModel().select(cs.size() == 2 ? 1 : 0);
            if (p != null) {
                onePolicy.setSelected(true);
            }
        });
        policyBox.disableProperty().bind(onePolicy.selectedProperty().not());
        contractBox.disableProperty().bind(onePolicy.selectedProperty().not());

        // step 4
        resultList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ContractAssessment a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                AssessmentTexts t = vm.texts();
                Label badge = new Label(t.outcome(a) + (t.tier(a).isEmpty() ? "" : " · " + t.tier(a)));
                badge.getStyleClass().setAll("outcome-badge", ExplanationController.badge(a.outcome()));
                Label name = new Label(a.policy().insurer().name() + " · " + a.contract().name());
                name.setWrapText(true);
                name.maxWidthProperty().bind(resultList.widthProperty().subtract(40));
                name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                VBox box = new VBox(3, name, badge);
                setText(null);
                setGraphic(box);
            }
        });
        resultList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> explanation.show(b));
        vm.results().addListener((javafx.collections.ListChangeListener<ContractAssessment>) c -> {
            resultList.getItems().setAll(vm.results());
            if (!vm.results().isEmpty()) {
                resultList.getSelectionModel().selectFirst();
            } else {
                explanation.show(null);
            }
        });
        snapshotButton.disableProperty().bind(resultList.getSelectionModel().selectedItemProperty().isNull());

        vm.stepProperty().addListener((o, a, b) -> render());
        vm.topicIndexProperty().addListener((o, a, b) -> render());
        vm.answeredProperty().addListener((o, a, b) -> updateProgress());
        vm.totalProperty().addListener((o, a, b) -> updateProgress());
        vm.statusProperty().addListener((o, a, b) -> {
            saveState.setText(b);
            statusModel.show(b);
        });
        vm.start();
        render();
    }

    public BorderPane root() {
        return root;
    }

    /** Opens the checklist for a provider (from the matrix or the providers list). */
    public void startWith(Provider p) {
        leavePage(() -> vm.chooseProvider(p));
    }

    private void filterProviders() {
        String q = providerSearch.getText() == null ? "" : providerSearch.getText().strip().toLowerCase(Locale.ROOT);
        providerList.getItems().setAll(vm.allProviders().stream().filter(p -> q.isEmpty()
                || p.name().toLowerCase(Locale.ROOT).contains(q) || p.agbCode().contains(q)
                || p.place().toLowerCase(Locale.ROOT).contains(q)).toList());
    }

    private void render() {
        WizardViewModel.Step step = vm.stepProperty().get();
        show(providerPane, step == WizardViewModel.Step.PROVIDER);
        show(targetPane, step == WizardViewModel.Step.TARGET);
        show(questionsPane, step == WizardViewModel.Step.QUESTIONS);
        show(resultPane, step == WizardViewModel.Step.RESULT);
        Provider p = vm.provider();
        subtitle.setText(p == null ? messages.get("wizard.subtitle.none") : p.name() + " · "
                + messages.get(p.type().labelKey()) + " · AGB " + p.agbCode());
        factsHistoryButton.setVisible(p != null && history != null);
        factsHistoryButton.setManaged(factsHistoryButton.isVisible());
        backButton.setDisable(step == WizardViewModel.Step.PROVIDER);
        skipButton.setVisible(step == WizardViewModel.Step.QUESTIONS);
        skipButton.setManaged(step == WizardViewModel.Step.QUESTIONS);
        nextButton.setVisible(step != WizardViewModel.Step.RESULT);
        nextButton.setManaged(step != WizardViewModel.Step.RESULT);
        nextButton.setText(messages.get(step == WizardViewModel.Step.QUESTIONS
                && vm.topicIndexProperty().get() == vm.topics().size() - 1 ? "wizard.to-result" : "wizard.next"));
        switch (step) {
            case PROVIDER -> {
                nextButton.disableProperty().unbind();
                nextButton.disableProperty().bind(providerList.getSelectionModel().selectedItemProperty().isNull());
                Platform.runLater(providerSearch::requestFocus);
            }
            case TARGET -> {
                nextButton.disableProperty().unbind();
                nextButton.disableProperty().bind(onePolicy.selectedProperty().and(policyBox.valueProperty().isNull()));
                List<Policy> ps = vm.policiesForProvider();
                Policy keep = policyBox.getValue();
                policyBox.getItems().setAll(ps);
                policyBox.setValue(ps.contains(keep) ? keep : null);
                allInsurersHint.setText(messages.get("wizard.target.all-hint",
                        String.join(", ", WizardViewModel.newestPerInsurerAndDomain(ps).stream()
                                .map(x -> x.insurer().name() + " " + x.year()).toList())));
                if (policyBox.getValue() == null) {
                    allInsurers.setSelected(true);
                }
            }
            case QUESTIONS -> {
                nextButton.disableProperty().unbind();
                nextButton.setDisable(false);
                renderTopic();
            }
            case RESULT -> nextButton.disableProperty().unbind();
            default -> { }
        }
        renderSteps();
        updateProgress();
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private void updateProgress() {
        int total = vm.totalProperty().get();
        int done = vm.answeredProperty().get();
        progress.setProgress(total == 0 ? 0 : (double) done / total);
        progressText.setText(total == 0 ? "" : messages.get("wizard.progress", done, total));
        renderSteps();
    }

    /** The step list on the left: the four steps, and under "Vragen" every topic with its count. */
    private void renderSteps() {
        steps.getChildren().clear();
        WizardViewModel.Step current = vm.stepProperty().get();
        steps.getChildren().add(stepLabel(1, messages.get("wizard.step.provider"), current == WizardViewModel.Step.PROVIDER));
        steps.getChildren().add(stepLabel(2, messages.get("wizard.step.target"), current == WizardViewModel.Step.TARGET));
        steps.getChildren().add(stepLabel(3, messages.get("wizard.step.questions"), current == WizardViewModel.Step.QUESTIONS));
        for (int i = 0; i < vm.topics().size(); i++) {
            Questionnaire.Topic t = vm.topics().get(i);
            int[] pr = vm.progressOf(t);
            Hyperlink link = new Hyperlink(topicName(t.topic()) + "  " + pr[0] + "/" + pr[1]);
            link.setId("topic_" + t.topic().replace('-', '_'));
            link.getStyleClass().add("wizard-topic");
            if (current == WizardViewModel.Step.QUESTIONS && vm.topicIndexProperty().get() == i) {
                link.getStyleClass().add("current");
            }
            if (pr[0] == pr[1]) {
                link.getStyleClass().add("complete");
            }
            int index = i;
            link.setOnAction(e -> leavePage(() -> vm.goToTopic(index)));
            steps.getChildren().add(link);
        }
        steps.getChildren().add(stepLabel(4, messages.get("wizard.step.result"), current == WizardViewModel.Step.RESULT));
    }

    private Label stepLabel(int n, String text, boolean current) {
        Label l = new Label(n + "  " + text);
        l.getStyleClass().add("wizard-step");
        if (current) {
            l.getStyleClass().add("current");
        }
        return l;
    }

    private String topicName(String topic) {
        String key = "policy.topic." + topic;
        return messages.bundle().containsKey(key) ? messages.get(key) : topic;
    }

    // ---------------------------------------------------------------------------------------------
    // questions

    private void renderTopic() {
        questions.getChildren().clear();
        typed.clear();
        commits.clear();
        if (vm.topics().isEmpty()) {
            return;
        }
        Questionnaire.Topic topic = vm.topics().get(vm.topicIndexProperty().get());
        topicTitle.setText(messages.get("wizard.topic.title", vm.topicIndexProperty().get() + 1, vm.topics().size(),
                topicName(topic.topic())));
        topicHint.setText(messages.get("wizard.topic.hint"));
        for (Questionnaire.Question q : topic.questions()) {
            questions.getChildren().add(card(q));
        }
        questionsScroll.setVvalue(0);
    }

    private Node card(Questionnaire.Question q) {
        FactDefinition def = q.fact();
        VBox left = new VBox(6);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMaxWidth(Double.MAX_VALUE);
        Label question = new Label(def.question());
        question.setWrapText(true);
        question.getStyleClass().add("question-text");
        Label key = new Label(def.key() + (def.unit() == null || def.unit().isBlank() ? "" : " · " + def.unit())
                + (def.insurerScoped() ? " · " + messages.get("wizard.per-insurer") : ""));
        key.getStyleClass().add("muted");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        show(error, false);
        left.getChildren().addAll(question, key);

        // evidence, shared by the inputs of this question
        TextField source = new TextField();
        source.setPromptText(messages.get("wizard.evidence.source"));
        source.setId(nodeId(def.key(), "", "source"));
        DatePicker checkedOn = new DatePicker();
        DateFields.dutchStyle(checkedOn, messages.locale());
        checkedOn.setPromptText(messages.get("wizard.evidence.date"));
        checkedOn.setPrefWidth(195);
        checkedOn.setMinWidth(185);
        TextField checkedBy = new TextField();
        checkedBy.setPromptText(messages.get("wizard.evidence.by"));
        checkedBy.setPrefWidth(160);
        List<WizardViewModel.Slot> slots = vm.slots(q);
        Evidence known = slots.stream().map(vm::evidenceOf).filter(e -> !e.isEmpty()).findFirst().orElse(Evidence.NONE);
        source.setText(known.source());
        checkedOn.setValue(known.checkedOn());
        checkedBy.setText(known.checkedBy());
        java.util.function.Supplier<Evidence> evidence = () -> new Evidence(source.getText(), checkedOn.getValue(),
                checkedBy.getText());

        List<Runnable> resave = new ArrayList<>();
        for (WizardViewModel.Slot slot : slots) {
            HBox row = new HBox(8);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!slot.insurerId().isEmpty()) {
                Label ins = new Label(slot.insurerName());
                ins.setMinWidth(150);
                row.getChildren().add(ins);
            }
            row.getChildren().add(input(slot, error, evidence, resave));
            left.getChildren().add(row);
        }
        left.getChildren().add(error);
        HBox ev = new HBox(8, source, checkedOn, checkedBy);
        ev.getStyleClass().add("evidence-row");
        HBox.setHgrow(source, Priority.ALWAYS);
        left.getChildren().add(ev);
        Runnable evidenceChanged = () -> resave.forEach(Runnable::run);
        source.setOnAction(e -> evidenceChanged.run());
        checkedBy.setOnAction(e -> evidenceChanged.run());
        commits.put(source, evidenceChanged);
        commits.put(checkedBy, evidenceChanged);
        // a typed day reaches the value (and so the evidence) when the field commits it
        commits.put(checkedOn, () -> checkedOn.setValue(checkedOn.getConverter().fromString(checkedOn.getEditor().getText())));
        source.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                evidenceChanged.run();
            }
        });
        checkedBy.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                evidenceChanged.run();
            }
        });
        checkedOn.valueProperty().addListener((o, a, b) -> evidenceChanged.run());

        VBox right = new VBox(6);
        right.getStyleClass().add("question-sources");
        right.setPrefWidth(380);
        right.setMinWidth(300);
        for (Questionnaire.Use u : q.usedBy()) {
            Label who = new Label(u.policy().insurer().name() + " · " + messages.get(u.requirement().role().labelKey()));
            who.getStyleClass().add("source-insurer");
            Label text = new Label(u.requirement().text());
            text.setWrapText(true);
            Label src = new Label(u.requirement().source() == null ? "" : u.requirement().source().section());
            src.setWrapText(true);
            src.getStyleClass().add("muted");
            right.getChildren().add(new VBox(1, who, text, src));
        }
        HBox card = new HBox(18, left, right);
        card.getStyleClass().addAll("panel", "question-card");
        card.setId("card_" + def.key());
        return card;
    }

    private static String nodeId(String key, String insurer, String suffix) {
        return "q_" + key + (insurer.isEmpty() ? "" : "_" + insurer) + (suffix.isEmpty() ? "" : "_" + suffix);
    }

    /** The input control of one slot, by the fact's type. */
    private Node input(WizardViewModel.Slot slot, Label error, java.util.function.Supplier<Evidence> evidence,
                       List<Runnable> resave) {
        FactDefinition def = slot.fact();
        FactValue current = vm.valueOf(slot);
        Runnable stored = () -> {
            show(error, false);
            renderSteps();
        };
        java.util.function.Consumer<String> refused = m -> {
            error.setText(m);
            show(error, true);
        };
        switch (def.type()) {
            case BOOLEAN -> {
                ToggleGroup g = new ToggleGroup();
                ToggleButton yes = new ToggleButton(messages.get("wizard.answer.yes"));
                ToggleButton no = new ToggleButton(messages.get("wizard.answer.no"));
                ToggleButton unknown = new ToggleButton(messages.get("wizard.answer.unknown"));
                yes.setId(nodeId(def.key(), slot.insurerId(), "yes"));
                no.setId(nodeId(def.key(), slot.insurerId(), "no"));
                unknown.setId(nodeId(def.key(), slot.insurerId(), "unknown"));
                yes.getStyleClass().add("left-pill");
                no.getStyleClass().add("center-pill");
                unknown.getStyleClass().add("right-pill");
                for (ToggleButton b : List.of(yes, no, unknown)) {
                    b.setToggleGroup(g);
                }
                g.selectToggle(current == null ? unknown : current.asBoolean() ? yes : no);
                g.selectedToggleProperty().addListener((o, a, b) -> {
                    if (b == null) {
                        g.selectToggle(a);
                        return;
                    }
                    if (b == unknown) {
                        vm.clear(slot, stored);
                    } else {
                        vm.answer(slot, FactValue.bool(b == yes), evidence.get(), stored, refused);
                    }
                });
                resave.add(() -> {
                    if (g.getSelectedToggle() != unknown && g.getSelectedToggle() != null) {
                        vm.answer(slot, FactValue.bool(g.getSelectedToggle() == yes), evidence.get(), stored, refused);
                    }
                });
                return new HBox(0, yes, no, unknown);
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.setId(nodeId(def.key(), slot.insurerId(), ""));
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(def.choices());
                box.getItems().setAll(items);
                box.setValue(current == null ? "" : current.asText());
                box.setPrefWidth(280);
                box.valueProperty().addListener((o, a, b) -> {
                    if (b == null || b.isEmpty()) {
                        vm.clear(slot, stored);
                    } else {
                        vm.answer(slot, FactValue.choice(b), evidence.get(), stored, refused);
                    }
                });
                resave.add(() -> {
                    if (box.getValue() != null && !box.getValue().isEmpty()) {
                        vm.answer(slot, FactValue.choice(box.getValue()), evidence.get(), stored, refused);
                    }
                });
                return box;
            }
            case LIST -> {
                HBox boxes = new HBox(12);
                List<CheckBox> checks = new ArrayList<>();
                for (String choice : def.choices()) {
                    CheckBox cb = new CheckBox(choice.replace('_', ' '));
                    cb.setId(nodeId(def.key(), slot.insurerId(), choice));
                    cb.setUserData(choice);
                    cb.setSelected(current != null && current.asList().contains(choice));
                    checks.add(cb);
                }
                Runnable save = () -> vm.answer(slot, FactValue.list(checks.stream().filter(CheckBox::isSelected)
                        .map(c -> (String) c.getUserData()).toList()), evidence.get(), stored, refused);
                checks.forEach(cb -> cb.selectedProperty().addListener((o, a, b) -> save.run()));
                resave.add(() -> {
                    if (vm.valueOf(slot) != null) {
                        save.run();
                    }
                });
                boxes.getChildren().addAll(checks);
                return boxes;
            }
            default -> {
                TextField field = new TextField(current == null ? "" : plain(current));
                field.setId(nodeId(def.key(), slot.insurerId(), ""));
                field.setPrefWidth(160);
                field.setPromptText(messages.get("wizard.answer.number-prompt"));
                Label unit = new Label(def.unit() == null ? "" : def.unit());
                unit.getStyleClass().add("muted");
                Runnable commit = () -> {
                    String m = vm.answerText(slot, field.getText(), evidence.get(), stored);
                    field.getStyleClass().remove("invalid");
                    if (m != null) {
                        field.getStyleClass().add("invalid");
                        refused.accept(m);
                    }
                };
                field.setOnAction(e -> commit.run());
                field.focusedProperty().addListener((o, a, f) -> {
                    if (!f) {
                        commit.run();
                    }
                });
                resave.add(commit);
                typed.add(new TypedAnswer(field, slot, commit, error));
                commits.put(field, commit);
                HBox box = new HBox(6, field, unit);
                box.setAlignment(Pos.CENTER_LEFT);
                return box;
            }
        }
    }

    /** A number as the buyer types it back: {@code 48,5}. */
    private String plain(FactValue v) {
        return v.asNumber() == null ? v.encode() : v.asNumber().toPlainString().replace('.', ',');
    }

    // ---------------------------------------------------------------------------------------------

    /** Gives the checklist its "Geschiedenis" button (the history of the chosen provider's answers). */
    public void setHistory(nl.inkoopwerkbank.ui.audit.AuditHistory history) {
        this.history = history;
    }

    @FXML
    private void onHistory() {
        Provider p = vm.provider();
        if (history == null || p == null || p.id() == null) {
            return;
        }
        history.open(nl.inkoopwerkbank.domain.audit.AuditEntityType.FACTS, String.valueOf(p.id()),
                messages.get("audit.history.facts-of", p.name() + " (" + p.agbCode() + ")"), factsHistoryButton);
    }

    @FXML
    private void onNext() {
        if (vm.stepProperty().get() == WizardViewModel.Step.PROVIDER) {
            vm.chooseProvider(providerList.getSelectionModel().getSelectedItem());
        } else if (vm.stepProperty().get() == WizardViewModel.Step.TARGET) {
            vm.chooseScope(allInsurers.isSelected() ? new WizardViewModel.Scope(null, null)
                    : new WizardViewModel.Scope(policyBox.getValue(), contractBox.getValue()));
        } else {
            leavePage(vm::next);
        }
    }

    /**
     * Changes the page once nothing typed on it would be lost: what was typed is stored, and a refused
     * answer is asked about (Opslaan tries again, Niet opslaan puts the stored answer back, Annuleren stays).
     */
    private void leavePage(Runnable go) {
        dialogs.whenSafeToLeave(this, go, () -> { });
    }

    @Override
    public void commitPending() {
        if (root.getScene() == null || vm.stepProperty().get() != WizardViewModel.Step.QUESTIONS) {
            return;
        }
        for (Node n = root.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            Runnable commit = commits.get(n);
            if (commit != null) {
                commit.run();
                return;
            }
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.stepProperty().get() == WizardViewModel.Step.QUESTIONS && typed.stream().anyMatch(TypedAnswer::refused);
    }

    @Override
    public String unsavedSubject() {
        TypedAnswer first = typed.stream().filter(TypedAnswer::refused).findFirst().orElseThrow();
        return messages.get("unsaved.subject.answer", first.slot().fact().question(), vm.provider().name());
    }

    /** Tries the refused answers again: stored when they read now, else their problem shows and the page stays. */
    @Override
    public void saveChanges(Runnable onSaved, Runnable onRefused) {
        List<TypedAnswer> refused = typed.stream().filter(TypedAnswer::refused).toList();
        refused.forEach(t -> t.commit().run());
        Optional<TypedAnswer> still = refused.stream().filter(TypedAnswer::refused).findFirst();
        if (still.isPresent()) {
            still.get().field().requestFocus();
            onRefused.run();
        } else {
            onSaved.run();
        }
    }

    /** Puts the stored answer back in every field whose typed answer was refused. */
    @Override
    public void discardChanges() {
        for (TypedAnswer t : typed) {
            if (t.refused()) {
                FactValue stored = vm.valueOf(t.slot());
                t.field().setText(stored == null ? "" : plain(stored));
                t.field().getStyleClass().remove("invalid");
                show(t.error(), false);
            }
        }
    }

    @FXML
    private void onBack() {
        if (vm.stepProperty().get() == WizardViewModel.Step.QUESTIONS) {
            leavePage(vm::back);
        } else {
            vm.back();
        }
    }

    @FXML
    private void onSkip() {
        leavePage(vm::skip);
    }

    @FXML
    private void onSnapshot() {
        ContractAssessment a = resultList.getSelectionModel().getSelectedItem();
        Provider p = vm.provider();
        if (a == null || p == null) {
            return;
        }
        Optional<String> label = dialogs.askText(messages.get("snapshot.title"), messages.get("snapshot.header",
                a.policy().insurer().name(), a.contract().name()), messages.get("snapshot.label"), "");
        label.ifPresent(l -> background.run(() -> vm.service().snapshot(p, a, l),
                (AssessmentSnapshot s) -> statusModel.show(messages.get("snapshot.saved", p.name(),
                        nl.inkoopwerkbank.domain.format.Formats.date(LocalDate.now(), messages.locale()))),
                e -> dialogs.error(messages.get("snapshot.failed"), String.valueOf(e.getMessage()))));
    }
}
