package nl.inkoopwerkbank.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.backup.BackupInfo;

/** Encryption at rest: the passphrase, the key file, conversions and what a kill leaves behind. */
class EncryptionTest {

    private static final int FAST = 2_000;
    private static final char[] PASS = "geheim voor de onderhandeling".toCharArray();

    @TempDir
    Path dir;

    private Path plainDatabase(String name) {
        Path base = dir.resolve("wb");
        try (Database db = Database.open(base, true)) {
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO provider (agb_code, name, type, place, region) "
                    + "VALUES ('01000001', :n, 'VERLOSKUNDIGE', 'Deventer', 'Salland')").bind("n", name).execute());
        }
        return base;
    }

    private static List<String> names(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM provider").mapTo(String.class).list());
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsPassphrase() throws Exception {
        Path base = plainDatabase("Praktijk Vertrouwelijk");
        assertTrue(contains(Files.readAllBytes(DataLocation.dataFile(base)), "Praktijk Vertrouwelijk"),
                "control: a plain file shows its text");
        Encryption.encrypt(base, null, PASS, FAST);
        assertTrue(Database.isEncrypted(base));
        assertFalse(contains(Files.readAllBytes(DataLocation.dataFile(base)), "Praktijk Vertrouwelijk"));
        try (Database db = Database.open(base, false, PASS)) {
            assertTrue(db.isEncrypted());
            assertEquals(List.of("Praktijk Vertrouwelijk"), names(db));
        }
        byte[] before = Files.readAllBytes(DataLocation.dataFile(base));
        DatabaseException none = assertThrows(DatabaseException.class, () -> Database.open(base, true));
        assertEquals(DatabaseException.Reason.PASSPHRASE_NEEDED, none.reason());
        DatabaseException wrong = assertThrows(DatabaseException.class,
                () -> Database.open(base, true, "geheim voor de onderhandelinG".toCharArray()));
        assertEquals(DatabaseException.Reason.WRONG_PASSPHRASE, wrong.reason());
        assertTrue(wrong.getMessage().contains("wachtwoordzin"), wrong.getMessage());
        assertArrayEquals(before, Files.readAllBytes(DataLocation.dataFile(base)), "a wrong passphrase changes nothing");
    }

    @Test
    void theKeyIsDerivedWithARandomSaltAndTheKeyFileHoldsNoSecret() throws Exception {
        DatabaseKey a = DatabaseKey.create(PASS, FAST);
        DatabaseKey b = DatabaseKey.create(PASS, FAST);
        assertFalse(java.util.Arrays.equals(a.salt(), b.salt()), "every key gets its own salt");
        char[] pa = a.filePassword(PASS, dir);
        char[] pb = b.filePassword(PASS, dir);
        assertFalse(java.util.Arrays.equals(pa, pb), "the same passphrase gives another key with another salt");
        assertEquals(64, pa.length, "256 bits, hex");
        String text = a.toText();
        assertFalse(text.contains(new String(PASS)));
        assertFalse(text.contains(new String(pa)));
        assertTrue(text.contains("PBKDF2WithHmacSHA256"));
        assertEquals(DatabaseKey.DEFAULT_ITERATIONS, 600_000);
        // a key file edited down to a weak iteration count is refused, not used
        String weak = text.replaceAll("iterations=\\d+", "iterations=10");
        DatabaseException e = assertThrows(DatabaseException.class, () -> DatabaseKey.fromText(weak, "wb.key"));
        assertEquals(DatabaseException.Reason.KEY_MISSING, e.reason());
    }

    @Test
    void aNewPassphraseReplacesTheOldOneAndDecryptingMakesItPlainAgain() {
        Path base = plainDatabase("Praktijk Sleutel");
        Encryption.encrypt(base, null, PASS, FAST);
        char[] next = "nieuwe wachtwoordzin 2027".toCharArray();
        Encryption.encrypt(base, PASS, next, FAST);
        assertEquals(DatabaseException.Reason.WRONG_PASSPHRASE,
                assertThrows(DatabaseException.class, () -> Database.open(base, false, PASS)).reason());
        try (Database db = Database.open(base, false, next)) {
            assertEquals(List.of("Praktijk Sleutel"), names(db));
        }
        Encryption.decrypt(base, next);
        assertFalse(Database.isEncrypted(base));
        assertFalse(Files.exists(DatabaseKey.file(base)));
        try (Database db = Database.open(base, false)) {
            assertEquals(List.of("Praktijk Sleutel"), names(db));
        }
    }

    @Test
    void turningEncryptionOnEncryptsTheEarlierBackupsToo() throws Exception {
        Path base = plainDatabase("Praktijk Oude Back-up");
        try (Database db = Database.open(base, false)) {
            BackupStore.forDatabase(base).create(db, BackupInfo.MANUAL, "");
        }
        Encryption.encrypt(base, null, PASS, FAST);
        BackupStore store = BackupStore.forDatabase(base);
        List<BackupInfo> all = store.list();
        assertEquals(2, all.size(), "the manual backup and the one made before encrypting");
        for (BackupInfo b : all) {
            assertTrue(b.encrypted(), b.id());
            assertFalse(contains(unzipped(store.file(b)), "Praktijk Oude Back-up"), b.id());
        }
        // and an encrypted backup restores with the passphrase
        String oldest = all.get(all.size() - 1).id();
        store.restore(oldest, "", Map.of());
        try (Database db = Database.open(base, false, PASS)) {
            assertEquals(List.of("Praktijk Oude Back-up"), names(db));
        }
    }

    @Test
    void aDamagedFileKeptAsABackupDoesNotFailTheEncryptionAndStaysAsItWas() throws Exception {
        Path base = plainDatabase("Praktijk Na Herstel");
        BackupInfo good;
        try (Database db = Database.open(base, false)) {
            good = BackupStore.forDatabase(base).create(db, BackupInfo.MANUAL, "");
        }
        // the database file is overwritten; restoring the good backup keeps the damaged file as a backup
        byte[] garbage = new byte[40_000];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(DataLocation.dataFile(base), garbage);
        BackupInfo damaged = BackupStore.forDatabase(base).restore(good.id(), "", Map.of()).orElseThrow();

        Encryption.encrypt(base, null, PASS, FAST);

        try (Database db = Database.open(base, false, PASS)) {
            assertEquals(List.of("Praktijk Na Herstel"), names(db), "the database is encrypted and opens");
        }
        BackupStore store = BackupStore.forDatabase(base);
        for (BackupInfo b : store.list()) {
            if (b.id().equals(damaged.id())) {
                assertFalse(b.encrypted(), "the damaged file cannot be converted and stays as it was");
                assertArrayEquals(garbage, databaseEntry(store.file(b)));
            } else {
                assertTrue(b.encrypted(), b.id());
            }
        }
        assertFalse(Files.list(store.folder()).anyMatch(p -> p.getFileName().toString().startsWith(".encrypting-")),
                "no work file is left");
    }

    private static byte[] databaseEntry(Path zip) throws Exception {
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            var e = java.util.Collections.list(z.entries()).stream().filter(x -> x.getName().endsWith(".mv.db"))
                    .findFirst().orElseThrow();
            return z.getInputStream(e).readAllBytes();
        }
    }

    static byte[] unzipped(Path zip) throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                all.write(z.getInputStream(e).readAllBytes());
            }
        }
        return all.toByteArray();
    }

    @Test
    void aConversionKilledBeforeItsLastRenameSettlesOnTheKeyTheFileNeeds() throws Exception {
        Path base = plainDatabase("Praktijk Halverwege");
        Encryption.encrypt(base, null, PASS, FAST);
        Path key = DatabaseKey.file(base);
        Path pending = Database.sibling(base, Database.NEW_KEY);

        // killed after the new key file was written, before the converted copy was moved in: old key stays
        Path otherFile = dir.resolve("converted-copy.bin");
        Files.write(otherFile, "H2encrypt\nanother random salt".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(pending, DatabaseKey.create("andere".toCharArray(), FAST).forFile(otherFile).toText());
        try (Database db = Database.open(base, false, PASS)) {
            assertEquals(List.of("Praktijk Halverwege"), names(db));
        }
        assertFalse(Files.exists(pending));

        // killed after the converted copy was moved in, before the new key file replaced the old one
        byte[] oldKey = Files.readAllBytes(key);
        char[] next = "tweede".toCharArray();
        Encryption.encrypt(base, PASS, next, FAST);
        byte[] newKey = Files.readAllBytes(key);
        Files.move(key, pending);
        Files.write(key, oldKey);
        try (Database db = Database.open(base, false, next)) {
            assertEquals(List.of("Praktijk Halverwege"), names(db));
        }
        assertArrayEquals(newKey, Files.readAllBytes(key));
        assertFalse(Files.exists(pending));
    }

    @Test
    void anEncryptedDatabaseWithoutItsKeyFileSaysSo() throws Exception {
        Path base = plainDatabase("Praktijk Zonder Sleutel");
        Encryption.encrypt(base, null, PASS, FAST);
        Files.delete(DatabaseKey.file(base));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(base, false, PASS));
        assertEquals(DatabaseException.Reason.KEY_MISSING, e.reason());
        assertTrue(e.backupHelps());
    }
}
