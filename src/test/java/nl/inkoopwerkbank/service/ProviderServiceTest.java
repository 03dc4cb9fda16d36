package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderType;

class ProviderServiceTest {

    @TempDir
    Path dir;
    Workbench wb;
    ProviderService service;

    @BeforeEach
    void open() {
        wb = Workbench.open(dir.resolve("svc"), true);
        service = wb.providers();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void firstStartLoadsTheFictionalSampleDataOnce() {
        List<Provider> all = service.all();
        assertTrue(all.size() >= 60, "at least 60 sample providers, got " + all.size());
        assertEquals(EnumSet.allOf(ProviderType.class), all.stream().map(Provider::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(ProviderType.class))));
        Set<String> regions = all.stream().map(Provider::region).collect(Collectors.toSet());
        assertTrue(regions.containsAll(Set.of("Midden-IJssel", "Midden-Brabant", "Noordoost-Brabant", "Nijmegen",
                "Noord- en Midden-Limburg")), regions.toString());
        assertTrue(all.stream().allMatch(p -> p.agbCode().matches("\\d{8}")));
        assertTrue(all.stream().allMatch(p -> p.email() == null || p.email().endsWith(".example")), "fictional addresses");

        all.forEach(p -> service.delete(p.id()));
        wb.close();
        wb = Workbench.open(dir.resolve("svc"), true);
        assertEquals(0, wb.providers().count(), "deleted sample data does not come back");
    }

    @Test
    void saveRefusesInvalidInputAndTakenAgbCodesWithReasons() {
        Provider existing = service.all().get(0);
        Provider copy = new Provider(null, existing.agbCode(), "Nieuw", ProviderType.VSV, "123", null, "1234", "Gouda",
                "Midden-Holland", null, "x", List.of(new ProviderContract("menzis", null)), null, 0);
        ValidationException e = assertThrows(ValidationException.class, () -> service.save(copy));
        List<String> keys = e.violations().stream().map(Violation::messageKey).toList();
        assertEquals(List.of("validation.agb.taken", "validation.kvk.format", "validation.postcode.format",
                "validation.email.format", "validation.contract.unknown-insurer"), keys);
        assertFalse(service.findByAgb(existing.agbCode()).orElseThrow().name().equals("Nieuw"));
    }

    @Test
    void anImportWithOneBadRowChangesNothing() {
        long before = service.count();
        Provider first = service.all().get(0);
        String csv = "agb_code;naam;type;plaats;regio\n"
                + first.agbCode() + ";Hernoemd;" + first.type() + ";" + first.place() + ";" + first.region() + "\n"
                + "99999991;Nieuwe praktijk;VERLOSKUNDIGENPRAKTIJK;Deventer;Midden-IJssel\n"
                + "99999992;;VERLOSKUNDIGENPRAKTIJK;Deventer;Midden-IJssel\n"
                + "99999991;Dubbel;VERLOSKUNDIGENPRAKTIJK;Deventer;Midden-IJssel\n";
        ProviderService.ImportOutcome outcome = service.importCsv(csv.getBytes(StandardCharsets.UTF_8), "batch.csv");
        assertFalse(outcome.ok());
        assertEquals(List.of(Problem.at("batch.csv", 4, "naam", "validation.required"),
                Problem.at("batch.csv", 5, "agb_code", "import.csv.duplicate-agb", "99999991", 3)), outcome.problems());
        assertEquals(before, service.count());
        assertEquals(first.name(), service.findByAgb(first.agbCode()).orElseThrow().name());

        String good = csv.lines().limit(3).collect(Collectors.joining("\n"));
        ProviderService.ImportOutcome ok = service.importCsv(good.getBytes(StandardCharsets.UTF_8), "good.csv");
        assertTrue(ok.ok(), ok.problems().toString());
        assertEquals(1, ok.inserted());
        assertEquals(1, ok.updated());
        assertEquals("Hernoemd", service.findByAgb(first.agbCode()).orElseThrow().name());
    }

    @Test
    void exportedRegisterImportsBackUnchanged() throws Exception {
        Path file = dir.resolve("export/providers.csv");
        List<Provider> before = service.all();
        service.exportCsv(file);
        ProviderService.ImportOutcome again = service.importCsv(file);
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(before.size(), again.updated());
        List<Provider> after = service.all();
        for (int i = 0; i < before.size(); i++) {
            assertTrue(before.get(i).sameContent(after.get(i)), before.get(i).agbCode());
        }
    }

    @Test
    void overviewCountsByTypeAndInsurer() {
        var o = service.overview();
        assertEquals(service.count(), o.total());
        assertEquals(o.total(), o.byType().values().stream().mapToLong(Long::longValue).sum());
        long salland = service.all().stream().filter(p -> p.contractWith("salland").isPresent()).count();
        assertEquals(salland, o.contractedBy("salland"));
        long none = service.all().stream().filter(p -> p.contracts().isEmpty()).count();
        assertEquals(none, o.withoutAnyContract());
    }
}
