package nl.inkoopwerkbank.bench;

import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * What the start-up benchmark's child programs print: {@link #READY} once a window whose scene passes the
 * given test is showing, a pulse has laid it out and the FX thread has run a task after that pulse (the
 * window answers input); then {@link #STALL} with the longest FX-thread stall in the following seconds
 * (while any background loading runs). Watches {@link Window#getWindows()} only, so it needs no hook in
 * the program it watches.
 */
final class StartMarker {

    static final String READY = "BENCH-READY";
    static final String STALL = "BENCH-STALL";
    /** How long after the window is ready the FX thread is watched. */
    static final long WATCH_MILLIS = 3_000;

    private static volatile boolean fired;
    private static final java.util.concurrent.CountDownLatch READY_LATCH = new java.util.concurrent.CountDownLatch(1);

    private StartMarker() {
    }

    /** Watches for the window; call before the FX application is launched. */
    static void watch(Predicate<Scene> isTheWindow) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    check(w, isTheWindow);
                }
            }
        });
    }

    private static void check(Window w, Predicate<Scene> isTheWindow) {
        if (fired) {
            return;
        }
        Scene scene = w.getScene();
        if (scene != null && w.isShowing() && isTheWindow.test(scene)) {
            fired = true;
            Runnable[] afterPulse = new Runnable[1];
            afterPulse[0] = () -> {
                scene.removePostLayoutPulseListener(afterPulse[0]);
                // the first pulse has laid the window out; the next queued task runs when the FX thread is free
                Platform.runLater(StartMarker::ready);
            };
            scene.addPostLayoutPulseListener(afterPulse[0]);
            Platform.requestNextPulse();
            return;
        }
        // the window may get its scene or show later: look again then
        w.showingProperty().addListener((o, a, b) -> {
            if (b) {
                check(w, isTheWindow);
            }
        });
        w.sceneProperty().addListener((o, a, b) -> check(w, isTheWindow));
    }

    /** Waits until the window is ready (after {@link #watch}); any thread but the FX thread. */
    static void awaitReady() throws InterruptedException {
        READY_LATCH.await();
    }

    private static void ready() {
        System.out.println(READY);
        System.out.flush();
        READY_LATCH.countDown();
        FxStallWatch watch = FxStallWatch.start();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.printf(java.util.Locale.ROOT, "%s %.1f%n", STALL, watch.stop());
            System.out.flush();
        }, "start-marker-stall");
        t.setDaemon(true);
        t.start();
    }
}
