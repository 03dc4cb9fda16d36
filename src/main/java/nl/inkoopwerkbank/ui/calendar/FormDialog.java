package nl.inkoopwerkbank.ui.calendar;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Dialogs;

/**
 * The calendar's dialogs around an FXML {@link DialogPane}: a confirm button and "Annuleren", the app's
 * stylesheets, the main window as owner. The controller consumes the confirm button's action, saves in
 * the background and calls {@link #close()} once the save succeeded, so a refused save leaves it open.
 */
final class FormDialog {

    final Dialog<ButtonType> dialog = new Dialog<>();
    final ButtonType confirm;
    final Button confirmButton;

    FormDialog(DialogPane pane, String title, String confirmText, String confirmId, Messages messages, Window owner,
               List<String> stylesheets) {
        dialog.setTitle(title);
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(confirm,
                new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId(confirmId);
        if (owner != null) {
            dialog.initOwner(owner);
        }
    }

    /**
     * Makes Annuleren, Escape and the close button ask before throwing away what the buyer changed
     * ({@code changed}); unchanged, the dialog closes at once.
     */
    void askBeforeClosing(Dialogs dialogs, BooleanSupplier changed, Supplier<String> what) {
        dialogs.askBeforeClosing(dialog, confirm, changed, what);
    }

    /** Closes the dialog after a successful save. */
    void close() {
        dialog.setResult(confirm);
        dialog.close();
    }
}
