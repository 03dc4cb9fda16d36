package nl.inkoopwerkbank;

import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import nl.inkoopwerkbank.store.DataLocation;
import nl.inkoopwerkbank.ui.common.FxBackground;

/**
 * The desktop application: the theme, the database location, and a {@link DesktopSession} that opens the
 * database (or explains why it cannot), shows the main window and closes everything cleanly.
 */
public final class App extends Application {

    private static String[] launchArgs = new String[0];

    private FxBackground background;
    private DesktopSession session;

    /** The database opening begun before the toolkit starts (see {@link EarlyOpen}). */
    private static EarlyOpen early;

    static void launchWith(String[] args) {
        launchArgs = args.clone();
        // the database opens while the JavaFX toolkit starts, not after it
        early = EarlyOpen.begin(DataLocation.resolve(dbOption(launchArgs)), true, Clock.systemDefaultZone());
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path base = DataLocation.resolve(dbOption(launchArgs));
        background = new FxBackground();
        session = new DesktopSession(primaryStage, base, Clock.systemDefaultZone(), background, true, Platform::exit);
        // a logout or shutdown (SIGTERM) still closes the database cleanly; close() runs once
        DesktopSession opened = session;
        Runtime.getRuntime().addShutdownHook(new Thread(opened::closeDatabase, "inkoopwerkbank-close"));
        session.startWith(early);
    }

    static String dbOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--db=")) {
                return args[i].substring(5);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (session != null) {
            session.stopDailyBackups();
        }
        // queued work (a last save) finishes before the database closes
        if (background != null) {
            background.close();
        }
        if (session != null) {
            session.closeDatabase();
        }
    }
}
