package nl.inkoopwerkbank.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work on the FX thread after a scene's next pulses: once what changed has been styled and laid out. */
final class Pulses {

    private Pulses() {
    }

    /** Runs {@code action} in a turn of its own after {@code count} (at least one) pulses of {@code scene}. */
    static void after(Scene scene, int count, Runnable action) {
        int[] left = {count};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (--left[0] > 0) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
