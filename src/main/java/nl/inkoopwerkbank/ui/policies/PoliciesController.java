package nl.inkoopwerkbank.ui.policies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.textfield.CustomTextField;

import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ConditionText;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.domain.policy.PolicyDiff;
import nl.inkoopwerkbank.io.DiffReport;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/** The Inkoopbeleid section: browse insurer -> policy -> contract type -> requirements, and search them all. */
public final class PoliciesController {

    private final PoliciesViewModel vm;
    private final Messages messages;

    @FXML private BorderPane root;
    @FXML private Label statusLabel;
    @FXML private CustomTextField searchField;
    @FXML private TreeView<Object> tree;
    @FXML private VBox emptyState;
    @FXML private ScrollPane detailScroll;
    @FXML private Label detailTitle;
    @FXML private Label detailSubtitle;
    @FXML private GridPane infoGrid;
    @FXML private VBox tiersBox;
    @FXML private Label requirementsTitle;
    @FXML private TableView<Requirement> requirementsTable;
    @FXML private TableColumn<Requirement, String> reqTextColumn;
    @FXML private TableColumn<Requirement, String> reqRoleColumn;
    @FXML private TableColumn<Requirement, String> reqConditionColumn;
    @FXML private TableColumn<Requirement, String> reqSourceColumn;
    @FXML private VBox datesBox;
    @FXML private VBox ambiguitiesBox;
    @FXML private TableView<PolicyService.Hit> hitsTable;
    @FXML private TableColumn<PolicyService.Hit, String> hitInsurerColumn;
    @FXML private TableColumn<PolicyService.Hit, String> hitPolicyColumn;
    @FXML private TableColumn<PolicyService.Hit, String> hitTextColumn;
    @FXML private TableColumn<PolicyService.Hit, String> hitSourceColumn;

    private final PolicyService policies;
    private final Dialogs dialogs;
    private final ViewLoader views;
    private final StatusModel status;
    private final Background background;

    @FXML private javafx.scene.layout.HBox actions;
    @FXML private javafx.scene.control.Button cloneButton;
    @FXML private javafx.scene.control.Button changesButton;
    @FXML private javafx.scene.control.Button editRequirementButton;
    @FXML private javafx.scene.control.Button editContractButton;
    @FXML private javafx.scene.control.Button policyHistoryButton;
    private nl.inkoopwerkbank.ui.audit.AuditHistory history;

    public PoliciesController(PoliciesViewModel vm, Messages messages, PolicyService policies, Dialogs dialogs,
                              ViewLoader views, StatusModel status, Background background) {
        this.background = background;
        this.vm = vm;
        this.messages = messages;
        this.policies = policies;
        this.dialogs = dialogs;
        this.views = views;
        this.status = status;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(vm.statusProperty());
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        searchField.setId("policySearch");
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
                setTooltip(empty || item == null ? null : new Tooltip(label(item)));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> onTreeSelection(b));
        vm.policies().addListener((ListChangeListener<Policy>) c -> rebuildTree());
        vm.selectionProperty().addListener((o, a, b) -> showSelection(b));

        reqTextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        reqTextColumn.setCellFactory(c -> new WrappingCell<>(r -> ambiguityTip(r)));
        reqRoleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().role().labelKey())));
        reqConditionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(conditionText(c.getValue())));
        reqConditionColumn.setCellFactory(c -> new WrappingCell<>(r -> null));
        reqSourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source().section()));
        reqSourceColumn.setCellFactory(c -> new WrappingCell<>(r -> null));

        hitInsurerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().policy().insurer().name()));
        hitPolicyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().policy())));
        hitTextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().requirement().text()));
        hitTextColumn.setCellFactory(c -> new WrappingCell<>(r -> null));
        hitSourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().requirement().source().section()));
        hitSourceColumn.setCellFactory(c -> new WrappingCell<>(r -> null));
        hitsTable.setItems(vm.hits());
        hitsTable.visibleProperty().bind(vm.searchTextProperty().isNotEmpty());
        hitsTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<PolicyService.Hit> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openHit(row.getItem());
                }
            });
            return row;
        });
        hitsTable.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && hitsTable.getSelectionModel().getSelectedItem() != null) {
                openHit(hitsTable.getSelectionModel().getSelectedItem());
            }
        });
        vm.searchTextProperty().addListener((o, a, b) -> showSelection(vm.selectionProperty().get()));
        editRequirementButton.disableProperty().bind(requirementsTable.getSelectionModel().selectedItemProperty().isNull());
        requirementsTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<Requirement> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    onEditRequirement();
                }
            });
            return row;
        });
        vm.start();
    }

    private String label(Object item) {
        if (item instanceof Policy.Insurer i) {
            return i.name();
        }
        if (item instanceof Policy p) {
            return messages.get("policies.tree.policy", messages.get("policies.domain." + p.domain()), p.year());
        }
        ContractType c = (ContractType) item;
        return c.name() + (c.isTiered() ? "  [" + c.tiers().stream().map(ContractType.Tier::id).collect(Collectors.joining("/")) + "]" : "");
    }

    private void rebuildTree() {
        Map<String, TreeItem<Object>> insurers = new LinkedHashMap<>();
        for (Policy p : vm.policies()) {
            TreeItem<Object> insurer = insurers.computeIfAbsent(p.insurer().id(), k -> {
                TreeItem<Object> t = new TreeItem<>(p.insurer());
                t.setExpanded(true);
                return t;
            });
            TreeItem<Object> policy = new TreeItem<>(p);
            for (ContractType c : p.contractTypes()) {
                policy.getChildren().add(new TreeItem<>(c));
            }
            insurer.getChildren().add(policy);
        }
        tree.getRoot().getChildren().setAll(insurers.values());
    }

    private void onTreeSelection(TreeItem<Object> item) {
        if (item == null) {
            return;
        }
        Object v = item.getValue();
        if (v instanceof Policy p) {
            vm.select(p, null);
        } else if (v instanceof ContractType c) {
            vm.select((Policy) item.getParent().getValue(), c);
        } else if (!item.getChildren().isEmpty()) {
            vm.select((Policy) item.getChildren().get(0).getValue(), null);
        }
    }

    private void openHit(PolicyService.Hit hit) {
        vm.searchTextProperty().set("");
        for (TreeItem<Object> insurer : tree.getRoot().getChildren()) {
            for (TreeItem<Object> policy : insurer.getChildren()) {
                if (policy.getValue() == hit.policy()) {
                    policy.setExpanded(true);
                    tree.getSelectionModel().select(policy);
                    requirementsTable.getSelectionModel().select(hit.requirement());
                    requirementsTable.scrollTo(hit.requirement());
                    return;
                }
            }
        }
    }

    private void showSelection(PoliciesViewModel.Selection s) {
        boolean searching = vm.searching();
        emptyState.setVisible(s == null && !searching);
        detailScroll.setVisible(s != null && !searching);
        if (s == null) {
            return;
        }
        Policy p = s.policy();
        ContractType c = s.contractType();
        infoGrid.getChildren().clear();
        tiersBox.getChildren().clear();
        datesBox.getChildren().clear();
        ambiguitiesBox.getChildren().clear();
        cloneButton.setVisible(c == null);
        cloneButton.setManaged(c == null);
        changesButton.setVisible(c == null);
        changesButton.setManaged(c == null);
        editContractButton.setVisible(c != null);
        editContractButton.setManaged(c != null);
        if (c == null) {
            detailTitle.setText(p.title());
            detailSubtitle.setText(messages.get("policies.policy.subtitle", p.insurer().name(), p.year(),
                    messages.get("policies.domain." + p.domain())));
            info(0, "policies.info.source", p.source().document());
            info(1, "policies.info.contracts", String.valueOf(p.contractTypes().size()));
            info(2, "policies.info.requirements", String.valueOf(p.requirements().size()));
            showDates(p.deadlines());
            showAmbiguities(p.ambiguities());
        } else {
            detailTitle.setText(c.name());
            detailSubtitle.setText(p.title() + " \u00b7 " + p.insurer().name());
            int row = 0;
            info(row++, "policies.info.kind", messages.get(c.kind() == ContractType.Kind.ADDENDUM
                    ? "policies.kind.addendum" : "policies.kind.contract"));
            info(row++, "policies.info.provider-types", c.providerTypes().stream().map(t -> messages.get(t.labelKey()))
                    .collect(Collectors.joining(", ")));
            info(row++, "policies.info.duration", duration(c.duration()));
            info(row++, "policies.info.offered", String.join(", ", c.offeredVia()) + " \u00b7 "
                    + messages.get(c.negotiable() ? "policies.negotiable" : "policies.not-negotiable"));
            if (!c.requires().isEmpty()) {
                info(row++, "policies.info.requires", c.requires().stream()
                        .map(id -> p.contractType(id).map(ContractType::name).orElse(id)).collect(Collectors.joining(" of ")));
            }
            if (c.notes() != null) {
                info(row, "policies.info.notes", c.notes());
            }
            showTiers(p, c);
            showDates(p.deadlines().stream().filter(d -> d.appliesTo().contains("*") || d.appliesTo().contains(c.id())).toList());
            showAmbiguities(p.ambiguities().stream().filter(a -> a.about().contains(c.id())
                    || a.about().stream().anyMatch(x -> x.startsWith(c.id() + "/"))
                    || p.requirementsFor(c.id()).stream().anyMatch(r -> a.about().contains(r.id()))).toList());
        }
        List<Requirement> reqs = vm.requirementsOfSelection();
        requirementsTitle.setText(messages.get("policies.requirements.title", reqs.size()));
        requirementsTable.getItems().setAll(reqs);
        detailScroll.setVvalue(0);
    }

    private void info(int row, String key, String value) {
        Label k = new Label(messages.get(key));
        k.getStyleClass().add("form-label");
        Label v = new Label(value == null || value.isBlank() ? "\u2014" : value);
        v.setWrapText(true);
        infoGrid.addRow(row, k, v);
    }

    private String duration(ContractType.Duration d) {
        if (d == null || (d.start() == null && d.end() == null)) {
            return d == null || d.description() == null ? messages.get("policies.duration.unknown") : d.description();
        }
        String range = messages.get("policies.duration.range", Formats.date(d.start(), messages.locale()),
                d.end() == null ? "?" : Formats.date(d.end(), messages.locale()));
        if (d.extensionIntentYears() > 0) {
            range += " " + messages.get("policies.duration.extension", d.extensionIntentYears());
        }
        return range;
    }

    private void showTiers(Policy p, ContractType c) {
        if (!c.isTiered()) {
            return;
        }
        tiersBox.getChildren().add(title(messages.get("policies.tiers.title")));
        for (ContractType.Tier t : c.tiers()) {
            Label l = new Label(t.name() + ": " + tierRule(p, t));
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.getStyleClass().add("tier-line");
            tiersBox.getChildren().add(l);
        }
    }

    /** A tier's rule in words: its own requirements, or "at least n of" the differentiation factors. */
    private String tierRule(Policy p, ContractType.Tier t) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!t.requirementIds().isEmpty() && !(t.condition() instanceof Condition.AtLeast)) {
            parts.add(t.requirementIds().stream().map(id -> requirementText(p, id)).collect(Collectors.joining("; ")));
        }
        Condition c = t.condition();
        if (c instanceof Condition.AtLeast a && a.of().stream().allMatch(x -> x instanceof Condition.RequirementRef)) {
            parts.add(messages.get("policies.tier.at-least", a.count(), a.of().stream()
                    .map(x -> requirementText(p, ((Condition.RequirementRef) x).requirementId())).collect(Collectors.joining("; "))));
        } else if (c instanceof Condition.Always) {
            parts.add(messages.get("policies.tier.base"));
        } else if (c != null) {
            parts.add(ConditionText.of(c));
        }
        return String.join("; ", parts);
    }

    private static String requirementText(Policy p, String id) {
        return p.requirement(id).map(Requirement::text).orElse(id);
    }

    private void showDates(List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return;
        }
        datesBox.getChildren().add(title(messages.get("policies.dates.title", deadlines.size())));
        for (Deadline d : deadlines.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList()) {
            Label l = new Label(messages.get(d.semantics().labelKey()) + " " + Formats.date(d.date(), messages.locale())
                    + " \u2014 " + d.actor() + ": " + d.action() + (d.channel() == null ? "" : " (" + d.channel() + ")"));
            l.setWrapText(true);
            l.setTooltip(new Tooltip(d.source().section()));
            javafx.scene.control.Button editButton = new javafx.scene.control.Button(null,
                    new org.kordamp.ikonli.javafx.FontIcon("fth-edit-2"));
            editButton.getStyleClass().addAll("flat", "small");
            editButton.setId("editDeadline-" + d.id().replace('.', '_'));
            editButton.setTooltip(new Tooltip(messages.get("policies.action.edit-deadline")));
            editButton.setAccessibleText(messages.get("policies.action.edit-deadline"));
            editButton.setOnAction(e -> editDeadline(d));
            javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(6, editButton, l);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            datesBox.getChildren().add(line);
        }
    }

    private void showAmbiguities(List<Ambiguity> ambiguities) {
        if (ambiguities.isEmpty()) {
            return;
        }
        ambiguitiesBox.getChildren().add(title(messages.get("policies.ambiguities.title", ambiguities.size())));
        for (Ambiguity a : ambiguities) {
            VBox box = new VBox(2);
            box.getStyleClass().add("ambiguity");
            for (int i = 0; i < a.readings().size(); i++) {
                Ambiguity.Reading r = a.readings().get(i);
                Label l = new Label((i == a.chosen() ? "\u2713 " : "\u2022 ") + r.text()
                        + (r.source() == null ? "" : "  [" + r.source().section() + "]"));
                l.setWrapText(true);
                if (i == a.chosen()) {
                    l.getStyleClass().add("ambiguity-chosen");
                }
                box.getChildren().add(l);
            }
            Label why = new Label(messages.get("policies.ambiguities.why", a.why()));
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            box.getChildren().add(why);
            ambiguitiesBox.getChildren().add(box);
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private String conditionText(Requirement r) {
        String cond = ConditionText.of(r.condition());
        return r.when() == null ? cond : messages.get("policies.condition.when", ConditionText.of(r.when()), cond);
    }

    private String ambiguityTip(Requirement r) {
        Policy p = vm.selectionProperty().get() == null ? null : vm.selectionProperty().get().policy();
        if (p == null || p.ambiguitiesAbout(r.id()).isEmpty()) {
            return null;
        }
        return p.ambiguitiesAbout(r.id()).stream().map(a -> messages.get("policies.ambiguities.chosen", a.chosenReading().text()))
                .collect(Collectors.joining("\n"));
    }

    /** A text cell that wraps; a non-null tip marks the row as ambiguous (warning sign and tooltip). */
    private static final class WrappingCell<S> extends TableCell<S, String> {
        private final java.util.function.Function<S, String> tip;

        WrappingCell(java.util.function.Function<S, String> tip) {
            this.tip = tip;
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            S row = getTableRow() == null ? null : getTableRow().getItem();
            String t = row == null ? null : tip.apply(row);
            setText(t == null ? item : "\u26a0 " + item);
            setTooltip(t == null ? null : new Tooltip(t));
        }
    }

    /** Gives the browser its "Geschiedenis" button (the history of the chosen policy). */
    public void setHistory(nl.inkoopwerkbank.ui.audit.AuditHistory history) {
        this.history = history;
    }

    @FXML
    private void onHistory() {
        PoliciesViewModel.Selection s = vm.selectionProperty().get();
        if (history == null || s == null) {
            return;
        }
        Policy p = s.policy();
        history.open(nl.inkoopwerkbank.domain.audit.AuditEntityType.POLICY, p.id(),
                p.title() + " (" + p.insurer().name() + ")", policyHistoryButton);
    }

    @FXML
    private void onClone() {
        PoliciesViewModel.Selection s = vm.selectionProperty().get();
        if (s == null) {
            return;
        }
        Policy p = s.policy();
        Optional<String> answer = dialogs.askText(messages.get("policies.clone.title"),
                messages.get("policies.clone.header", p.title()), messages.get("policies.clone.label"), String.valueOf(p.year() + 1));
        if (answer.isEmpty()) {
            return;
        }
        int year;
        try {
            year = Integer.parseInt(answer.get());
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year <= p.year() || year > p.year() + 10) {
            dialogs.error(messages.get("policies.clone.title"), messages.get("policies.clone.invalid", answer.get(), p.year()));
            return;
        }
        int target = year;
        background.run(() -> policies.cloneToYear(p.id(), target), copy -> {
            status.show(messages.get("policies.saved", copy.title()));
            vm.reload(() -> selectInTree(copy.id(), null));
        }, e -> dialogs.error(messages.get("policies.clone.title"),
                messages.get("policies.clone.failed", String.valueOf(e.getMessage()))));
    }

    @FXML
    private void onChanges() {
        PoliciesViewModel.Selection s = vm.selectionProperty().get();
        if (s == null) {
            return;
        }
        Policy to = s.policy();
        Optional<Policy> from = policies.previousOf(to);
        if (from.isEmpty()) {
            dialogs.info(messages.get("policies.action.changes"), messages.get("policies.changes.none-before",
                    to.insurer().name(), messages.get("policies.domain." + to.domain())));
            return;
        }
        PolicyDiff diff = PolicyDiff.between(from.get(), to);
        String report = DiffReport.markdown(diff, from.get(), to, messages);
        String title = messages.get("policy.diff.title", to.year(), from.get().year(), to.insurer().name());
        if (dialogs.showText(messages.get("policies.action.changes"), title, report, messages.get("policies.changes.export"))) {
            dialogs.chooseSaveFile(title, "wijzigingen-" + to.id() + ".md", "md").ifPresent(file -> {
                try {
                    DiffReport.write(report, file);
                    status.show(messages.get("policies.changes.exported", file));
                } catch (java.io.IOException e) {
                    dialogs.error(title, String.valueOf(e.getMessage()));
                }
            });
        }
    }

    @FXML
    private void onEditRequirement() {
        PoliciesViewModel.Selection s = vm.selectionProperty().get();
        Requirement r = requirementsTable.getSelectionModel().getSelectedItem();
        if (s == null || r == null) {
            return;
        }
        Optional<nl.inkoopwerkbank.domain.fact.FactDefinition> fact = r.condition() instanceof Condition.FactTest t
                ? policies.facts().find(t.fact()) : Optional.empty();
        RequirementEditorViewModel model = new RequirementEditorViewModel(s.policy(), r, fact, messages);
        ViewLoader.Loaded<RequirementEditorController> editor = views.load(View.POLICY_REQUIREMENT_EDITOR);
        editor.controller().edit(model, dialogs, root.getScene() == null ? null : root.getScene().getWindow(),
                root.getScene() == null ? List.of() : root.getScene().getStylesheets()).ifPresent(saved -> {
            status.show(messages.get("policies.saved", saved.title()));
            String contract = s.contractType() == null ? null : s.contractType().id();
            vm.reload(() -> {
                selectInTree(saved.id(), contract);
                saved.requirement(r.id()).ifPresent(x -> {
                    requirementsTable.getSelectionModel().select(x);
                    requirementsTable.scrollTo(x);
                });
            });
        });
    }

    @FXML
    private void onEditContract() {
        PoliciesViewModel.Selection s = vm.selectionProperty().get();
        if (s == null || s.contractType() == null) {
            return;
        }
        ViewLoader.Loaded<ContractEditorController> editor = views.load(View.POLICY_CONTRACT_EDITOR);
        editor.controller().edit(new ContractEditorViewModel(s.policy(), s.contractType(), messages), dialogs, window(),
                        stylesheets())
                .ifPresent(saved -> afterSave(saved, s));
    }

    private void editDeadline(Deadline d) {
        PoliciesViewModel.Selection s = vm.selectionProperty().get();
        if (s == null) {
            return;
        }
        ViewLoader.Loaded<DeadlineEditorController> editor = views.load(View.POLICY_DEADLINE_EDITOR);
        editor.controller().edit(new DeadlineEditorViewModel(s.policy(), d, messages), dialogs, window(), stylesheets())
                .ifPresent(saved -> afterSave(saved, s));
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private List<String> stylesheets() {
        return root.getScene() == null ? List.of() : root.getScene().getStylesheets();
    }

    /** Shows the saved policy again, on the same policy or contract type. */
    private void afterSave(Policy saved, PoliciesViewModel.Selection was) {
        status.show(messages.get("policies.saved", saved.title()));
        String contract = was.contractType() == null ? null : was.contractType().id();
        vm.reload(() -> selectInTree(saved.id(), contract));
    }

    /** Opens a policy (from the calendar): the tree is loaded again and the policy chosen. */
    public void showPolicy(String policyId) {
        vm.reload(() -> selectInTree(policyId, null));
    }

    /** Selects a policy (and optionally one of its contract types) in the tree. */
    private void selectInTree(String policyId, String contractId) {
        for (TreeItem<Object> insurer : tree.getRoot().getChildren()) {
            for (TreeItem<Object> policy : insurer.getChildren()) {
                if (policy.getValue() instanceof Policy p && p.id().equals(policyId)) {
                    insurer.setExpanded(true);
                    policy.setExpanded(true);
                    TreeItem<Object> target = policy;
                    for (TreeItem<Object> c : policy.getChildren()) {
                        if (c.getValue() instanceof ContractType ct && ct.id().equals(contractId)) {
                            target = c;
                        }
                    }
                    tree.getSelectionModel().select(target);
                    tree.scrollTo(tree.getRow(target));
                    return;
                }
            }
        }
    }

    public BorderPane root() {
        return root;
    }
}
