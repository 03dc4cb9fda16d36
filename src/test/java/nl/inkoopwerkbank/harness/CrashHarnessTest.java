package nl.inkoopwerkbank.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * A short run of the kill-and-restart harness as part of {@code mvn verify}: real child JVMs, real
 * SIGKILLs, the database reopened and checked after each. The long run is a documented command
 * (README, "Your data").
 */
class CrashHarnessTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveKillsAndImportsAreNeverHalfDone() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CrashHarness harness = new CrashHarness(new PrintStream(printed, true, StandardCharsets.UTF_8));
        new CommandLine(harness).parseArgs("--cycles", "7", "--migration-every", "3", "--seed", "42",
                "--max-delay-ms", "4000");
        CrashHarness.Counts counts = harness.run(dir);
        assertTrue(counts.failures.isEmpty(), String.join("\n", counts.failures));
        assertEquals(7, counts.cycles);
        assertEquals(2, counts.migrationCycles);
        assertEquals(2, counts.migrationsFoundDone + counts.migrationsFoundNotStarted);
        assertTrue(counts.killedWhileWorking >= 1, counts.asMap().toString());
        assertTrue(counts.acknowledgedEdits + counts.importsAcknowledged + counts.backupsAcknowledged > 0,
                "the children wrote nothing before they were killed: " + counts.asMap());
    }
}
