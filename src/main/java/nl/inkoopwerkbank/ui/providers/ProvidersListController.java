package nl.inkoopwerkbank.ui.providers;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.Callback;

import org.controlsfx.control.textfield.CustomTextField;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.SortKey;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/**
 * The providers section: search and filters over a table whose sorting is done by the database, with
 * the detail/edit pane beside it. Never drops unsaved changes silently.
 */
public final class ProvidersListController {

    private final ProvidersViewModel vm;
    private final ProviderFormViewModel formVm;
    private final ProviderService service;
    private final Background background;
    private final Messages messages;
    private final Dialogs dialogs;

    @FXML private BorderPane root;
    @FXML private Label countLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private CustomTextField searchField;
    @FXML private ComboBox<ProviderType> typeFilter;
    @FXML private ComboBox<String> regionFilter;
    @FXML private ComboBox<ContractFilter> contractFilter;
    @FXML private Button newButton;
    @FXML private Button assessButton;
    @FXML private javafx.scene.control.Button summaryButton;
    private nl.inkoopwerkbank.ui.shell.Navigator navigator;
    private java.util.function.Supplier<ViewLoader.Loaded<ProviderImportController>> importDialog;
    @FXML private TableView<ProviderRow> table;
    @FXML private TableColumn<ProviderRow, String> agbColumn;
    @FXML private TableColumn<ProviderRow, String> nameColumn;
    @FXML private TableColumn<ProviderRow, String> typeColumn;
    @FXML private TableColumn<ProviderRow, String> placeColumn;
    @FXML private TableColumn<ProviderRow, String> regionColumn;
    @FXML private TableColumn<ProviderRow, String> contractsColumn;
    @FXML private ProviderFormController formController;
    @FXML private javafx.scene.Node form;
    @FXML private javafx.scene.control.SplitPane split;

    /** Width the detail pane starts with, in pixels. */
    private static final double DETAIL_WIDTH = 450;

    private boolean restoringSelection;
    private Long pendingSelectId;

    public ProvidersListController(ProvidersViewModel vm, ProviderFormViewModel formVm, ProviderService service,
                                   Background background, Messages messages, Dialogs dialogs) {
        this.vm = vm;
        this.formVm = formVm;
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Loads the import dialog (a fresh one each time). */
    public void setImportDialog(java.util.function.Supplier<ViewLoader.Loaded<ProviderImportController>> importDialog) {
        this.importDialog = importDialog;
    }

    /**
     * Imports a provider register: unsaved changes in the form first (an import may update that provider),
     * then the file, then the import dialog. Afterwards the list, and the provider in the form, show what is
     * stored: the new data, or after a cancel or a refusal the old.
     */
    @FXML
    private void onImport() {
        if (importDialog == null) {
            return;
        }
        whenSafeToLeave(() -> dialogs.chooseOpenFile(messages.get("providers.import.choose"), "csv").ifPresent(file -> {
            ViewLoader.Loaded<ProviderImportController> d = importDialog.get();
            d.controller().show(file, root.getScene() == null ? null : root.getScene().getWindow(), () -> {
                vm.reloadAfterEdit();
                Provider open = formVm.original();
                if (open != null && open.id() != null && !formVm.isDirty()) {
                    open(open.id());
                }
            });
        }), () -> { });
    }

    /** Lets "Toetsen" open the provider's matrix in the Toetsing section. */
    public void setNavigator(nl.inkoopwerkbank.ui.shell.Navigator navigator) {
        this.navigator = navigator;
    }

    /** Opens the print preview of the selected provider's contract summary. */
    @FXML
    private void onSummary() {
        ProviderRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || navigator == null) {
            return;
        }
        background.run(() -> service.find(row.id()), found -> found.ifPresent(navigator::showSummary), e -> { });
    }

