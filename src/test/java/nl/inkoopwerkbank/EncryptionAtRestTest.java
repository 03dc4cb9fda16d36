package nl.inkoopwerkbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.backup.BackupInfo;

/**
 * The test: known tariff strings of the sample quotes are not findable in the bytes of the
 * database file or of any backup once the database is encrypted (and they are, in a plain one).
 */
class EncryptionAtRestTest {

    /** Tariff line texts and codes of the sample IGO quotes, and a quote's IGO name. */
    private static final List<String> TARIFF_STRINGS = List.of("Prenatale zorg integraal", "IGO-PAR-02",
            "Partus onder verantwoordelijkheid van de gynaecoloog", "Kraamzorg thuis en in het geboortecentrum");
    private static final char[] PASSPHRASE = "tarieven blijven binnenskamers".toCharArray();

    @TempDir
    Path dir;

    /** Everything on disk that belongs to the database: its file, its key file, every backup unpacked. */
    private byte[] allBytes() throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            all.write(Files.readAllBytes(f));
            if (f.toString().endsWith(".zip")) {
                try (ZipFile zip = new ZipFile(f.toFile())) {
                    for (var e : Collections.list(zip.entries())) {
                        all.write(zip.getInputStream(e).readAllBytes());
                    }
                }
            }
        }
        return all.toByteArray();
    }

    private static List<String> found(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
        return TARIFF_STRINGS.stream().filter(s -> text.contains(s) || utf16.contains(s)).toList();
    }

    @Test
    void tariffStringsAreNotInTheFileOrTheBackupsOfAnEncryptedDatabase() throws Exception {
        Path base = dir.resolve("wb");
        try (Workbench wb = Workbench.open(base, true)) {
            assertTrue(wb.quotes().all().size() >= 4);
            wb.backups().create(BackupInfo.MANUAL, "");
        }
        assertEquals(TARIFF_STRINGS, found(allBytes()), "control: a plain database and its backup show the tariffs");

        Workbench.encrypt(base, null, PASSPHRASE);
        try (Workbench wb = Workbench.open(base, false, Clock.systemDefaultZone(), PASSPHRASE)) {
            assertTrue(wb.database().isEncrypted());
            assertTrue(wb.quotes().all().size() >= 4, "the quotes are all there after the conversion");
            wb.backups().create(BackupInfo.MANUAL, "na het versleutelen");
            assertEquals(3, wb.backups().list().size());
            assertTrue(wb.backups().list().stream().allMatch(BackupInfo::encrypted));
        }
        assertEquals(List.of(), found(allBytes()), "no tariff string in the database file or any backup");
        try (Stream<Path> walk = Files.list(dir)) {
            assertFalse(walk.anyMatch(p -> p.getFileName().toString().endsWith(".trace.db")), "no H2 trace file");
        }
    }
}
