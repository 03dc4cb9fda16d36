package nl.inkoopwerkbank.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives. Order of precedence: the {@code --db} option, the {@code INKOOPWERKBANK_DB}
 * environment variable, then the platform's user data folder: {@code $XDG_DATA_HOME} or
 * {@code ~/.local/share} on Linux, {@code %APPDATA%} on Windows, {@code ~/Library/Application Support} on
 * macOS, each with {@code inkoopwerkbank/inkoopwerkbank.mv.db}.
 */
public final class DataLocation {

    public static final String ENV_VAR = "INKOOPWERKBANK_DB";
    static final String FILE_SUFFIX = ".mv.db";

    private DataLocation() {
    }

    /** The database base path (without {@code .mv.db}) to use. */
    public static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return basePath(Path.of(option));
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return basePath(Path.of(fromEnv));
        }
        return defaultFolder(env, osName, userHome).resolve("inkoopwerkbank");
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path defaultFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
        } else if (os.startsWith("mac")) {
            base = Path.of(userHome, "Library", "Application Support");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        }
        return base.resolve("inkoopwerkbank");
    }

    /** Accepts a path with or without {@code .mv.db} and returns it without. */
    public static Path basePath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        if (name.endsWith(FILE_SUFFIX)) {
            return abs.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length()));
        }
        return abs;
    }

    /** The file H2 writes for a base path. */
    public static Path dataFile(Path basePath) {
        return basePath.resolveSibling(basePath.getFileName() + FILE_SUFFIX);
    }
}
