package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.policy.PolicyComparison;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/** Kraamzorg at Salland, Zorg en Zekerheid, Caresq and VGZ, aligned by topic. */
class PolicyComparisonTest {

    @TempDir
    static Path dir;
    static Workbench wb;

    @BeforeAll
    static void open() {
        wb = Workbench.open(dir.resolve("cmp"), false);
    }

    @AfterAll
    static void close() {
        wb.close();
    }

    @Test
    void kraamzorgLinesUpTheFourInsurersByTopic() {
        PolicyComparison c = PolicyComparison.of(wb.policies().all(), ProviderType.KRAAMZORGORGANISATIE);
        assertEquals(List.of("salland", "zorgenzekerheid", "caresq", "vgz"),
                c.columns().stream().map(col -> col.policy().insurer().id()).toList(), "the MSZ policy has no kraamzorg");
        assertEquals(List.of("kraamzorg", "kraamzorg", "kraamzorg", "kraamzorg"),
                c.columns().stream().map(col -> col.contractType().id()).toList());
        PolicyComparison.Row employed = c.rows().stream().filter(r -> r.topic().equals("employed-staff")).findFirst().orElseThrow();
        assertFalse(employed.cells().get(1).isEmpty(), "Zorg en Zekerheid: 70% of care hours");
        assertFalse(employed.cells().get(2).isEmpty(), "Caresq: 50% employed");
        assertTrue(employed.differs(), "not every insurer asks this");
        PolicyComparison.Row certificate = c.rows().stream().filter(r -> r.topic().equals("certificate")).findFirst().orElseThrow();
        assertTrue(certificate.cells().stream().filter(cell -> !cell.isEmpty()).count() >= 3, "most insurers ask a certificate");
        for (PolicyComparison.Row row : c.rows()) {
            for (int i = 0; i < c.columns().size(); i++) {
                String contract = c.columns().get(i).contractType().id();
                for (Requirement r : row.cells().get(i)) {
                    assertEquals(row.topic(), r.topic());
                    assertTrue(r.appliesTo(contract));
                }
            }
        }
        assertEquals(c.rows().stream().map(PolicyComparison.Row::topic).toList(),
                PolicyComparison.TOPICS.stream().filter(t -> c.rows().stream().anyMatch(r -> r.topic().equals(t))).toList(),
                "rows in the fixed topic order");
    }
}
