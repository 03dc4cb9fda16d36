package nl.inkoopwerkbank.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Old databases for the harness: schema version 4 with providers, as an earlier release left them. */
final class Migrations {

    static final String OLD_PREFIX = "6";

    private Migrations() {
    }

    private static JdbcDataSource dataSource(Path base, boolean readOnly) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0"
                + (readOnly ? ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : ""));
        ds.setUser("iwb");
        ds.setPassword("");
        return ds;
    }

    static void prepareOldDatabase(Path base, int providers) throws Exception {
        Files.createDirectories(base.getParent());
        JdbcDataSource ds = dataSource(base, false);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO provider (agb_code, name, type, place, region) "
                    + "VALUES (?, ?, 'VERLOSKUNDIGENPRAKTIJK', 'Deventer', 'Salland')")) {
                for (int i = 1; i <= providers; i++) {
                    ps.setString(1, OLD_PREFIX + String.format("%07d", i));
                    ps.setString(2, "Oude Praktijk " + i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }

    /** The highest applied migration, read without changing the file. */
    static String schemaVersion(Path base) throws SQLException {
        try (Connection c = dataSource(base, true).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
