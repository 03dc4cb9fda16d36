package nl.inkoopwerkbank.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: a bare JavaFX window with one label. Prints {@link StartMarker#READY}
 * once it is shown and answers input.
 */
public final class BareWindow {

    static final String LABEL_ID = "bareLabel";

    private BareWindow() {
    }

    /** Launched as the application's {@link nl.inkoopwerkbank.Launcher} does: from a class that is no Application. */
    public static void main(String[] args) {
        StartMarker.watch(scene -> scene.lookup("#" + LABEL_ID) != null);
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Label label = new Label("Inkoopwerkbank");
            label.setId(LABEL_ID);
            stage.setScene(new Scene(new StackPane(label), 1280, 800));
            stage.setTitle("Inkoopwerkbank");
            stage.show();
        }
    }
}
