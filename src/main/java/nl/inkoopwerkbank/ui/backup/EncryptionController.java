package nl.inkoopwerkbank.ui.backup;

import java.util.List;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import nl.inkoopwerkbank.i18n.Messages;

/**
 * Asks for the passphrases to encrypt the database, to give it a new passphrase, or to turn encryption
 * off; refuses too short or mismatching passphrases and a wrong current one in the dialog itself.
 */
public final class EncryptionController {

    private final Messages messages;

    @FXML private DialogPane pane;
    @FXML private Label encryptionLead;
    @FXML private HBox encryptionWarningBox;
    @FXML private Label encryptionWarning;
    @FXML private Label currentPassphraseLabel;
    @FXML private PasswordField currentPassphrase;
    @FXML private Label newPassphraseLabel;
    @FXML private PasswordField newPassphrase;
    @FXML private Label repeatPassphraseLabel;
    @FXML private PasswordField repeatPassphrase;
    @FXML private Label encryptionLengthHint;
    @FXML private Label encryptionProblem;

    public EncryptionController(Messages messages) {
        this.messages = messages;
    }

    /** Shows the dialog; the request when the buyer confirmed with acceptable passphrases. */
    public Optional<DataRequest> show(Window owner, EncryptionViewModel.Mode mode, DataActions actions,
                                      List<String> stylesheets) {
        EncryptionViewModel vm = new EncryptionViewModel(mode, actions, messages);
        vm.currentProperty().bind(currentPassphrase.textProperty());
        vm.nextProperty().bind(newPassphrase.textProperty());
        vm.repeatProperty().bind(repeatPassphrase.textProperty());
        encryptionProblem.textProperty().bind(vm.problemProperty());
        encryptionProblem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        encryptionProblem.managedProperty().bind(encryptionProblem.visibleProperty());
        showAll(vm.asksCurrent(), currentPassphraseLabel, currentPassphrase);
        showAll(vm.asksNew(), newPassphraseLabel, newPassphrase, repeatPassphraseLabel, repeatPassphrase,
                encryptionLengthHint);
        encryptionLengthHint.setText(messages.get("encryption.length-hint", String.valueOf(EncryptionViewModel.MIN_LENGTH)));
        String title;
        String ok;
        switch (mode) {
            case ENCRYPT -> {
                title = messages.get("encryption.encrypt.title");
                pane.setHeaderText(messages.get("encryption.encrypt.header"));
                encryptionLead.setText(messages.get("encryption.encrypt.lead"));
                encryptionWarning.setText(messages.get("encryption.warning.lost"));
                ok = messages.get("encryption.encrypt.ok");
            }
            case CHANGE -> {
                title = messages.get("encryption.change.title");
                pane.setHeaderText(messages.get("encryption.change.header"));
                encryptionLead.setText(messages.get("encryption.change.lead"));
                encryptionWarning.setText(messages.get("encryption.warning.lost"));
                ok = messages.get("encryption.change.ok");
            }
            default -> {
                title = messages.get("encryption.decrypt.title");
                pane.setHeaderText(messages.get("encryption.decrypt.header"));
                encryptionLead.setText(messages.get("encryption.decrypt.lead"));
                encryptionWarning.setText(messages.get("encryption.warning.decrypt"));
                ok = messages.get("encryption.decrypt.ok");
            }
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType confirm = new ButtonType(ok, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId("encryptionConfirm");
        ((Button) pane.lookupButton(cancel)).setId("encryptionCancel");
        DataRequest[] result = new DataRequest[1];
        // a refused passphrase keeps the dialog open with the reason under the fields
        confirmButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<DataRequest> r = vm.request();
            if (r.isEmpty()) {
                e.consume();
                // room for the message under the fields
                pane.getScene().getWindow().sizeToScene();
            } else {
                result[0] = r.get();
            }
        });
        if (owner != null) {
            dialog.initOwner(owner);
        }
        PasswordField first = vm.asksCurrent() ? currentPassphrase : newPassphrase;
        dialog.setOnShown(e -> javafx.application.Platform.runLater(first::requestFocus));
        Optional<ButtonType> answer = dialog.showAndWait();
        currentPassphrase.clear();
        newPassphrase.clear();
        repeatPassphrase.clear();
        if (answer.isPresent() && answer.get() == confirm && result[0] != null) {
            return Optional.of(result[0]);
        }
        if (result[0] != null) {
            result[0].clear();
        }
        return Optional.empty();
    }

    private static void showAll(boolean visible, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }
}
