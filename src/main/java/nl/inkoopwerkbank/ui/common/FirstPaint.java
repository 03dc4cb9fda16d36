package nl.inkoopwerkbank.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs work once a node's window is on screen and has painted its first frame. Work started at start-up
 * (queries, parsing) competes for the processor with the renderer's first frame; started after it, the
 * window appears without waiting for that work and the FX thread is not held up by a frame still painting.
 */
public final class FirstPaint {

    /**
     * Pulses to wait once the window shows: the first lays the window out and hands its frame to the
     * renderer; the second begins only when that frame is painted.
     */
    private static final int PULSES = 2;

    private FirstPaint() {
    }

    /** Runs {@code action} on the FX thread after the first frame of the window {@code node} shows in. */
    public static void then(Node node, Runnable action) {
        ObservableValue<Boolean> onScreen = node.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        if (onScreen.getValue()) {
            Pulses.after(node.getScene(), PULSES, action);
            return;
        }
        onScreen.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    onScreen.removeListener(this);
                    Pulses.after(node.getScene(), PULSES, action);
                }
            }
        });
    }
}