    @FXML
    private void onAssess() {
        ProviderRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || navigator == null) {
            return;
        }
        background.run(() -> service.find(row.id()), found -> found.ifPresent(navigator::showMatrix), e -> { });
    }

    @FXML
    private void initialize() {
        // a wider window gives the table more room; the detail pane keeps its width
        javafx.scene.control.SplitPane.setResizableWithParent(form, false);
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number width) {
                if (width.doubleValue() > DETAIL_WIDTH * 2) {
                    split.setDividerPositions(1 - DETAIL_WIDTH / width.doubleValue());
                    split.widthProperty().removeListener(this);
                }
            }
        });
        assessButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        summaryButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        countLabel.textProperty().bind(vm.countTextProperty());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        searchField.setId("providerSearch");

        typeFilter.getItems().setAll(allAnd(ProviderType.values()));
        typeFilter.setConverter(Converters.showing(t -> t == null ? messages.get("providers.filter.all-types") : messages.get(t.labelKey())));
        typeFilter.setButtonCell(Converters.cell(t -> t == null ? messages.get("providers.filter.all-types") : messages.get(t.labelKey())));
        typeFilter.valueProperty().bindBidirectional(vm.typeFilterProperty());

        regionFilter.setButtonCell(Converters.cell(r -> r == null ? messages.get("providers.filter.all-regions") : r));
        regionFilter.setConverter(Converters.showing(r -> r == null ? messages.get("providers.filter.all-regions") : r));
        vm.regions().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = vm.regionFilterProperty().get();
            regionFilter.getItems().setAll(allAnd(vm.regions().toArray(new String[0])));
            regionFilter.setValue(keep);
        });
        regionFilter.valueProperty().bindBidirectional(vm.regionFilterProperty());

        contractFilter.setButtonCell(Converters.cell(f -> f == null ? messages.get("providers.filter.all-contracts") : f.label()));
        contractFilter.setConverter(Converters.showing(f -> f == null ? messages.get("providers.filter.all-contracts") : f.label()));
        vm.contractFilters().addListener((javafx.collections.ListChangeListener<ContractFilter>) c -> {
            ContractFilter keep = vm.contractFilterProperty().get();
            contractFilter.getItems().setAll(allAnd(vm.contractFilters().toArray(new ContractFilter[0])));
            contractFilter.setValue(keep);
        });
        contractFilter.valueProperty().bindBidirectional(vm.contractFilterProperty());

        agbColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agbCode()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().type().labelKey())));
        placeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().place()));
        regionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().region()));
        contractsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(", ",
                c.getValue().contractInsurerIds().stream().map(vm::insurerShortName).toList())));
        agbColumn.setUserData(SortKey.AGB_CODE);
        nameColumn.setUserData(SortKey.NAME);
        typeColumn.setUserData(SortKey.TYPE);
        placeColumn.setUserData(SortKey.PLACE);
        regionColumn.setUserData(SortKey.REGION);
        // The database sorts; the table only shows its order.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(SortKey.NAME, true);
            } else {
                TableColumn<ProviderRow, ?> col = t.getSortOrder().get(0);
                vm.sortBy((SortKey) col.getUserData(), col.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> onSelection(before, after));
        vm.rows().addListener((javafx.collections.ListChangeListener<ProviderRow>) c -> reselect());

        formVm.setInsurers(List.of());
        vm.insurers().addListener((javafx.collections.ListChangeListener<nl.inkoopwerkbank.domain.provider.Insurer>) c ->
                formVm.setInsurers(List.copyOf(vm.insurers())));
        vm.start();
    }

    @SafeVarargs
    private static <T> List<T> allAnd(T... values) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(List.of(values));
        return out;
    }

    /** Keeps the row of the provider being edited selected after the list is refreshed. */
    private void reselect() {
        Long id = pendingSelectId != null ? pendingSelectId
                : formVm.original() != null ? formVm.original().id() : null;
        if (id == null) {
            return;
        }
        restoringSelection = true;
        try {
            for (ProviderRow r : vm.rows()) {
                if (r.id() == id) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    pendingSelectId = null;
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            restoringSelection = false;
        }
    }

    private void onSelection(ProviderRow before, ProviderRow after) {
        if (restoringSelection || after == null) {
            return;
        }
        if (formVm.original() != null && formVm.original().id() != null && formVm.original().id() == after.id()) {
            return;
        }
        if (!formVm.isDirty()) {
            open(after.id());
            return;
        }
        // ask after the selection event has finished: a dialog inside it would run while the table is mid-update
        Long keep = formVm.original() == null ? null : formVm.original().id();
        Platform.runLater(() -> whenSafeToLeave(() -> open(after.id()), () -> restore(keep)));
    }

    /** Puts the selection back on the provider whose edit the buyer kept (none for a new provider). */
    private void restore(Long id) {
        restoringSelection = true;
        try {
            table.getSelectionModel().clearSelection();
            if (id != null) {
                vm.rows().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
            }
        } finally {
            restoringSelection = false;
        }
    }

    private void open(long id) {
        background.run(() -> service.find(id), found -> {
            if (found.isPresent()) {
                formVm.edit(found.get());
            } else {
                formVm.clear();
                vm.refresh();
            }
        }, e -> dialogs.error(messages.get("providers.open-failed"), String.valueOf(e.getMessage())));
    }

    @FXML
    private void onNew() {
        whenSafeToLeave(() -> {
            restoringSelection = true;
            table.getSelectionModel().clearSelection();
            restoringSelection = false;
            formVm.startNew();
            formController.focusFirstField();
        }, () -> { });
    }

    @FXML
    private void onClearFilters() {
        vm.clearFilters();
    }

    /**
     * Runs {@code proceed} when there are no unsaved changes, or after the buyer chose to save (and the
     * save succeeded) or to discard them; runs {@code stay} when they chose to stay or the save was refused.
     */
    public void whenSafeToLeave(Runnable proceed, Runnable stay) {
        dialogs.whenSafeToLeave(formController, proceed, stay);
    }

    /** The provider form: what this section can hold unsaved. */
    public nl.inkoopwerkbank.ui.common.UnsavedChanges unsavedChanges() {
        return formController;
    }

    /** Shows the list with a contract filter preset (from the dashboard). */
    public void showContractFilter(String insurerId, ContractStatus status) {
        vm.showContractFilter(insurerId, status);
    }

    /** Shows one provider: the list narrowed to its AGB code, its row chosen and its form open. */
    public void showProvider(nl.inkoopwerkbank.domain.provider.Provider p) {
        whenSafeToLeave(() -> {
            pendingSelectId = p.id();
            vm.clearFilters();
            vm.searchTextProperty().set(p.agbCode());
            open(p.id());
        }, () -> { });
    }

    public void showType(ProviderType type) {
        vm.clearFilters();
        vm.typeFilterProperty().set(type);
    }

    /** Reloads the list (the section is shown again). */
    public void refresh() {
        vm.reloadAfterEdit();
    }

    public BorderPane root() {
        return root;
    }

    Callback<TableView<ProviderRow>, Boolean> sortPolicyForTest() {
        return table.getSortPolicy();
    }
}
