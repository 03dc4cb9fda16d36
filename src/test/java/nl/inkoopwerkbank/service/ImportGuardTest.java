package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.TariffLine;
import nl.inkoopwerkbank.io.ProviderFactsYaml;
import nl.inkoopwerkbank.io.QuoteFile;
import nl.inkoopwerkbank.store.JdbiQuoteRepository;

/**
 * Every importer calls the ImportGuard (the automatic backup) once, after the file was found right and
 * before anything is stored; never for a refused file; and a guard that refuses stops the import with
 * nothing changed. The store step is one transaction, also for a quote file that creates its quote.
 */
class ImportGuardTest {

    @TempDir
    Path dir;
    Workbench wb;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void open() {
        wb = Workbench.open(dir.resolve("guard"), true);
        ImportGuard guard = calls::add;
        wb.providers().setImportGuard(guard);
        wb.policies().setImportGuard(guard);
        wb.assessments().setImportGuard(guard);
        wb.quotes().setImportGuard(guard);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ImportGuardTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private void refuseEverything() {
        ImportGuard no = what -> {
            throw new IllegalStateException("geen back-up: schijf vol");
        };
        wb.providers().setImportGuard(no);
        wb.policies().setImportGuard(no);
        wb.assessments().setImportGuard(no);
        wb.quotes().setImportGuard(no);
    }

    private String state() {
        List<Provider> providers = wb.providers().all();
        return providers + "\n" + wb.quotes().all() + "\n"
                + wb.assessments().sheets(providers.stream().map(Provider::id).toList()) + "\n"
                + wb.policies().all().stream().map(p -> wb.policies().document(p.id()).orElse("")).toList();
    }

    @Test
    void providerRegister() throws IOException {
        Path bad = file("fout.csv", "agb_code;naam;type;plaats;regio\n1234;X;VSV;Gouda;Midden-Holland\n");
        assertFalse(wb.providers().importCsv(bad).ok());
        assertTrue(calls.isEmpty(), "no backup for a refused file");

        Path good = file("aanbieders.csv", "agb_code;naam;type;plaats;regio\n51234567;Praktijk Noord;VSV;Gouda;Midden-Holland\n");
        String before = state();
        refuseEverything();
        assertThrows(IllegalStateException.class, () -> wb.providers().importCsv(good));
        assertEquals(before, state());

        wb.providers().setImportGuard(calls::add);
        assertTrue(wb.providers().importCsv(good).ok());
        assertEquals(List.of("import aanbieders.csv"), calls);
        assertTrue(wb.providers().findByAgb("51234567").isPresent());
    }

    @Test
    void theSampleRegisterOnFirstStartIsNoImportToBackUp() {
        try (Workbench empty = Workbench.open(dir.resolve("leeg"), false)) {
            List<String> seen = new ArrayList<>();
            empty.providers().setImportGuard(seen::add);
            assertTrue(SampleData.load(empty.providers()).inserted() > 60);
            assertEquals(List.of(), seen, "no backup of an empty database");
        }
    }

    @Test
    void policyFile() throws IOException {
        String vgz = resource("/sample-data/policies/vgz-2027-geboortezorg.yaml");
        Path copy = file("vgz-2028.yaml", vgz.replace("id: vgz-2027-geboortezorg", "id: vgz-2028-geboortezorg")
                .replace("year: 2027", "year: 2028"));
        assertFalse(wb.policies().importFile(file("kapot.yaml", "id: [")).isEmpty());
        assertTrue(calls.isEmpty());

        String before = state();
        refuseEverything();
        assertThrows(IllegalStateException.class, () -> wb.policies().importFile(copy));
        assertEquals(before, state());
        assertTrue(wb.policies().find("vgz-2028-geboortezorg").isEmpty());

        wb.policies().setImportGuard(calls::add);
        assertEquals(List.of(), wb.policies().importFile(copy));
        assertEquals(List.of("import vgz-2028.yaml"), calls);
        assertTrue(wb.policies().find("vgz-2028-geboortezorg").isPresent());
    }

    @Test
    void factsFile() throws IOException {
        Provider p = wb.providers().findByAgb("08159418").orElseThrow();
        String facts = resource("/sample-data/provider-facts/08159418.yaml").replace("years_in_business: 11", "years_in_business: 12");
        ProviderFactsYaml.Result bad = wb.assessments().readFacts(file("fout.yaml", facts.replace("years_in_business: 12",
                "years_in_business: twaalf")));
        assertFalse(bad.ok());
        assertThrows(IllegalArgumentException.class, () -> wb.assessments().importFacts(p.id(), bad));
        assertTrue(calls.isEmpty());

        ProviderFactsYaml.Result good = wb.assessments().readFacts(file("08159418.yaml", facts));
        assertTrue(good.ok(), good.problems().toString());
        String before = state();
        refuseEverything();
        assertThrows(IllegalStateException.class, () -> wb.assessments().importFacts(p.id(), good));
        assertEquals(before, state());

        wb.assessments().setImportGuard(calls::add);
        wb.assessments().importFacts(p.id(), good);
        assertEquals(List.of("import 08159418.yaml"), calls);
        assertTrue(wb.assessments().sheet(p.id()).answers().stream()
                .anyMatch(a -> a.factKey().equals("years_in_business") && a.value().asNumber().intValue() == 12));

        ProviderFactsYaml.Result missing = wb.assessments().readFacts(dir.resolve("bestaat-niet.yaml"));
        assertEquals(List.of(Problem.at("bestaat-niet.yaml", 0, null, "import.file.missing", "bestaat-niet.yaml")),
                missing.problems());
    }

    @Test
    void quoteFileThatCreatesItsQuote() throws IOException {
        String quote = resource("/sample-data/quotes/zevensprong-salland-2027.yaml").replace("contractYear: 2027", "contractYear: 2028");
        Path good = file("zevensprong-2028.yaml", quote);
        Provider igo = wb.providers().findByAgb("98463114").orElseThrow();
        String before = state();
        refuseEverything();
        assertThrows(IllegalStateException.class, () -> wb.quotes().importFile(good));
        assertEquals(before, state());

        wb.quotes().setImportGuard(calls::add);
        QuoteService.FileImport r = wb.quotes().importFile(good);
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(r.created());
        assertEquals(List.of("import zevensprong-2028.yaml"), calls);
        assertEquals(3, wb.quotes().find(igo.id(), 2028, "salland").orElseThrow().rounds().size());

        calls.clear();
        QuoteService.FileImport missing = wb.quotes().importFile(dir.resolve("weg.yaml"));
        assertEquals("import.file.missing", missing.problems().get(0).messageKey());
        assertTrue(calls.isEmpty());
    }

    @Test
    void aNewQuoteWhoseRoundsFailToStoreLeavesNoQuoteBehind() throws IOException {
        // a round the database cannot hold (the service's validator would refuse it; the store must still be atomic)
        Provider igo = wb.providers().findByAgb("98463114").orElseThrow();
        List<QuoteRound> rounds = QuoteFile.read(resource("/sample-data/quotes/zevensprong-salland-2027.yaml"), "z.yaml",
                QuoteFile.INSURERS).quote().rounds();
        QuoteRound last = rounds.get(rounds.size() - 1);
        QuoteRound broken = new QuoteRound(last.number(), last.side(), last.date(), last.receivedOn(), last.author(),
                last.note(), false, null, last.content().toBuilder()
                        .tariffLine(new TariffLine("X", "te groot", new BigDecimal("1e30"), BigDecimal.ONE, BigDecimal.ONE))
                        .build());
        List<QuoteRound> all = new ArrayList<>(rounds.subList(0, rounds.size() - 1));
        all.add(broken);
        JdbiQuoteRepository repository = new JdbiQuoteRepository(wb.database().jdbi());
        long quotes = wb.quotes().all().size();
        assertThrows(RuntimeException.class, () -> repository.createWithRounds(igo.id(), 2029, "salland", all));
        assertTrue(repository.find(igo.id(), 2029, "salland").isEmpty(), "no empty quote left behind");
        assertEquals(quotes, wb.quotes().all().size());
    }
}
