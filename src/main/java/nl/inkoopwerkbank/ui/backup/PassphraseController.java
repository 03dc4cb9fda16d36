package nl.inkoopwerkbank.ui.backup;

import java.util.Arrays;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;

import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * Asks the passphrase of an encrypted database before the main window opens. Deriving the key takes
 * about a second, so the attempt runs in the background with a busy indicator; a wrong passphrase is
 * said in the screen and the buyer tries again.
 */
public final class PassphraseController {

    /** What the screen's buttons do. */
    public interface Actions {
        /**
         * Tries to open the database with this passphrase; runs off the FX thread. False when the passphrase
         * does not fit (the screen asks again); any other trouble is thrown and handed to {@link #failed}.
         */
        boolean open(char[] passphrase) throws Exception;

        /** The database is open (FX thread). */
        void opened();

        /** Opening failed for another reason than the passphrase (FX thread). */
        void failed(Throwable error);

        /** Restore a backup instead (only offered when there are backups). */
        void chooseBackup();

        /** Close the program. */
        void quit();
    }

    private final Messages messages;
    private final Background background;

    @FXML private Parent root;
    @FXML private Label passphraseFile;
    @FXML private Label passphraseHint;
    @FXML private PasswordField passphraseField;
    @FXML private Label passphraseMessage;
    @FXML private HBox passphraseBusyBox;
    @FXML private Hyperlink passphraseChooseBackup;
    @FXML private Button passphraseQuit;
    @FXML private Button passphraseOpen;

    private Actions actions;
    private boolean running;

    public PassphraseController(Messages messages, Background background) {
        this.messages = messages;
        this.background = background;
    }

    /**
     * Fills the screen: the database file, an optional hint (which backup was just restored) and whether
     * restoring a backup is offered.
     */
    public void show(String databaseFile, String hint, boolean offerBackups, Actions actions) {
        this.actions = actions;
        passphraseFile.setText(messages.get("passphrase.file", databaseFile));
        passphraseHint.setText(hint == null ? "" : hint);
        visible(passphraseHint, hint != null && !hint.isBlank());
        visible(passphraseChooseBackup, offerBackups);
        visible(passphraseMessage, false);
        setBusy(false);
        passphraseField.requestFocus();
    }

    @FXML
    private void onOpen() {
        if (running) {
            return;
        }
        String typed = passphraseField.getText();
        if (typed.isEmpty()) {
            message(messages.get("passphrase.empty"));
            return;
        }
        char[] passphrase = typed.toCharArray();
        passphraseField.clear();
        visible(passphraseMessage, false);
        setBusy(true);
        background.run(() -> {
            try {
                return actions.open(passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, fits -> {
            setBusy(false);
            if (fits) {
                actions.opened();
            } else {
                message(messages.get("passphrase.wrong"));
                passphraseField.requestFocus();
            }
        }, e -> {
            setBusy(false);
            actions.failed(e);
        });
    }

    private void message(String text) {
        passphraseMessage.setText(text);
        visible(passphraseMessage, true);
    }

    private void setBusy(boolean busy) {
        running = busy;
        visible(passphraseBusyBox, busy);
        passphraseField.setDisable(busy);
        passphraseOpen.setDisable(busy);
        passphraseQuit.setDisable(busy);
        passphraseChooseBackup.setDisable(busy);
    }

    @FXML
    private void onChooseBackup() {
        actions.chooseBackup();
    }

    @FXML
    private void onQuit() {
        actions.quit();
    }

    private static void visible(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    public Parent root() {
        return root;
    }
}
