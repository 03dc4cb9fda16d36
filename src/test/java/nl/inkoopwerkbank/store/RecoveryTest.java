package nl.inkoopwerkbank.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.backup.BackupInfo;

/** Backups, restore, and what happens when a database cannot be opened: never a silent new empty one. */
class RecoveryTest {

    @TempDir
    Path dir;

    private static void addProvider(Database db, String agb, String name) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO provider (agb_code, name, type, place, region) "
                + "VALUES (:agb, :name, 'VERLOSKUNDIGE', 'Deventer', 'Salland')").bind("agb", agb).bind("name", name).execute());
    }

    private static List<String> names(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM provider ORDER BY agb_code").mapTo(String.class).list());
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void aBackupHoldsWhatWasThereAndRestoringItBringsThatBackKeepingTheReplacedData() {
        Path base = dir.resolve("wb");
        BackupInfo backup;
        try (Database db = Database.open(base, true)) {
            addProvider(db, "01000001", "Praktijk Eerste");
            backup = BackupStore.forDatabase(base, at("2026-11-20T09:00:00Z")).create(db, BackupInfo.MANUAL, "");
            addProvider(db, "01000002", "Praktijk Na De Back-up");
        }
        assertEquals(1L, backup.count(BackupInfo.PROVIDERS));
        assertEquals(BackupInfo.MANUAL, backup.reason());
        assertFalse(backup.encrypted());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), backup.createdAt());
        assertTrue(backup.count(BackupInfo.POLICIES) >= 0);

        BackupStore store = BackupStore.forDatabase(base, at("2026-11-21T09:00:00Z"));
        BackupInfo kept = store.restore(backup.id(), "5", Map.of(BackupInfo.PROVIDERS, 2L)).orElseThrow();
        try (Database db = Database.open(base, false)) {
            assertEquals(List.of("Praktijk Eerste"), names(db));
        }
        assertEquals(BackupInfo.BEFORE_RESTORE, kept.reason());
        assertEquals(2, store.list().size());
        // the data the restore replaced is itself a backup that can be put back
        store.restore(kept.id(), "", Map.of());
        try (Database db = Database.open(base, false)) {
            assertEquals(List.of("Praktijk Eerste", "Praktijk Na De Back-up"), names(db));
        }
    }

    @Test
    void onlyTheNewestGenerationsAreKeptAndUnfinishedFilesAreNeverListed() throws Exception {
        Path base = dir.resolve("wb");
        try (Database db = Database.open(base, true)) {
            for (int i = 0; i < 6; i++) {
                BackupStore.forDatabase(base, at("2026-11-0" + (i + 1) + "T08:00:00Z")).create(db, BackupInfo.DAILY, "");
            }
        }
        BackupStore store = BackupStore.forDatabase(base);
        Path folder = store.folder();
        Files.writeString(folder.resolve("wb-half.zip.tmp"), "half a backup");
        Files.writeString(folder.resolve("wb-not-a-backup.zip"), "garbage that ends in .zip");
        assertEquals(6, store.list().size());
        assertEquals(3, store.prune(3));
        List<BackupInfo> left = store.list();
        assertEquals(List.of(Instant.parse("2026-11-06T08:00:00Z"), Instant.parse("2026-11-05T08:00:00Z"),
                Instant.parse("2026-11-04T08:00:00Z")), left.stream().map(BackupInfo::createdAt).toList());
        assertFalse(Files.exists(folder.resolve("wb-half.zip.tmp")));
    }

    @Test
    void aDamagedFileIsReportedLeftAloneAndTheLatestBackupBringsTheDataBack() throws Exception {
        Path base = dir.resolve("wb");
        String backupId;
        try (Database db = Database.open(base, true)) {
            addProvider(db, "01000001", "Praktijk Eerste");
            backupId = BackupStore.forDatabase(base).create(db, BackupInfo.DAILY, "").id();
        }
        Path file = DataLocation.dataFile(base);
        byte[] garbage = "this is not a database ".repeat(500).getBytes();
        Files.write(file, garbage);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(base, true));
        assertEquals(DatabaseException.Reason.DAMAGED, e.reason());
        assertTrue(e.backupHelps());
        assertArrayEquals(garbage, Files.readAllBytes(file), "a damaged file is never overwritten by opening it");

        BackupStore store = BackupStore.forDatabase(base);
        BackupInfo kept = store.restore(backupId, "", Map.of()).orElseThrow();
        try (Database db = Database.open(base, false)) {
            assertEquals(List.of("Praktijk Eerste"), names(db));
        }
        // the damaged file is kept (as a backup whose contents are unknown), not thrown away
        assertTrue(kept.counts().isEmpty());
        try (var zip = new java.util.zip.ZipFile(store.file(kept).toFile())) {
            assertArrayEquals(garbage, zip.getInputStream(zip.getEntry("wb.mv.db")).readAllBytes());
        }
    }

    @Test
    void aTruncatedFileIsDamagedNotANewEmptyDatabase() throws Exception {
        Path base = dir.resolve("wb");
        try (Database db = Database.open(base, true)) {
            addProvider(db, "01000001", "Praktijk Eerste");
        }
        Path file = DataLocation.dataFile(base);
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {0, 100, 4096}) {
            byte[] part = Arrays.copyOf(whole, cut);
            Files.write(file, part);
            DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(base, true), "cut at " + cut);
            assertTrue(e.reason() == DatabaseException.Reason.DAMAGED, cut + ": " + e.reason() + " " + e.getMessage());
            assertArrayEquals(part, Files.readAllBytes(file), "cut at " + cut + " must stay untouched");
        }
        // cut further on, H2 may still find an earlier complete version of the data; then it opens with the
        // schema whole, and otherwise it is reported as damaged: never an empty database
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        try (Database db = Database.open(base, true)) {
            assertTrue(Integer.parseInt(db.schemaVersion()) >= 5);
        } catch (DatabaseException e) {
            assertEquals(DatabaseException.Reason.DAMAGED, e.reason(), e.getMessage());
        }
    }

    @Test
    void aMissingFileWithBackupsIsReportedInsteadOfStartingEmpty() throws Exception {
        Path base = dir.resolve("wb");
        try (Database db = Database.open(base, true)) {
            BackupStore.forDatabase(base).create(db, BackupInfo.DAILY, "");
        }
        Files.delete(DataLocation.dataFile(base));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(base, true));
        assertEquals(DatabaseException.Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("back-ups"), e.getMessage());
        assertFalse(Files.exists(DataLocation.dataFile(base)));
    }

    @Test
    void aDatabaseFromANewerVersionIsNotOpenedOrChanged() throws Exception {
        Path base = dir.resolve("wb");
        try (Database db = Database.open(base, true)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 1, 'iwb', 1, TRUE)"));
        }
        byte[] before = Files.readAllBytes(DataLocation.dataFile(base));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(base, true));
        assertEquals(DatabaseException.Reason.WRONG_VERSION, e.reason());
        assertTrue(e.getMessage().contains("nieuwere versie"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(DataLocation.dataFile(base)));
    }

    @Test
    void aMigrationRunsOnACopyAfterABackupAndKeepsTheData() throws Exception {
        Path base = dir.resolve("old");
        // a database as version 4 of the schema left it
        var ds = Database.dataSource(base, null, false);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("4").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO provider (agb_code, name, type, place, region) VALUES ('01000009', 'Praktijk Oud', "
                    + "'VERLOSKUNDIGE', 'Zwolle', 'Salland')");
            st.execute("SHUTDOWN");
        }
        try (Database db = Database.open(base, false)) {
            assertEquals(List.of("Praktijk Oud"), names(db));
            assertTrue(Integer.parseInt(db.schemaVersion()) > 4, db.schemaVersion());
        }
        List<BackupInfo> backups = BackupStore.forDatabase(base).list();
        assertEquals(1, backups.size());
        assertEquals(BackupInfo.MIGRATION, backups.get(0).reason());
        assertEquals("4", backups.get(0).schemaVersion());
        assertEquals(1L, backups.get(0).count(BackupInfo.PROVIDERS));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".migrating")), "no work copy left");
        }
    }

    @Test
    void workCopiesLeftByAKilledMigrationAreRemovedAndTheOriginalOpens() throws Exception {
        Path base = dir.resolve("wb");
        try (Database db = Database.open(base, true)) {
            addProvider(db, "01000001", "Praktijk Eerste");
        }
        Path leftover = DataLocation.dataFile(Database.sibling(base, Database.MIGRATING));
        Files.write(leftover, new byte[] {1, 2, 3});
        try (Database db = Database.open(base, false)) {
            assertEquals(List.of("Praktijk Eerste"), names(db));
        }
        assertFalse(Files.exists(leftover));
    }
}
