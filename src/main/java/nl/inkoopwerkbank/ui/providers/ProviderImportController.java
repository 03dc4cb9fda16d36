package nl.inkoopwerkbank.ui.providers;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.i18n.Messages;

/**
 * The provider import dialog: the chosen register, "Importeren" to start, the progress with a cancel
 * button while it runs, and afterwards the counts or every problem (file, line, column, reason).
 */
public final class ProviderImportController {

    private final ProviderImportViewModel vm;
    private final Messages messages;
    private final List<String> stylesheets;

    @FXML private DialogPane pane;
    @FXML private Label importFile;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;
    @FXML private Button importCancel;
    @FXML private Button importStart;
    @FXML private TableView<Problem> importProblems;
    @FXML private TableColumn<Problem, String> problemFileColumn;
    @FXML private TableColumn<Problem, String> problemLineColumn;
    @FXML private TableColumn<Problem, String> problemColumnColumn;
    @FXML private TableColumn<Problem, String> problemReasonColumn;

    public ProviderImportController(ProviderImportViewModel vm, Messages messages, List<String> stylesheets) {
        this.vm = vm;
        this.messages = messages;
        this.stylesheets = stylesheets;
    }

    @FXML
    private void initialize() {
        importFile.textProperty().bind(vm.fileProperty().map(f -> messages.get("providers.import.file",
                f.getFileName() == null ? f.toString() : f.getFileName().toString())).orElse(""));
        importProgress.progressProperty().bind(vm.progressProperty());
        importStatus.textProperty().bind(vm.statusProperty());
        var running = vm.runningProperty();
        importCancel.visibleProperty().bind(running);
        importCancel.managedProperty().bind(running);
        importStart.disableProperty().bind(running.or(vm.outcomeProperty().isEqualTo(ProviderImportViewModel.Outcome.IMPORTED)));
        importProblems.setItems(vm.problems());
        problemFileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        problemLineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ProviderImportViewModel.line(c.getValue())));
        problemColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().column() == null ? "" : c.getValue().column()));
        problemReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.reason(c.getValue())));
        problemReasonColumn.setCellFactory(column -> new WrappingCell());
    }

    /** A reason is a sentence: it wraps within its column instead of being cut off. */
    private static final class WrappingCell extends TableCell<Problem, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            text.getStyleClass().add("import-reason");
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(null);
            setGraphic(empty || item == null ? null : text);
        }
    }

    /**
     * Shows the dialog for a register and waits until it is closed; {@code onFinished} runs after every
     * import that ended (the list then shows what is stored). Closing while an import runs cancels it.
     */
    public void show(Path file, Window owner, Runnable onFinished) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("providers.import.title"));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        ((Button) pane.lookupButton(close)).setId("providersImportClose");
        dialog.setOnCloseRequest(e -> vm.cancel());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        vm.setOnFinished(onFinished);
        vm.open(file);
        dialog.showAndWait();
    }

    @FXML
    private void onStart() {
        vm.start();
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }
}
