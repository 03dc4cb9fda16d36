package nl.inkoopwerkbank.ui.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.Dialogs;

/**
 * Shows an editor of one part of a policy. "Opslaan" builds the edited policy, which the service
 * validates as a whole before storing it; when it is refused the dialog stays open with the reasons, so
 * nothing typed is lost.
 */
final class EditorDialog {

    private EditorDialog() {
    }

    /**
     * @param build the edited policy, or null with reasons added to the list when the input itself is wrong
     * @param changed whether the buyer edited anything: then Annuleren, Escape and the close button ask first
     * @param what what is being edited, for that question ("eis K-12 van Inkoopbeleid Geboortezorg 2028")
     * @return the stored policy, or empty when cancelled
     */
    static Optional<Policy> show(DialogPane pane, Label errorLabel, String title, Function<List<String>, Policy> build,
                                 PolicyService policies, Messages messages, Dialogs dialogs, Window owner,
                                 List<String> stylesheets, BooleanSupplier changed, String what) {
        Policy[] saved = new Policy[1];
        errorLabel.setVisible(false);
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setDialogPane(pane);
        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(save, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.getStylesheets().setAll(stylesheets);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("editorSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            List<String> errors = new ArrayList<>();
            Policy edited = build.apply(errors);
            if (edited != null) {
                for (Problem p : policies.trySave(edited)) {
                    errors.add(messages.get(p.messageKey(), p.args().toArray()));
                }
            }
            if (errors.isEmpty()) {
                saved[0] = edited;
            } else {
                errorLabel.setText(messages.get("editor.not-saved", String.join("\n", errors)));
                errorLabel.setVisible(true);
                e.consume(); // keep the dialog open with the reasons
            }
        });
        dialogs.askBeforeClosing(dialog, save, changed, () -> what);
        return dialog.showAndWait().filter(b -> b == save).map(b -> saved[0]);
    }
}
