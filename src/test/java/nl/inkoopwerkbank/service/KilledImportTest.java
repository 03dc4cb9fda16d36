package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.bench.RegisterFile;
import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.provider.Provider;

/**
 * An import killed while it stores (the process ends at once, as with a crash or a power cut) leaves the
 * old data: the store step is one transaction, and H2 rolls back what was not committed when the file is
 * opened again. Run in a separate process, so the kill is real.
 */
class KilledImportTest {

    @TempDir
    Path dir;

    @Test
    void aKillWhileStoringLeavesTheOldProviders() throws Exception {
        Path base = dir.resolve("killed");
        List<String> before;
        Provider sample;
        try (Workbench wb = Workbench.open(base, true)) {
            before = wb.providers().all().stream().map(Provider::toString).toList();
            sample = wb.providers().all().get(0);
        }
        Path file = RegisterFile.write(dir.resolve("register.csv"), 10_000, 77L);
        Files.writeString(file, String.join(";", sample.agbCode(), "Hernoemd voor de crash", "VSV", "", "", "", "Gouda",
                "Midden-Holland", "", "", "", "") + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportInAnotherProcess.class.getName(), base.toString(),
                file.toString(), "4000")
                .redirectErrorStream(true).start();
        long sizeBefore = Files.size(dir.resolve("killed.mv.db"));
        String said;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            said = r.readLine();
            while (said != null && !said.startsWith("STORING") && !said.startsWith("DONE")) {
                said = r.readLine();
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(said != null && said.startsWith("STORING"), "killed in the middle of storing, not " + said);
        // H2 had already written the uncommitted rows to the file: the recovery, not luck, keeps the old data
        assertTrue(Files.size(dir.resolve("killed.mv.db")) > sizeBefore + 1_000_000, "half an import on disk");
        assertTrue(Integer.parseInt(said.substring("STORING ".length())) >= 4000, said);

        try (Workbench wb = Workbench.open(base, false)) {
            assertEquals(before, wb.providers().all().stream().map(Provider::toString).toList(),
                    "every provider exactly as before the import");
            assertTrue(wb.providers().findByAgb(RegisterFile.agb(0)).isEmpty());
            // and the database works: the same register imports completely
            ProviderService.ImportOutcome again = wb.providers().importCsv(file);
            assertTrue(again.ok());
            assertEquals(10_000, again.inserted());
            assertEquals("Hernoemd voor de crash", wb.providers().find(sample.id()).orElseThrow().name());
        }
    }
}
