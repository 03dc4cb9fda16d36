package nl.inkoopwerkbank;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.store.DataLocation;

/**
 * What the main window needs before its database is open, remembered per database: the language and the
 * window's place. The database stays the source (its settings are what the buyer chose); this is a copy,
 * written whenever those settings are, in one small file ({@code start.properties}) in the user's data
 * folder, so the window can be built in the right language and at the right place while the database is
 * still opening. A missing or stale copy only costs a rebuild (language) or a move (place) once the
 * database is open. (A plain properties file: Java's preferences store parses XML, which costs a start
 * more than the whole file read.)
 */
final class StartPreferences {

    static final String FILE = "start.properties";

    private final Path file;
    private final String key;
    private final Properties read;

    private StartPreferences(Path file, String key) {
        this.file = file;
        this.key = key;
        this.read = load(file);
    }

    /**
     * The remembered values of the database at {@code base}, in the user's data folder (or in the folder
     * the system property {@code inkoopwerkbank.start-preferences} names; the tests use their own).
     */
    static Optional<StartPreferences> of(Path base) {
        String own = System.getProperty("inkoopwerkbank.start-preferences");
        Path folder = own != null ? Path.of(own) : DataLocation.resolve(null).toAbsolutePath().getParent();
        return folder == null ? Optional.empty() : Optional.of(new StartPreferences(folder.resolve(FILE), key(base)));
    }

    /** A short key for a database path. */
    static String key(Path base) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(base.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Locale> language() {
        return Optional.ofNullable(read.getProperty(key + ".language")).map(Locale::forLanguageTag);
    }

    Optional<Settings.WindowGeometry> window() {
        return Settings.WindowGeometry.decode(read.getProperty(key + ".window", ""));
    }

    /** Copies the language and window place from the database's settings. */
    void remember(Settings settings) {
        String language = settings.language().toLanguageTag();
        Optional<Settings.WindowGeometry> window = settings.windowGeometry();
        update(p -> {
            p.setProperty(key + ".language", language);
            window.ifPresent(g -> p.setProperty(key + ".window", g.encode()));
        });
    }

    /** Removes the remembered values (tests clean up after themselves). */
    void forget() {
        update(p -> {
            p.remove(key + ".language");
            p.remove(key + ".window");
        });
    }

    private synchronized void update(java.util.function.Consumer<Properties> change) {
        Properties p = load(file);
        change.accept(p);
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Inkoopwerkbank: language and window place per database, copied from its settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // only a copy: the next start builds the window in Dutch and moves it once the database is open
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            // nothing remembered yet
        } catch (IOException | IllegalArgumentException e) {
            // unreadable: as if nothing were remembered; the next write replaces it
        }
        return p;
    }
}
