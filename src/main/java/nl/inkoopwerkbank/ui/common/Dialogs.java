package nl.inkoopwerkbank.ui.common;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import nl.inkoopwerkbank.i18n.Messages;

/** The one place that shows dialogs, so every screen asks the same way and tests can click them. */
public class Dialogs {

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

    /**
     * Asks what to do with unsaved changes, naming what they are about ("De wijzigingen aan
     * Verloskundigenpraktijk De Linde zijn nog niet opgeslagen."). Escape and the close button mean Annuleren.
     */
    public UnsavedChoice askUnsaved(String what) {
        return askUnsaved(what, owner);
    }

    /** The same question on top of another window (an editor dialog). */
    public UnsavedChoice askUnsaved(String what, Window on) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("unsaved.content"), save, discard, cancel);
        alert.setTitle(messages.get("unsaved.title"));
        alert.setHeaderText(messages.get("unsaved.header", what));
        alert.getDialogPane().setId("unsavedQuestion");
        alert.getDialogPane().lookupButton(save).setId("unsavedSave");
        alert.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        alert.getDialogPane().lookupButton(cancel).setId("unsavedCancel");
        if (on != null) {
            alert.initOwner(on);
            // the look of the window it asks about (the app's buttons), whether the styles sit on its scene or its pane
            // (on the question's scene: its root carries the colour tokens)
            javafx.scene.Scene own = alert.getDialogPane().getScene();
            if (on.getScene() != null && own != null) {
                own.getStylesheets().setAll(on.getScene().getStylesheets());
                on.getScene().getRoot().getStylesheets().stream().filter(s -> !own.getStylesheets().contains(s))
                        .forEach(own.getStylesheets()::add);
            }
        }
        alert.getDialogPane().setMinWidth(540);
        alert.setResizable(true);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    /**
     * Runs {@code proceed} when {@code form} holds nothing unsaved, or once the buyer chose "Opslaan" and
     * the changes were stored, or "Niet opslaan" and they were thrown away. Runs {@code stay} when the
     * buyer chose "Annuleren" or the save was refused (its problems then show at the fields).
     */
    public void whenSafeToLeave(UnsavedChanges form, Runnable proceed, Runnable stay) {
        form.commitPending();
        if (!form.hasUnsavedChanges()) {
            proceed.run();
            return;
        }
        switch (askUnsaved(form.unsavedSubject())) {
            case SAVE -> form.saveChanges(proceed, stay);
            case DISCARD -> {
                form.discardChanges();
                proceed.run();
            }
            default -> stay.run();
        }
    }

    /**
     * Makes an editor dialog ask before it throws changes away: "Annuleren", Escape and the window's
     * close button ask when {@code changed} says something was edited, and close at once when not.
     * "Opslaan" in the question presses the dialog's own confirm button, so the dialog saves (and stays
     * open showing the problems when the save is refused); "Niet opslaan" closes it; "Annuleren" keeps it
     * open as it was.
     */
    public void askBeforeClosing(javafx.scene.control.Dialog<ButtonType> dialog, ButtonType confirm,
                                 java.util.function.BooleanSupplier changed, java.util.function.Supplier<String> what) {
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_CLOSE_REQUEST, e -> {
            if (dialog.getResult() == confirm || !changed.getAsBoolean()) {
                return;
            }
            javafx.scene.Scene scene = dialog.getDialogPane().getScene();
            switch (askUnsaved(what.get(), scene == null ? owner : scene.getWindow())) {
                case DISCARD -> { }
                case SAVE -> {
                    e.consume();
                    // the dialog is inside its close request now; press its confirm button once that has ended
                    javafx.scene.Node button = dialog.getDialogPane().lookupButton(confirm);
                    javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) button).fire());
                }
                default -> e.consume();
            }
        });
    }

    public void error(String header, String content) {
        Alert alert = new Alert(Alert.AlertType.ERROR, content, ButtonType.OK);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        prepare(alert);
        alert.showAndWait();
    }

    /** Asks for one line of text (e.g. a year); empty when cancelled. */
    public Optional<String> askText(String title, String header, String label, String initial) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText(label);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("askTextOk");
        d.getEditor().setId("askTextField");
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("common.cancel"));
        if (owner != null) {
            d.initOwner(owner);
        }
        return d.showAndWait().map(String::trim).filter(t -> !t.isEmpty());
    }

    /** Asks where to save a file; empty when cancelled. Tests override this. */
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String initialName, String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        java.io.File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** Asks for a folder (to export several files into); empty when cancelled. Tests override this. */
    public Optional<java.nio.file.Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        java.io.File f = chooser.showDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** Asks which file to open; empty when cancelled. Tests override this. */
    public Optional<java.nio.file.Path> chooseOpenFile(String title, String... extensions) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        for (String e : extensions) {
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("*." + e, "*." + e));
        }
        java.io.File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    public Window owner() {
        return owner;
    }

    /** Shows a longer text (a report) with an action button; returns true when the action was chosen. */
    public boolean showText(String title, String header, String text, String actionText) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setId("reportText");
        area.setPrefSize(820, 520);
        ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().setAll(action, close);
        d.setResizable(true);
        if (owner != null) {
            d.initOwner(owner);
        }
        return d.showAndWait().filter(b -> b == action).isPresent();
    }

    public void info(String header, String content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, content, ButtonType.OK);
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
