package nl.inkoopwerkbank.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileDatabaseToTheCurrentSchema() {
        Path base = dir.resolve("fresh");
        try (Database db = Database.open(base, true)) {
            assertTrue(db.wasCreated());
            assertTrue(Files.exists(dir.resolve("fresh.mv.db")));
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY 1")
                    .mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("app_setting", "insurer", "provider", "provider_contract")), tables.toString());
            int insurers = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM insurer").mapTo(Integer.class).one());
            assertEquals(4, insurers);
            String success = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT MIN(CAST(\"success\" AS VARCHAR)) FROM \"flyway_schema_history\"").mapTo(String.class).one());
            assertEquals("TRUE", success.toUpperCase());
        }
        try (Database again = Database.open(base, true)) {
            assertFalse(again.wasCreated(), "a second open must reuse the file");
        }
    }

    @Test
    void theQuickSchemaCheckKnowsTheNewestMigrationAndLeavesAnythingElseToFlyway() throws Exception {
        Path base = dir.resolve("versions");
        try (Database db = Database.open(base, true)) {
            String newest = Database.flyway(db.dataSource()).info().current().getVersion().getVersion();
            // a new migration without raising SCHEMA_VERSION would let a start skip it
            assertEquals(newest, String.valueOf(Database.SCHEMA_VERSION));
            // a schema history that lacks the newest migration is no longer current: Flyway applies it on the next open
            db.jdbi().useHandle(h -> h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?", newest));
            db.jdbi().useHandle(h -> {
                h.execute("DROP INDEX provider_name_key_idx");
                h.execute("ALTER TABLE provider DROP COLUMN search_key");
                h.execute("ALTER TABLE provider DROP COLUMN name_key");
            });
        }
        try (Database again = Database.open(base, true)) {
            List<String> versions = again.jdbi().withHandle(h -> h.createQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                    .mapTo(String.class).list());
            assertEquals(String.valueOf(Database.SCHEMA_VERSION), versions.get(versions.size() - 1),
                    "the missing migration is applied again: " + versions);
        }
    }

    @Test
    void commitsAreFlushedAtOnceAndNoServerIsOpened() {
        try (Database db = Database.open(dir.resolve("settings"), true)) {
            List<String> writeDelay = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT DISTINCT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")
                    .mapTo(String.class).list());
            assertEquals(List.of("0"), writeDelay);
            String url = Database.url(dir.resolve("settings"), true);
            assertTrue(url.contains("IFEXISTS=TRUE"));
            assertFalse(url.toUpperCase().contains("AUTO_SERVER"));
            assertFalse(url.toUpperCase().contains("TCP"));
        }
    }

    @Test
    void openingAMissingDatabaseWithoutCreateNeverMakesAnEmptyOne() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(dir.resolve("nothing"), false));
        assertEquals(DatabaseException.Reason.NOT_FOUND, e.reason());
        assertFalse(Files.exists(dir.resolve("nothing.mv.db")));
    }

    @Test
    void aDatabaseHeldByAnotherProcessGivesAClearMessage() throws Exception {
        Path base = dir.resolve("locked");
        try (Database db = Database.open(base, true)) {
            // created, then closed so that the child can take it
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), base.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("OPEN", r.readLine());
            DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(base, true));
            assertEquals(DatabaseException.Reason.LOCKED, e.reason());
            assertTrue(e.getMessage().contains("al geopend"), e.getMessage());
        } finally {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void dataLocationFollowsOptionThenEnvironmentThenPlatform() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data", "INKOOPWERKBANK_DB", "/env/db.mv.db", "APPDATA", "C:/AppData");
        assertEquals(Path.of("/opt/x"), DataLocation.resolve("/opt/x.mv.db", env, "Linux", "/home/a"));
        assertEquals(Path.of("/env/db"), DataLocation.resolve(null, env, "Linux", "/home/a"));
        assertEquals(Path.of("/data/inkoopwerkbank/inkoopwerkbank"), DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/.local/share/inkoopwerkbank/inkoopwerkbank"), DataLocation.resolve(null, Map.of(), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/Library/Application Support/inkoopwerkbank/inkoopwerkbank"),
                DataLocation.resolve(null, Map.of(), "Mac OS X", "/home/a"));
        assertEquals(Path.of("C:/AppData", "inkoopwerkbank", "inkoopwerkbank"),
                DataLocation.resolve(null, Map.of("APPDATA", "C:/AppData"), "Windows 11", "/home/a"));
    }
}
