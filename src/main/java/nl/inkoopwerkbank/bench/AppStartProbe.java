package nl.inkoopwerkbank.bench;

import nl.inkoopwerkbank.Launcher;

/**
 * Starts the real application as {@link Launcher} does ({@code --db <base>}) and prints
 * {@link StartMarker#READY} once the main window (its navigation) is shown and answers input; data may
 * still be loading in the background. Watches the windows from outside: no hook in the application.
 */
public final class AppStartProbe {

    /** A control only the main window has: its navigation. */
    static final String NAVIGATION_ID = "navProviders";

    private AppStartProbe() {
    }

    /** @param args the database base path (without {@code .mv.db}) */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AppStartProbe <database base path>");
        }
        StartMarker.watch(scene -> scene.lookup("#" + NAVIGATION_ID) != null);
        Launcher.main(new String[] {"--db", args[0]});
    }
}
