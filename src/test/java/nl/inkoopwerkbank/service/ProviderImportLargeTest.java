package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.bench.RegisterFile;
import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.io.ProviderCsv;

/**
 * The big import: a generated register of 100,000 providers through the real service into a real H2 file,
 * with its progress; and cancelled imports, while checking and while storing, that leave the old data
 * exactly as it was.
 */
class ProviderImportLargeTest {

    static final int ROWS = 100_000;
    static final long SEED = 20_261_123L;

    @TempDir
    Path dir;
    Workbench wb;
    ProviderService service;

    @BeforeEach
    void open() {
        wb = Workbench.open(dir.resolve("big"), true);
        service = wb.providers();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** (done, total) pairs as reported. */
    private static final class Recorder implements ProviderService.Progress {
        final List<int[]> calls = new ArrayList<>();

        @Override
        public void accept(Integer done, Integer total) {
            calls.add(new int[] {done, total});
        }

        double fraction(int i) {
            return (double) calls.get(i)[0] / calls.get(i)[1];
        }
    }

    @Test
    void aHundredThousandProvidersAreImportedWithProgress() {
        long before = service.count();
        Path file = RegisterFile.write(dir.resolve("register.csv"), ROWS, SEED);
        List<String> guarded = new ArrayList<>();
        service.setImportGuard(guarded::add);
        Recorder progress = new Recorder();

        ProviderService.ImportOutcome outcome = service.importCsv(file, progress, () -> false);

        assertTrue(outcome.ok(), () -> outcome.problems().subList(0, Math.min(5, outcome.problems().size())).toString());
        assertEquals(ROWS, outcome.inserted());
        assertEquals(0, outcome.updated());
        assertEquals(before + ROWS, service.count());
        assertEquals(List.of("import register.csv"), guarded, "the backup hook ran once, before storing");

        Provider last = service.findByAgb(RegisterFile.agb(ROWS - 1)).orElseThrow();
        assertEquals(RegisterFile.name(SEED, ROWS - 1), last.name());
        assertTrue(last.email().endsWith(".example"));
        Provider first = service.findByAgb(RegisterFile.agb(0)).orElseThrow();
        assertEquals(RegisterFile.name(SEED, 0), first.name());

        // every provider got its own contracts (the ids returned by the insert batches are matched in order)
        Map<String, Provider> stored = new HashMap<>();
        service.all().forEach(p -> stored.put(p.agbCode(), p));
        ProviderCsv.Result expected = ProviderCsv.read(readAll(file), "register.csv",
                Set.of("salland", "vgz", "zorgenzekerheid", "caresq"));
        assertEquals(ROWS, expected.rows().size());
        for (int i = 0; i < ROWS; i += 997) {
            Provider want = expected.rows().get(i).provider();
            Provider got = stored.get(want.agbCode());
            assertEquals(sorted(want.contracts()), sorted(got.contracts()), "contracts of " + want.agbCode());
            assertEquals(fields(want), fields(got), "provider " + want.agbCode());
        }

        assertTrue(progress.calls.size() > 100, "progress while checking and while storing: " + progress.calls.size());
        for (int i = 1; i < progress.calls.size(); i++) {
            assertTrue(progress.fraction(i) >= progress.fraction(i - 1) - 0.01, "progress does not go back at " + i);
        }
        int[] end = progress.calls.get(progress.calls.size() - 1);
        assertEquals(end[1], end[0], "the bar ends full");
    }

    private static String fields(Provider p) {
        return String.join("|", p.agbCode(), p.name(), p.type().name(), nz(p.kvkNumber()), nz(p.street()), nz(p.postcode()),
                p.place(), p.region(), nz(p.contactPerson()), nz(p.email()), nz(p.notes()), sorted(p.contracts()).toString());
    }

    private static List<ProviderContract> sorted(List<ProviderContract> contracts) {
        return contracts.stream().sorted(java.util.Comparator.comparing(ProviderContract::insurerId)).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every provider with its contracts, as a comparable text. */
    private List<String> snapshot() {
        return service.all().stream().map(Provider::toString).toList();
    }

    @Test
    void cancellingWhileStoringKeepsTheOldDataExactly() throws IOException {
        // the register also updates a sample provider: after the cancel it must be as it was
        Provider sample = service.all().get(0);
        int rows = 30_000;
        Path file = RegisterFile.write(dir.resolve("register.csv"), rows, SEED);
        Files.writeString(file, String.join(";", sample.agbCode(), "Hernoemd bij de import", "VSV", "", "", "", "Gouda",
                "Midden-Holland", "", "", "caresq:2027-01-01", "") + "\r\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        List<String> before = snapshot();
        long count = service.count();

        AtomicBoolean cancel = new AtomicBoolean();
        List<int[]> seen = new ArrayList<>();
        ProviderService.Progress progress = (done, total) -> {
            seen.add(new int[] {done, total});
            // well into storing: more than half of the work done, and several batches stored
            if (done > total / 2 + 10_000) {
                cancel.set(true);
            }
        };
        assertThrows(CancellationException.class, () -> service.importCsv(file, progress, cancel::get));

        assertTrue(cancel.get(), "the cancel came while storing");
        assertEquals(count, service.count());
        assertTrue(service.findByAgb(RegisterFile.agb(0)).isEmpty(), "the first batch was rolled back");
        Provider again = service.find(sample.id()).orElseThrow();
        assertEquals(sample, again, "the sample provider keeps its name, type, contracts and version");
        assertEquals(before, snapshot(), "every provider exactly as before");

        // the same file imports fine afterwards: the database was left usable
        ProviderService.ImportOutcome outcome = service.importCsv(file);
        assertTrue(outcome.ok());
        assertEquals(rows, outcome.inserted());
        assertEquals(1, outcome.updated());
        Provider renamed = service.find(sample.id()).orElseThrow();
        assertEquals("Hernoemd bij de import", renamed.name());
        assertEquals(ProviderType.VSV, renamed.type());
        assertEquals(List.of(new ProviderContract("caresq", java.time.LocalDate.of(2027, 1, 1))), renamed.contracts());
        assertEquals(sample.version() + 1, renamed.version());
    }

    @Test
    void cancellingWhileCheckingStoresNothingAndSkipsTheBackup() {
        Path file = RegisterFile.write(dir.resolve("register.csv"), 20_000, SEED);
        List<String> before = snapshot();
        List<String> guarded = new ArrayList<>();
        service.setImportGuard(guarded::add);
        AtomicBoolean cancel = new AtomicBoolean();
        ProviderService.Progress progress = (done, total) -> {
            if (done > 5_000) {
                cancel.set(true);
            }
        };
        assertThrows(CancellationException.class, () -> service.importCsv(file, progress, cancel::get));
        assertEquals(before, snapshot());
        assertTrue(guarded.isEmpty(), "no backup for an import that never got to storing");
    }

    @Test
    void aRefusingGuardStopsTheImportBeforeAnythingIsStored() {
        Path file = RegisterFile.write(dir.resolve("register.csv"), 2_500, SEED);
        List<String> before = snapshot();
        service.setImportGuard(what -> {
            throw new IllegalStateException("backup failed");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> service.importCsv(file));
        assertEquals("backup failed", e.getMessage());
        assertEquals(before, snapshot());
        assertFalse(service.findByAgb(RegisterFile.agb(0)).isPresent());
    }
}
