package nl.inkoopwerkbank;

import nl.inkoopwerkbank.cli.Cli;

/**
 * Entry point. Without arguments (or with only {@code --db}) it starts the desktop application; with a
 * command it runs the command line without a display. Does not extend Application, so the JavaFX
 * runtime on the class path is found without module options.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (startsGui(args)) {
            App.launchWith(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    static boolean startsGui(String[] args) {
        if (args.length == 0) {
            return true;
        }
        // "--db <path>" or "--db=<path>" alone still means: open the window on that database
        if (args.length == 2 && args[0].equals("--db")) {
            return true;
        }
        return args.length == 1 && args[0].startsWith("--db=");
    }
}
