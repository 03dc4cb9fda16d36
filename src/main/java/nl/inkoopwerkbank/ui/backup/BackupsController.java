package nl.inkoopwerkbank.ui.backup;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.stage.Window;
import javafx.util.StringConverter;

import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.BackupService;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/**
 * The "Gegevens en back-ups" dialog: where the database and its backups are, encryption, how many backups
 * are kept, the backups with what each holds, a backup now, and restoring one after confirmation.
 */
public final class BackupsController {

    private final BackupsViewModel vm;
    private final DataActions actions;
    private final ViewLoader views;
    private final Messages messages;
    private final Dialogs dialogs;
    private final List<String> stylesheets;

    @FXML private DialogPane pane;
    @FXML private Label databaseFileLabel;
    @FXML private Label encryptionStateLabel;
    @FXML private Button encryptButton;
    @FXML private Button changePassphraseButton;
    @FXML private Button decryptButton;
    @FXML private Label backupFolderLabel;
    @FXML private Spinner<Integer> generationsSpinner;
    @FXML private Label generationsMessage;
    @FXML private ProgressIndicator backupBusy;
    @FXML private Button backupNowButton;
    @FXML private Label backupStatus;
    @FXML private BackupListController backupListController;
    @FXML private Button restoreButton;

    private Dialog<ButtonType> dialog;
    private DataRequest request;

    public BackupsController(BackupsViewModel vm, DataActions actions, ViewLoader views, Dialogs dialogs,
                             List<String> stylesheets) {
        this.vm = vm;
        this.actions = actions;
        this.views = views;
        this.messages = views.messages();
        this.dialogs = dialogs;
        this.stylesheets = stylesheets;
    }

    @FXML
    private void initialize() {
        DataInfo info = actions.info();
        databaseFileLabel.setText(info.databaseFile());
        backupFolderLabel.setText(info.backupFolder());
        encryptionStateLabel.setText(messages.get(info.encrypted() ? "backups.dialog.encrypted.yes" : "backups.dialog.encrypted.no"));
        show(encryptButton, !info.encrypted());
        show(changePassphraseButton, info.encrypted());
        show(decryptButton, info.encrypted());

        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                BackupService.MIN_GENERATIONS, BackupService.MAX_GENERATIONS, vm.generationsProperty().get());
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : String.valueOf(n);
            }

            @Override
            public Integer fromString(String text) {
                Optional<Integer> n = vm.parseGenerations(text);
                if (n.isEmpty()) {
                    // keep the stored number and show it again in the field
                    Platform.runLater(() -> generationsSpinner.getEditor().setText(String.valueOf(factory.getValue())));
                    return factory.getValue();
                }
                return n.get();
            }
        });
        generationsSpinner.setValueFactory(factory);
        vm.generationsProperty().addListener((o, a, b) -> factory.setValue(b.intValue()));
        factory.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.saveGenerations(b);
            }
        });
        generationsMessage.textProperty().bind(vm.generationsMessageProperty());
        vm.generationsIsErrorProperty().addListener((o, a, b) -> styleError(generationsMessage, b));

        backupBusy.visibleProperty().bind(vm.runningProperty());
        backupNowButton.disableProperty().bind(vm.runningProperty());
        backupStatus.textProperty().bind(vm.statusProperty());
        backupStatus.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        backupStatus.managedProperty().bind(backupStatus.visibleProperty());
        vm.statusIsErrorProperty().addListener((o, a, b) -> styleError(backupStatus, b));

        vm.backups().addListener((javafx.collections.ListChangeListener<BackupInfo>) c ->
                backupListController.setBackups(List.copyOf(vm.backups()), vm.selectIdProperty().get()));
        restoreButton.disableProperty().bind(backupListController.selectedProperty().isNull().or(vm.runningProperty()));
        vm.load();
    }

    private static void show(Button b, boolean visible) {
        b.setVisible(visible);
        b.setManaged(visible);
    }

    private static void styleError(Label label, boolean error) {
        label.getStyleClass().removeAll("field-error", "muted");
        label.getStyleClass().add(error ? "field-error" : "muted");
    }

    /** Shows the dialog; a restore or encryption change the buyer confirmed is handed to the application after it closed. */
    public void show(Window owner) {
        dialog = new Dialog<>();
        dialog.setTitle(messages.get("backups.dialog.title"));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        ((Button) pane.lookupButton(close)).setId("backupsClose");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait();
        DataRequest chosen = request;
        request = null;
        if (chosen != null) {
            actions.perform(chosen);
        }
    }

    private void finish(DataRequest r) {
        request = r;
        dialog.setResult(ButtonType.CLOSE);
        dialog.close();
    }

    @FXML
    private void onBackupNow() {
        vm.backupNow();
    }

    @FXML
    private void onRestore() {
        BackupInfo b = backupListController.selected();
        if (b == null) {
            return;
        }
        BackupTexts texts = vm.texts();
        String contents = BackupTexts.contentsKnown(b) ? messages.get("backups.restore.confirm.contents",
                String.join(", ", texts.contents(b))) : messages.get("backups.restore.confirm.unknown");
        String content = contents + "\n\n" + messages.get("backups.restore.confirm.kept")
                + (b.encrypted() ? "\n\n" + messages.get("backups.restore.confirm.encrypted") : "");
        if (dialogs.confirm(messages.get("backups.restore.confirm.title"),
                messages.get("backups.restore.confirm.header", texts.when(b.createdAt())), content,
                messages.get("backups.restore.confirm.ok"))) {
            finish(new DataRequest.Restore(b));
        }
    }

    @FXML
    private void onEncrypt() {
        askEncryption(EncryptionViewModel.Mode.ENCRYPT);
    }

    @FXML
    private void onChangePassphrase() {
        askEncryption(EncryptionViewModel.Mode.CHANGE);
    }

    @FXML
    private void onDecrypt() {
        askEncryption(EncryptionViewModel.Mode.DECRYPT);
    }

    private void askEncryption(EncryptionViewModel.Mode mode) {
        ViewLoader.Loaded<EncryptionController> loaded = views.load(View.ENCRYPTION_DIALOG);
        loaded.controller().show(pane.getScene() == null ? null : pane.getScene().getWindow(), mode, actions,
                stylesheets).ifPresent(this::finish);
    }
}
