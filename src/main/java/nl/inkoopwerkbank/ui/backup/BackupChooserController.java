package nl.inkoopwerkbank.ui.backup;

import java.util.List;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.i18n.Messages;

/** Lets the buyer pick one of the backups (newest first, with what each holds) to restore. */
public final class BackupChooserController {

    private final Messages messages;
    private final List<String> stylesheets;

    @FXML private DialogPane pane;
    @FXML private BackupListController backupListController;
    @FXML private Label chooserKeptNote;

    public BackupChooserController(Messages messages, List<String> stylesheets) {
        this.messages = messages;
        this.stylesheets = stylesheets;
    }

    /** The backup chosen, or empty when the buyer cancelled. */
    public Optional<BackupInfo> choose(Window owner, List<BackupInfo> backups, String keptNote) {
        backupListController.setBackups(backups, null);
        chooserKeptNote.setText(keptNote);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("chooser.title"));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType restore = new ButtonType(messages.get("chooser.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(restore, cancel);
        Button restoreButton = (Button) pane.lookupButton(restore);
        restoreButton.setId("chooserRestore");
        restoreButton.disableProperty().bind(backupListController.selectedProperty().isNull());
        ((Button) pane.lookupButton(cancel)).setId("chooserCancel");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        BackupInfo[] chosen = new BackupInfo[1];
        dialog.setResultConverter(b -> {
            chosen[0] = b == restore ? backupListController.selected() : null;
            return b;
        });
        dialog.showAndWait();
        return Optional.ofNullable(chosen[0]);
    }
}
