package nl.inkoopwerkbank.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs steps that add nodes to a page one per frame. Nodes added in several turns of the FX thread between
 * two pulses are all styled and laid out in the next pulse, so spreading the additions over turns alone
 * does not keep a pulse short; here the next step waits until a pulse has styled the previous step's nodes.
 */
public final class PerFrame {

    private final Node page;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private boolean scheduled;

    /** @param page a node of the page the steps add to: the pulses of its scene are waited for */
    public PerFrame(Node page) {
        this.page = page;
    }

    /** Adds a step; it runs in a later turn, after the steps added before it each had a pulse of their own. */
    public void add(Runnable step) {
        steps.add(step);
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(this::runNext);
        }
    }

    /** Forgets the steps that have not run yet (the page loads anew). */
    public void clear() {
        steps.clear();
    }

    private void runNext() {
        Runnable step = steps.poll();
        if (step == null) {
            scheduled = false;
            return;
        }
        step.run();
        Scene scene = page.getScene();
        if (scene == null) {
            // not on screen: nothing is styled until it is shown again
            Platform.runLater(this::runNext);
            return;
        }
        Pulses.after(scene, 1, this::runNext);
    }
}
