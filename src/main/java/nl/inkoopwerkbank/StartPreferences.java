package nl.inkoopwerkbank;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import nl.inkoopwerkbank.service.Settings;

/**
 * What the main window needs before its database is open, remembered per database in the user's Java
 * preferences: the language and the window's place. The database stays the source (its settings are what
 * the buyer chose); this is a copy written whenever those settings are, so the window can be built in the
 * right language and at the right place while the file is still opening. A missing or stale copy only
 * costs a rebuild (language) or a move (place) once the database is open.
 */
final class StartPreferences {

    private static final String LANGUAGE = "language";
    private static final String WINDOW = "window";

    private final Preferences node;

    private StartPreferences(Preferences node) {
        this.node = node;
    }

    /** The remembered values of the database at {@code base}; empty when the preferences cannot be used. */
    static Optional<StartPreferences> of(Path base) {
        try {
            Preferences root = Preferences.userNodeForPackage(StartPreferences.class).node("databases");
            return Optional.of(new StartPreferences(root.node(key(base))));
        } catch (RuntimeException e) {
            // no preferences store (a read-only home, a locked-down machine): start as without them
            return Optional.empty();
        }
    }

    /** A node name (at most 80 characters) for a database path. */
    static String key(Path base) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(base.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Locale> language() {
        return Optional.ofNullable(node.get(LANGUAGE, null)).map(Locale::forLanguageTag);
    }

    Optional<Settings.WindowGeometry> window() {
        return Settings.WindowGeometry.decode(node.get(WINDOW, ""));
    }

    /** Removes the remembered values (tests clean up after themselves). */
    void forget() {
        try {
            node.removeNode();
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }

    /** Copies the language and window place from the database's settings. */
    void remember(Settings settings) {
        node.put(LANGUAGE, settings.language().toLanguageTag());
        settings.windowGeometry().ifPresent(g -> node.put(WINDOW, g.encode()));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // only a copy: the next start builds the window in Dutch and moves it once the database is open
        }
    }
}
