package nl.inkoopwerkbank.ui.backup;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import nl.inkoopwerkbank.i18n.Messages;

/**
 * A modal window with a busy indicator while the database is closed for a restore or an encryption change,
 * so nothing in the main window can be clicked meanwhile. It cannot be closed by the buyer.
 */
public final class BusyController {

    private final Messages messages;
    private final List<String> stylesheets;

    @FXML private HBox root;
    @FXML private Label busyText;

    private Stage stage;

    public BusyController(Messages messages, List<String> stylesheets) {
        this.messages = messages;
        this.stylesheets = stylesheets;
    }

    /** Shows the window over {@code owner} (without waiting). */
    public void show(Window owner, String text) {
        busyText.setText(text);
        stage = new Stage(StageStyle.UTILITY);
        stage.setTitle(messages.get("app.title"));
        stage.initModality(Modality.APPLICATION_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> e.consume());
        stage.show();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }
}
