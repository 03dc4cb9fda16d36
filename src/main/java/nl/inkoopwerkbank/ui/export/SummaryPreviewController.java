package nl.inkoopwerkbank.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;

/** The print preview of a contract summary: the A4 pages as they will print, with print and save. */
public final class SummaryPreviewController {

    /** Print resolution: sharp text on paper without huge images. */
    static final float PRINT_DPI = 200f;

    private final SummaryPreviewViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Background background;
    private final List<String> stylesheets;

    @FXML private DialogPane pane;
    @FXML private Label providerLabel;
    @FXML private ComboBox<Policy> previewPolicy;
    @FXML private ComboBox<ContractType> previewContract;
    @FXML private ToggleButton zoomFit;
    @FXML private ToggleButton zoomLarge;
    @FXML private javafx.scene.control.ScrollPane previewScroller;
    @FXML private javafx.scene.layout.VBox previewPages;
    @FXML private ProgressIndicator previewBusy;
    @FXML private Label previewStatus;
    @FXML private Button printButton;
    @FXML private Button previewSave;

    public SummaryPreviewController(SummaryPreviewViewModel vm, Messages messages, Dialogs dialogs, Background background,
                                    List<String> stylesheets) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.background = background;
        this.stylesheets = stylesheets;
    }

    @FXML
    private void initialize() {
        ExportChoices.policies(previewPolicy, vm.policies(), vm.policyProperty());
        ExportChoices.contractTypes(previewContract, vm.contractTypes(), vm.contractTypeProperty(), messages);
        previewBusy.visibleProperty().bind(vm.busyProperty());
        previewStatus.textProperty().bind(vm.statusProperty());
        printButton.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(vm.pages())));
        previewSave.disableProperty().bind(printButton.disableProperty());
        vm.pages().addListener((ListChangeListener<Image>) c -> showPages());
        zoomFit.selectedProperty().addListener((o, a, b) -> showPages());
        // a toggle group lets the selected button be clicked off; keep one selected
        zoomFit.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });
    }

    private void showPages() {
        previewPages.getChildren().clear();
        int n = 0;
        for (Image img : vm.pages()) {
            ImageView view = new ImageView(img);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            if (zoomFit.isSelected()) {
                // page width: as wide as the viewport allows, never wider than the page at screen size
                view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.min(img.getWidth(), Math.max(200, previewScroller.getViewportBounds().getWidth() - 48)),
                        previewScroller.viewportBoundsProperty()));
            }
            view.setId("previewPage" + (++n));
            view.getStyleClass().add("preview-page");
            javafx.scene.layout.StackPane sheet = new javafx.scene.layout.StackPane(view);
            sheet.getStyleClass().add("preview-sheet");
            sheet.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            previewPages.getChildren().add(sheet);
        }
    }

    /** Shows the preview for a provider and waits until it is closed. */
    public void show(Provider provider, Window owner) {
        providerLabel.setText(messages.get("export.preview.title", provider.name()));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("export.preview.window", provider.name()));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        ((Button) pane.lookupButton(close)).setId("previewClose");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        vm.open(provider);
        dialog.showAndWait();
    }

    @FXML
    private void onSave() {
        Optional<java.nio.file.Path> target = dialogs.chooseSaveFile(messages.get("export.preview.save.title"),
                vm.suggestedFileName(), "pdf");
        target.ifPresent(t -> vm.save(withExtension(t, ".pdf"), p -> { },
                e -> dialogs.error(messages.get("export.preview.save-failed.header"), String.valueOf(e.getMessage()))));
    }

    static java.nio.file.Path withExtension(java.nio.file.Path p, String ext) {
        String n = p.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? p : p.resolveSibling(n + ext);
    }

    @FXML
    private void onPrint() {
        byte[] pdf = vm.pdf();
        if (pdf == null) {
            return;
        }
        PrinterJob job = Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.error(messages.get("export.print.no-printer.header"), messages.get("export.print.no-printer"));
            return;
        }
        if (!job.showPrintDialog(pane.getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        vm.statusProperty().set(messages.get("export.print.busy"));
        background.run(() -> {
            List<Image> pages = PageImages.of(vm.exports().pages(pdf, PRINT_DPI));
            PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                    Printer.MarginType.HARDWARE_MINIMUM);
            List<Boolean> ok = new ArrayList<>();
            for (Image img : pages) {
                ImageView v = new ImageView(img);
                v.setPreserveRatio(true);
                v.setFitWidth(layout.getPrintableWidth());
                v.setFitHeight(layout.getPrintableHeight());
                ok.add(job.printPage(layout, v));
            }
            return ok.stream().allMatch(b -> b) && job.endJob();
        }, done -> vm.statusProperty().set(messages.get(done ? "export.print.done" : "export.print.failed")),
                e -> dialogs.error(messages.get("export.print.failed"), String.valueOf(e.getMessage())));
    }
}
