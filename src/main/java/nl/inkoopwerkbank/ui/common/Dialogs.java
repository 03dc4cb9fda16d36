package nl.inkoopwerkbank.ui.common;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import nl.inkoopwerkbank.i18n.Messages;

/** The one place that shows dialogs, so every screen asks the same way and tests can click them. */
public final class Dialogs {

    /** What to do with unsaved changes. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private final Messages messages;
    private Window owner;

    public Dialogs(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Asks to confirm a destructive action; the safe button is the default. */
    public boolean confirm(String title, String header, String content, String confirmText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(header);
        prepare(alert);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    public UnsavedChoice askUnsaved(String what) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("unsaved.content", what), save, discard, cancel);
        alert.setTitle(messages.get("unsaved.title"));
        alert.setHeaderText(messages.get("unsaved.header"));
        prepare(alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    public void error(String header, String content) {
        Alert alert = new Alert(Alert.AlertType.ERROR, content, ButtonType.OK);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        prepare(alert);
        alert.showAndWait();
    }

    private void prepare(Alert alert) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setMinWidth(420);
        alert.setResizable(true);
    }
}
