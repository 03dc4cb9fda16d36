package nl.inkoopwerkbank.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The embedded H2 file database. Opened with crash-safe settings: every commit is flushed before the
 * user is told it is saved ({@code WRITE_DELAY=0}); no TCP server, console or AUTO_SERVER; an existing
 * database is opened with {@code IFEXISTS=TRUE} so a wrong path never silently creates an empty one.
 * The schema is created and evolved by Flyway. {@link #close()} checkpoints and shuts H2 down cleanly.
 */
public final class Database implements AutoCloseable {

    /** H2 error code for "Database may be already in use". */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int DATABASE_NOT_FOUND = 90146;
    private static final int FILE_CORRUPTED = 90030;

    private final Path basePath;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final boolean created;
    private final Connection keepAlive;
    private boolean closed;

    private Database(Path basePath, JdbcDataSource dataSource, boolean created, Connection keepAlive) {
        this.basePath = basePath;
        this.pool = JdbcConnectionPool.create(dataSource);
        this.created = created;
        this.keepAlive = keepAlive;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens the database at {@code basePath} (without {@code .mv.db}), creating it when {@code create} is
     * true and it does not exist yet, and migrates it to the current schema.
     */
    public static Database open(Path basePath, boolean create) {
        Path file = DataLocation.dataFile(basePath);
        boolean exists = Files.exists(file);
        if (!exists && !create) {
            throw new DatabaseException(DatabaseException.Reason.NOT_FOUND,
                    "Er is geen database op " + file + ".", null);
        }
        try {
            Files.createDirectories(basePath.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De map " + basePath.getParent() + " kan niet worden aangemaakt: " + e.getMessage(), e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url(basePath, exists));
        ds.setUser("iwb");
        ds.setPassword("");
        Connection keepAlive;
        try {
            keepAlive = ds.getConnection();
        } catch (SQLException e) {
            throw translate(e, file);
        }
        Database db = new Database(basePath, ds, !exists, keepAlive);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            db.close();
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De database op " + file + " kan niet worden bijgewerkt naar de huidige versie: " + e.getMessage(), e);
        }
        return db;
    }

    static String url(Path basePath, boolean mustExist) {
        // The user/password are local-only: the file is never served over a network.
        return "jdbc:h2:file:" + basePath.toAbsolutePath()
                + ";WRITE_DELAY=0"
                + ";DB_CLOSE_ON_EXIT=FALSE"
                + ";DEFAULT_LOCK_TIMEOUT=10000"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private static DatabaseException translate(SQLException e, Path file) {
        int code = e.getErrorCode();
        if (code == DATABASE_ALREADY_OPEN || String.valueOf(e.getMessage()).contains("already in use")) {
            return new DatabaseException(DatabaseException.Reason.LOCKED,
                    "De database " + file + " is al geopend door een ander venster of programma van Inkoopwerkbank. "
                            + "Sluit dat eerst, of kies met --db een andere database.", e);
        }
        if (code == DATABASE_NOT_FOUND) {
            return new DatabaseException(DatabaseException.Reason.NOT_FOUND, "Er is geen database op " + file + ".", e);
        }
        if (code == FILE_CORRUPTED) {
            return new DatabaseException(DatabaseException.Reason.DAMAGED,
                    "De database " + file + " is beschadigd en kan niet worden geopend.", e);
        }
        return new DatabaseException(DatabaseException.Reason.OTHER,
                "De database " + file + " kan niet worden geopend: " + e.getMessage(), e);
    }

    public Jdbi jdbi() {
        return jdbi;
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
}
