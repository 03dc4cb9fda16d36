package nl.inkoopwerkbank.ui.export;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.stage.Window;

import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ExportService.Format;
import nl.inkoopwerkbank.ui.common.Dialogs;

/** The portfolio export dialog: Excel or CSV, where to save, progress and cancel. */
public final class PortfolioExportController {

    private final PortfolioExportViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final List<String> stylesheets;

    @FXML private DialogPane pane;
    @FXML private RadioButton portfolioXlsx;
    @FXML private RadioButton portfolioCsv;
    @FXML private ProgressBar portfolioProgress;
    @FXML private Label portfolioStatus;
    @FXML private Button portfolioCancel;
    @FXML private Button portfolioExport;

    public PortfolioExportController(PortfolioExportViewModel vm, Messages messages, Dialogs dialogs,
                                     List<String> stylesheets) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.stylesheets = stylesheets;
    }

    @FXML
    private void initialize() {
        portfolioCsv.selectedProperty().addListener((o, a, b) -> vm.formatProperty().set(b ? Format.CSV : Format.XLSX));
        portfolioProgress.progressProperty().bind(vm.progressProperty());
        portfolioStatus.textProperty().bind(vm.statusProperty());
        portfolioCancel.visibleProperty().bind(vm.runningProperty());
        portfolioCancel.managedProperty().bind(vm.runningProperty());
        portfolioExport.disableProperty().bind(vm.runningProperty());
        portfolioXlsx.disableProperty().bind(vm.runningProperty());
        portfolioCsv.disableProperty().bind(vm.runningProperty());
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("export.portfolio.title"));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        ((Button) pane.lookupButton(close)).setId("portfolioClose");
        dialog.setOnCloseRequest(e -> vm.cancel());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait();
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }

    @FXML
    private void onExport() {
        String ext = vm.extension();
        dialogs.chooseSaveFile(messages.get("export.portfolio.choose"), vm.suggestedFileName(), ext)
                .map(p -> SummaryPreviewController.withExtension(p, "." + ext))
                .ifPresent(vm::export);
    }
}
