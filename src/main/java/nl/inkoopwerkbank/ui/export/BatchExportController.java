package nl.inkoopwerkbank.ui.export;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.export.BatchExportViewModel.Choice;

/** The batch export dialog: choose, tick, pick a folder or file, watch the progress, cancel. */
public final class BatchExportController {

    private final BatchExportViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final List<String> stylesheets;

    @FXML private DialogPane pane;
    @FXML private ComboBox<Policy> batchPolicy;
    @FXML private ComboBox<ContractType> batchContract;
    @FXML private Label batchCount;
    @FXML private TableView<Choice> batchTable;
    @FXML private TableColumn<Choice, Boolean> tickColumn;
    @FXML private TableColumn<Choice, String> nameColumn;
    @FXML private TableColumn<Choice, String> typeColumn;
    @FXML private TableColumn<Choice, String> placeColumn;
    @FXML private RadioButton batchEach;
    @FXML private RadioButton batchCombined;
    @FXML private ProgressBar batchProgress;
    @FXML private Label batchStatus;
    @FXML private Button batchCancel;
    @FXML private Button batchExport;
    @FXML private Button batchAll;
    @FXML private Button batchNone;

    public BatchExportController(BatchExportViewModel vm, Messages messages, Dialogs dialogs, List<String> stylesheets) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.stylesheets = stylesheets;
    }

    @FXML
    private void initialize() {
        ExportChoices.policies(batchPolicy, vm.policies(), vm.policyProperty());
        ExportChoices.contractTypes(batchContract, vm.contractTypes(), vm.contractTypeProperty(), messages);

        batchTable.setItems(vm.choices());
        tickColumn.setCellValueFactory(c -> c.getValue().selectedProperty());
        tickColumn.setCellFactory(CheckBoxTableCell.forTableColumn(tickColumn));
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().provider().name()));
        typeColumn.setCellValueFactory(c -> new SimpleStringProperty(messages.get(c.getValue().provider().type().labelKey())));
        placeColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().provider().place()));
        batchTable.setPlaceholder(new Label(messages.get("export.batch.empty")));
        batchCount.textProperty().bind(Bindings.createStringBinding(() -> messages.get("export.batch.count",
                vm.selectedCountProperty().get(), vm.choices().size()), vm.selectedCountProperty(), vm.choices()));

        vm.combinedProperty().bind(batchCombined.selectedProperty());
        batchProgress.progressProperty().bind(vm.progressProperty());
        batchStatus.textProperty().bind(vm.statusProperty());
        var running = vm.runningProperty();
        batchCancel.visibleProperty().bind(running);
        batchCancel.managedProperty().bind(running);
        batchExport.disableProperty().bind(running.or(vm.selectedCountProperty().isEqualTo(0)));
        for (javafx.scene.Node n : List.of(batchPolicy, batchContract, batchTable, batchEach, batchCombined, batchAll, batchNone)) {
            n.disableProperty().bind(running);
        }
    }

    /** Shows the dialog (policy, contract type and ticked providers may be preset) and waits until it is closed. */
    public void show(Policy policy, ContractType contract, Collection<Provider> tick, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("export.batch.title"));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        Button closeButton = (Button) pane.lookupButton(close);
        closeButton.setId("batchClose");
        // closing while an export runs cancels it first (nothing is written then)
        dialog.setOnCloseRequest(e -> vm.cancel());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        vm.open(policy, contract, tick);
        dialog.showAndWait();
    }

    @FXML
    private void onAll() {
        vm.selectAll(true);
    }

    @FXML
    private void onNone() {
        vm.selectAll(false);
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }

    @FXML
    private void onExport() {
        Optional<Path> target = batchCombined.isSelected()
                ? dialogs.chooseSaveFile(messages.get("export.batch.choose-file"), vm.suggestedFileName(), "pdf")
                        .map(p -> SummaryPreviewController.withExtension(p, ".pdf"))
                : dialogs.chooseFolder(messages.get("export.batch.choose-folder"));
        target.ifPresent(vm::export);
    }
}
