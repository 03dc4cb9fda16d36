package nl.inkoopwerkbank.bench;

import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;

import nl.inkoopwerkbank.Launcher;

/**
 * The training run behind the class-data-sharing archive (docs/bench-startup.md): starts the application on the
 * given database as a buyer does, waits until the main window answers, lets the start page load its figures,
 * opens the providers list, and exits normally. Run with {@code -XX:DumpLoadedClassList=<file>}, the JVM
 * writes every class this start loaded; {@code mvn package} turns that list into the archive.
 */
public final class CdsTraining {

    /** Time for the background loading after the window is ready, and for the providers list to fill. */
    private static final long SETTLE_MILLIS = 3_000;

    private CdsTraining() {
    }

    /** @param args the database base path (without {@code .mv.db}) */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CdsTraining <database base path>");
        }
        StartMarker.watch(scene -> scene.lookup("#" + AppStartProbe.NAVIGATION_ID) != null);
        Thread driver = new Thread(CdsTraining::drive, "cds-training");
        driver.setDaemon(true);
        driver.start();
        Launcher.main(new String[] {"--db", args[0]});
    }

    private static void drive() {
        try {
            StartMarker.awaitReady();
            Thread.sleep(SETTLE_MILLIS);
            Platform.runLater(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .map(w -> w.getScene().lookup("#" + AppStartProbe.NAVIGATION_ID))
                    .filter(n -> n instanceof ButtonBase).findFirst().ifPresent(n -> ((ButtonBase) n).fire()));
            Thread.sleep(SETTLE_MILLIS);
            System.out.println("CDS-TRAINING-DONE");
            System.out.flush();
            // a normal exit: the shutdown hook closes the database and the JVM writes the class list
            System.exit(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
