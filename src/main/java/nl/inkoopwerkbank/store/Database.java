package nl.inkoopwerkbank.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The embedded H2 file database, opened so that nothing the buyer was told is saved can be lost:
 * <ul>
 *   <li>every commit is written before it returns ({@code WRITE_DELAY=0}); no TCP server, console or
 *       AUTO_SERVER; H2 writes no trace file (it could hold statement text);</li>
 *   <li>an existing file is opened with {@code IFEXISTS=TRUE}, and a file without a schema is reported
 *       as damaged, so a lost or truncated file never turns silently into a new empty database;</li>
 *   <li>a new database and every schema migration are built on a copy beside the file and moved over it
 *       in one atomic rename, after a backup; a kill at any moment leaves the old file or the new one;</li>
 *   <li>an encrypted database ({@link DatabaseKey}) is opened with a key derived from the passphrase.</li>
 * </ul>
 * {@link #close()} checkpoints and shuts H2 down cleanly.
 */
public final class Database implements AutoCloseable {

    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int DATABASE_NOT_FOUND = 90146;
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int IO_EXCEPTION = 90028;
    private static final int DATABASE_IS_READ_ONLY = 90097;
    private static final int FILE_ENCRYPTION_ERROR = 90049;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    static final String USER = "iwb";
    /**
     * The newest migration in {@code db/migration} (V1 to V7). A start whose schema history holds exactly these
     * skips Flyway's class-path scan; {@code DatabaseTest} fails when a migration is added without raising it.
     */
    static final int SCHEMA_VERSION = 7;

    /** Suffixes of the work files an interrupted create, migration, conversion or restore leaves behind. */
    static final String CREATING = ".creating";
    static final String MIGRATING = ".migrating";
    static final String CONVERTING = ".converting";
    static final String RESTORING = ".restoring";
    static final String NEW_KEY = ".key.new";

    private final Path basePath;
    private final JdbcDataSource dataSource;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final boolean created;
    private final boolean encrypted;
    private final Connection keepAlive;
    private final String schemaVersion;
    private boolean closed;

    private Database(Path basePath, JdbcDataSource dataSource, boolean created, boolean encrypted, Connection keepAlive,
                     String schemaVersion) {
        this.basePath = basePath;
        this.dataSource = dataSource;
        this.pool = JdbcConnectionPool.create(dataSource);
        this.created = created;
        this.encrypted = encrypted;
        this.keepAlive = keepAlive;
        this.schemaVersion = schemaVersion;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens a database that is not encrypted (see {@link #open(Path, boolean, char[])}). */
    public static Database open(Path basePath, boolean create) {
        return open(basePath, create, null);
    }

    /**
     * Opens the database at {@code basePath} (without {@code .mv.db}) and migrates it to the current
     * schema. When no file exists it is created if {@code create} is true and no backups of it exist
     * (a missing file with backups is reported, never replaced by an empty one); a new database is
     * encrypted when a passphrase is given. An encrypted database needs its passphrase.
     */
    public static Database open(Path basePath, boolean create, char[] passphrase) {
        return open(basePath, create, passphrase, null);
    }

    /**
     * As {@link #open(Path, boolean, char[])}; a new database is first filled by {@code initialiser} (for
     * example with the sample data) while it is still the work copy, so a kill during a first start leaves
     * no database at all rather than a half-filled one.
     */
    public static Database open(Path basePath, boolean create, char[] passphrase,
                                java.util.function.Consumer<Database> initialiser) {
        Path base = DataLocation.basePath(basePath);
        Path file = DataLocation.dataFile(base);
        cleanUpInterruptedWork(base);
        boolean exists = Files.exists(file);
        if (!exists) {
            if (!create) {
                throw new DatabaseException(DatabaseException.Reason.NOT_FOUND, "Er is geen database op " + file + ".", null);
            }
            if (!BackupStore.forDatabase(base).list().isEmpty()) {
                throw new DatabaseException(DatabaseException.Reason.NOT_FOUND,
                        "Het databasebestand " + file + " ontbreekt, maar er zijn back-ups van. "
                                + "Er wordt geen nieuwe, lege database gemaakt: zet een back-up terug.", null);
            }
            createNew(base, passphrase, initialiser);
        }
        if (exists) {
            checkHeader(file);
        }
        // look first without writing: a damaged file or one from a newer version must stay exactly as it is
        // the key is derived once (it takes a good part of a second) and used for every step below
        char[] filePassword = filePassword(base, passphrase);
        Probe probe = probe(base, filePassword, file);
        if (probe.pending()) {
            BackupStore.forDatabase(base).createOffline(nl.inkoopwerkbank.domain.backup.BackupInfo.MIGRATION,
                    probe.version(), probe.counts());
            migrateOnCopy(base, filePassword);
        }
        return connect(base, filePassword, !exists, false);
    }

    private record Probe(boolean pending, String version, java.util.Map<String, Long> counts) {
    }

    private static Probe probe(Path base, char[] filePassword, Path file) {
        Database db = connect(base, filePassword, false, true);
        try {
            if (isCurrent(db)) {
                // the usual start: every known migration applied, none failed, none newer; Flyway's scan is not needed
                return new Probe(false, db.schemaVersion(), java.util.Map.of());
            }
            MigrationInfoService info;
            try {
                info = flyway(db.dataSource()).info();
            } catch (RuntimeException e) {
                throw new DatabaseException(DatabaseException.Reason.DAMAGED,
                        "De database " + file + " is beschadigd: de versie van de gegevens is niet te lezen.", e);
            }
            if (Arrays.stream(info.all()).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                    || i.getState() == MigrationState.FUTURE_FAILED)) {
                throw new DatabaseException(DatabaseException.Reason.WRONG_VERSION,
                        "De database " + file + " is gemaakt door een nieuwere versie van Inkoopwerkbank (gegevensversie "
                                + versionOf(info.current()) + "). Deze versie kent gegevensversie "
                                + latestKnown(info) + " en opent hem niet, om niets te beschadigen.", null);
            }
            if (info.current() == null) {
                throw new DatabaseException(DatabaseException.Reason.DAMAGED,
                        "De database " + file + " is beschadigd: het bestand bevat geen gegevens van Inkoopwerkbank "
                                + "(afgekapt of overschreven).", null);
            }
            boolean pending = info.pending().length > 0;
            return new Probe(pending, db.schemaVersion(), pending ? BackupStore.counts(db) : java.util.Map.of());
        } finally {
            db.close();
        }
    }

    /**
     * Whether the schema history says exactly versions 1 to {@link #SCHEMA_VERSION}, all applied with success
     * (a quick look in plain SQL; anything else is left to Flyway's full check).
     */
    private static boolean isCurrent(Database db) {
        java.util.Set<String> applied = new java.util.HashSet<>();
        try (Statement st = db.keepAlive.createStatement();
             var rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (!rs.getBoolean(2)) {
                    return false;
                }
                if (version != null) {
                    applied.add(version);
                }
            }
        } catch (SQLException e) {
            return false;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        for (int v = 1; v <= SCHEMA_VERSION; v++) {
            known.add(String.valueOf(v));
        }
        return applied.equals(known);
    }

    /** An H2 file starts with its own header ("H:2,...") or the encryption header; anything else is damage. */
    private static void checkHeader(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ENCRYPTED_HEADER.length);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De database " + file + " kan niet worden gelezen: " + e.getMessage(), e);
        }
        boolean plain = head.length >= 4 && head[0] == 'H' && head[1] == ':' && head[2] == '2' && head[3] == ',';
        if (!plain && !Arrays.equals(head, ENCRYPTED_HEADER)) {
            throw new DatabaseException(DatabaseException.Reason.DAMAGED,
                    "De database " + file + " is beschadigd: het bestand is leeg of is geen database van Inkoopwerkbank.",
                    null);
        }
    }

    /** True when the database file at {@code basePath} is encrypted (it then needs a passphrase). */
    public static boolean isEncrypted(Path basePath) {
        Path file = DataLocation.dataFile(DataLocation.basePath(basePath));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when a database file exists at {@code basePath}. */
    public static boolean exists(Path basePath) {
        return Files.exists(DataLocation.dataFile(DataLocation.basePath(basePath)));
    }

    private static void createNew(Path base, char[] passphrase, java.util.function.Consumer<Database> initialiser) {
        Path work = sibling(base, CREATING);
        try {
            Files.createDirectories(base.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De map " + base.getParent() + " kan niet worden aangemaakt: " + e.getMessage(), e);
        }
        DatabaseKey key = passphrase == null ? null : DatabaseKey.create(passphrase, DatabaseKey.DEFAULT_ITERATIONS);
        char[] filePassword = key == null ? null : key.filePassword(passphrase, DataLocation.dataFile(base));
        runOnWorkCopy(work, filePassword, "aangemaakt", DataLocation.dataFile(base));
        if (initialiser != null) {
            Database copy = connectWorkCopy(work, filePassword);
            try {
                initialiser.accept(copy);
            } catch (RuntimeException e) {
                copy.close();
                deleteQuietly(DataLocation.dataFile(work));
                throw e;
            }
            copy.close();
        }
        try {
            if (key != null) {
                AtomicStore.writeString(DatabaseKey.file(base), key.forFile(DataLocation.dataFile(work)).toText());
            }
            AtomicStore.move(DataLocation.dataFile(work), DataLocation.dataFile(base));
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De nieuwe database op " + base + " kan niet worden opgeslagen: " + e.getMessage(), e);
        }
    }

    private static Database connectWorkCopy(Path work, char[] filePassword) {
        JdbcDataSource ds = dataSource(work, filePassword, true);
        try {
            Connection keepAlive = ds.getConnection();
            return new Database(work, ds, true, filePassword != null, keepAlive, null);
        } catch (SQLException e) {
            throw translate(e, DataLocation.dataFile(work));
        }
    }

    private static void migrateOnCopy(Path base, char[] filePassword) {
        Path file = DataLocation.dataFile(base);
        Path work = sibling(base, MIGRATING);
        try {
            Files.copy(file, DataLocation.dataFile(work), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De database " + file + " kan niet worden gekopieerd om bij te werken: " + e.getMessage(), e);
        }
        runOnWorkCopy(work, filePassword, "bijgewerkt naar de huidige versie", file);
        try {
            AtomicStore.move(DataLocation.dataFile(work), file);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De bijgewerkte database kan niet op " + file + " worden gezet: " + e.getMessage(), e);
        }
    }

    /** Runs Flyway on a work copy and shuts it down, so its file is complete before it is moved into place. */
    private static void runOnWorkCopy(Path work, char[] filePassword, String doing, Path target) {
        JdbcDataSource ds = dataSource(work, filePassword, false);
        try (Connection c = ds.getConnection()) {
            flyway(ds).migrate();
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(DataLocation.dataFile(work));
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De database " + target + " kan niet worden " + doing + ": " + e.getMessage(), e);
        }
    }

    /**
     * H2's file password for the database at {@code base}: derived from the passphrase for an encrypted
     * file, null for a plain one (whose stale key file, left by an interrupted conversion, is removed).
     */
    private static char[] filePassword(Path base, char[] passphrase) {
        Path file = DataLocation.dataFile(base);
        if (!isEncrypted(base)) {
            deleteQuietly(DatabaseKey.file(base));
            return null;
        }
        if (passphrase == null) {
            throw new DatabaseException(DatabaseException.Reason.PASSPHRASE_NEEDED,
                    "De database " + file + " is versleuteld; er is een wachtwoordzin nodig.", null);
        }
        return keyFor(base).filePassword(passphrase, file);
    }

    private static Database connect(Path base, char[] filePassword, boolean created, boolean readOnly) {
        Path file = DataLocation.dataFile(base);
        boolean encrypted = filePassword != null;
        JdbcDataSource ds = dataSource(base, filePassword, true);
        if (readOnly) {
            ds.setURL(ds.getURL() + ";ACCESS_MODE_DATA=r");
        }
        Connection keepAlive;
        try {
            keepAlive = ds.getConnection();
        } catch (SQLException e) {
            throw translate(e, file);
        }
        String version = null;
        try (Statement st = keepAlive.createStatement();
             var rs = st.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\"")) {
            if (rs.next()) {
                version = rs.getString(1);
            }
        } catch (SQLException e) {
            version = null;
        }
        return new Database(base, ds, created, encrypted, keepAlive, version);
    }

    /** The key of an encrypted database, promoting a new key file that an interrupted conversion left. */
    static DatabaseKey keyFor(Path base) {
        Path keyFile = DatabaseKey.file(base);
        if (!Files.exists(keyFile)) {
            throw new DatabaseException(DatabaseException.Reason.KEY_MISSING,
                    "De database " + DataLocation.dataFile(base) + " is versleuteld, maar het sleutelbestand "
                            + keyFile + " ontbreekt. Zet het terug (het staat ook in elke back-up) of zet een back-up terug.",
                    null);
        }
        return DatabaseKey.read(keyFile);
    }

    static JdbcDataSource dataSource(Path base, char[] filePassword, boolean mustExist) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url(base, mustExist) + (filePassword != null ? ";CIPHER=AES" : ""));
        ds.setUser(USER);
        if (filePassword != null) {
            // H2 takes "<file password> <user password>"; the user password is empty
            char[] pw = Arrays.copyOf(filePassword, filePassword.length + 1);
            pw[filePassword.length] = ' ';
            ds.setPasswordChars(pw);
        } else {
            ds.setPassword("");
        }
        return ds;
    }

    static String url(Path basePath, boolean mustExist) {
        // The user/password are local-only: the file is never served over a network.
        return "jdbc:h2:file:" + basePath.toAbsolutePath()
                + ";WRITE_DELAY=0"
                // H2 otherwise writes new chunks into space freed by old ones; the kill-and-restart harness
                // found that a kill during a large transaction then sometimes reopened an older version,
                // losing commits that had been acknowledged (docs/data-safety.md). New chunks are appended.
                + ";REUSE_SPACE=FALSE"
                + ";DB_CLOSE_ON_EXIT=FALSE"
                + ";DEFAULT_LOCK_TIMEOUT=10000"
                + ";TRACE_LEVEL_FILE=0"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
    }

    private static String versionOf(MigrationInfo i) {
        return i == null || i.getVersion() == null ? "?" : i.getVersion().getVersion();
    }

    private static String latestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(i -> i.getState() != MigrationState.FUTURE_SUCCESS && i.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).filter(v -> v != null).max(Comparable::compareTo)
                .map(v -> v.getVersion()).orElse("?");
    }

    static DatabaseException translate(SQLException e, Path file) {
        int code = e.getErrorCode();
        if (code == DATABASE_ALREADY_OPEN || String.valueOf(e.getMessage()).contains("already in use")) {
            return new DatabaseException(DatabaseException.Reason.LOCKED,
                    "De database " + file + " is al geopend door een ander venster of programma van Inkoopwerkbank. "
                            + "Sluit dat eerst, of kies met --db een andere database.", e);
        }
        if (code == DATABASE_NOT_FOUND) {
            return new DatabaseException(DatabaseException.Reason.NOT_FOUND, "Er is geen database op " + file + ".", e);
        }
        if (code == FILE_ENCRYPTION_ERROR || code == WRONG_USER_OR_PASSWORD) {
            return new DatabaseException(DatabaseException.Reason.WRONG_PASSPHRASE,
                    "De database " + file + " gaat met deze sleutel niet open: de wachtwoordzin klopt niet, of het "
                            + "sleutelbestand hoort bij een andere database.", e);
        }
        if (code == FILE_VERSION_ERROR) {
            return new DatabaseException(DatabaseException.Reason.WRONG_VERSION,
                    "De database " + file + " heeft een bestandsformaat dat deze versie van Inkoopwerkbank niet kan lezen.", e);
        }
        if (code == DATABASE_IS_READ_ONLY) {
            // the read-only probe was asked to write: H2 needed to repair the file (it was cut short), or
            // the file itself is read-only
            return Files.isWritable(file)
                    ? new DatabaseException(DatabaseException.Reason.DAMAGED,
                            "De database " + file + " is beschadigd: het bestand is afgekapt of onvolledig.", e)
                    : new DatabaseException(DatabaseException.Reason.OTHER,
                            "De database " + file + " is alleen-lezen: controleer of u het bestand mag wijzigen.", e);
        }
        if (code == IO_EXCEPTION && !Files.isReadable(file)) {
            return new DatabaseException(DatabaseException.Reason.OTHER,
                    "De database " + file + " kan niet worden gelezen: controleer of u toegang tot het bestand hebt.", e);
        }
        if (code == FILE_CORRUPTED || code == IO_EXCEPTION || String.valueOf(e.getMessage()).contains("corrupted")) {
            return new DatabaseException(DatabaseException.Reason.DAMAGED,
                    "De database " + file + " is beschadigd en kan niet worden geopend.", e);
        }
        return new DatabaseException(DatabaseException.Reason.OTHER,
                "De database " + file + " kan niet worden geopend: " + e.getMessage(), e);
    }

    /** Removes the work copies that a killed create, migration, conversion or restore left behind. */
    static void cleanUpInterruptedWork(Path base) {
        for (String s : new String[] {CREATING, MIGRATING, CONVERTING, RESTORING}) {
            deleteQuietly(DataLocation.dataFile(sibling(base, s)));
        }
        // a new key file is only valid once the converted database is in place; see Encryption
        Encryption.settleKeyFiles(base);
    }

    static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover work file only costs disk space; the next open tries again
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    JdbcDataSource dataSource() {
        return dataSource;
    }

    public Path basePath() {
        return basePath;
    }

    public Path dataFile() {
        return DataLocation.dataFile(basePath);
    }

    /** True when this open created the database (first start). */
    public boolean wasCreated() {
        return created;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    /** The schema version (the highest applied migration), for backups and diagnostics. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** Forces everything to disk (after imports). */
    public void checkpoint() {
        jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        try (Statement st = keepAlive.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed by H2 itself; nothing more to flush
        } finally {
            try {
                keepAlive.close();
            } catch (SQLException ignored) {
                // connection already gone after SHUTDOWN
            }
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
