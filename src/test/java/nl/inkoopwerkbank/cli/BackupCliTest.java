package nl.inkoopwerkbank.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code backup create|list|restore} and {@code database info|encrypt|decrypt} as a script uses them. */
class BackupCliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("wb").toString();
    }

    @Test
    void createListAndRestoreTheLatestBringsBackWhatWasThere() throws Exception {
        Run created = run("backup", "create", "--note", "voor de vergadering", "--db", db());
        assertEquals(0, created.exit(), created.err());
        assertTrue(created.out().contains("(voor de vergadering)"), created.out());
        assertTrue(created.out().contains("73 aanbieders"), created.out());

        // a change after the backup: one provider more
        Path csv = dir.resolve("extra.csv");
        Files.writeString(csv, "agb_code;naam;type;plaats;regio;postcode\n"
                + "01999999;Verloskundigenpraktijk Na De Back-up;VERLOSKUNDIGENPRAKTIJK;Deventer;Salland;7411 AB\n");
        assertEquals(0, run("providers", "import", "--file", csv.toString(), "--db", db()).exit());
        assertTrue(run("providers", "list", "--db", db()).out().contains("74 aanbieders"));

        Run list = run("backup", "list", "--db", db());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("(voor de vergadering)"), list.out());
        assertTrue(list.out().contains("extra.csv"), "the import made its own backup first: " + list.out());

        Run refused = run("backup", "restore", "--db", db());
        assertEquals(Cli.EXIT_INVALID, refused.exit());
        assertTrue(refused.err().contains("--latest"), refused.err());
        Run unconfirmed = run("backup", "restore", "--latest", "--db", db());
        assertEquals(Cli.EXIT_INVALID, unconfirmed.exit());
        assertTrue(unconfirmed.err().contains("--yes"), unconfirmed.err());
        assertTrue(run("providers", "list", "--db", db()).out().contains("74 aanbieders"), "nothing restored without --yes");

        Run restored = run("backup", "restore", "--latest", "--yes", "--db", db());
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(restored.out().contains("bewaard als back-up"), restored.out());
        assertTrue(run("providers", "list", "--db", db()).out().contains("73 aanbieders"));
    }

    @Test
    void restoreWorksWhenTheDatabaseIsDamaged() throws Exception {
        assertEquals(0, run("backup", "create", "--db", db()).exit());
        Path file = dir.resolve("wb.mv.db");
        Files.write(file, "geen database".repeat(300).getBytes());
        Run broken = run("providers", "list", "--db", db());
        assertEquals(Cli.EXIT_DATABASE, broken.exit());
        assertTrue(broken.err().contains("beschadigd"), broken.err());
        Run list = run("backup", "list", "--db", db());
        assertEquals(0, list.exit(), "backups are listed without opening the database");
        Run restored = run("backup", "restore", "--latest", "--yes", "--db", db());
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(run("providers", "list", "--db", db()).out().contains("73 aanbieders"));
    }

    @Test
    void encryptNeedsALongEnoughPassphraseAndThenEveryCommandNeedsIt() throws Exception {
        assertEquals(0, run("database", "info", "--db", db()).exit());
        Path shortPass = dir.resolve("short.txt");
        Files.writeString(shortPass, "te kort\n");
        byte[] before = Files.readAllBytes(dir.resolve("wb.mv.db"));
        Run refused = run("database", "encrypt", "--new-passphrase-file", shortPass.toString(), "--db", db());
        assertEquals(Cli.EXIT_INVALID, refused.exit());
        assertTrue(refused.err().contains("minstens 12 tekens"), refused.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("wb.mv.db")));

        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "een lange wachtwoordzin voor de laptop\n");
        Run encrypted = run("database", "encrypt", "--new-passphrase-file", pass.toString(), "--db", db());
        assertEquals(0, encrypted.exit(), encrypted.err());
        assertFalse(new String(Files.readAllBytes(dir.resolve("wb.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Verloskundig"));

        Run without = run("providers", "list", "--db", db());
        assertEquals(Cli.EXIT_DATABASE, without.exit());
        assertTrue(without.err().contains("versleuteld"), without.err());
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "een andere wachtwoordzin voor de laptop\n");
        Run wrongRun = run("providers", "list", "--passphrase-file", wrong.toString(), "--db", db());
        assertEquals(Cli.EXIT_DATABASE, wrongRun.exit());
        assertTrue(wrongRun.err().contains("klopt niet"), wrongRun.err());
        Run info = run("database", "info", "--passphrase-file", pass.toString(), "--db", db());
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("Versleuteld: ja"), info.out());
        assertTrue(info.out().contains("73 aanbieders"), info.out());

        Run decrypted = run("database", "decrypt", "--passphrase-file", pass.toString(), "--db", db());
        assertEquals(0, decrypted.exit(), decrypted.err());
        assertTrue(run("database", "info", "--db", db()).out().contains("Versleuteld: nee"));
    }
}
