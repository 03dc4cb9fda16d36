package nl.inkoopwerkbank.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache JavaFX's scroll pane skin keeps of its viewport. With the cache, every change
 * inside the page (a figure that arrives) paints the whole page into the cache again instead of only the
 * changed part, and the first frame paints the page twice; on the software renderer that costs tens of
 * milliseconds per frame.
 */
public final class UncachedViewport {

    private UncachedViewport() {
    }

    /** Applies to {@code pane}'s viewport as soon as it has one (its skin is made in its first CSS pass). */
    public static void of(ScrollPane pane) {
        if (!uncache(pane)) {
            pane.skinProperty().addListener((o, was, is) -> uncache(pane));
        }
    }

    private static boolean uncache(ScrollPane pane) {
        if (pane.getSkin() == null) {
            return false;
        }
        Node viewport = pane.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
        return true;
    }
}
