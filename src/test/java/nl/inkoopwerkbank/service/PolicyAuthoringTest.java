package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyDiff;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.DiffReport;

class PolicyAuthoringTest {

    @TempDir
    Path dir;

    static Policy withThreshold(Policy p, String requirementId, BigDecimal value) {
        List<Requirement> reqs = new ArrayList<>();
        for (Requirement r : p.requirements()) {
            if (r.id().equals(requirementId)) {
                Condition.FactTest t = (Condition.FactTest) r.condition();
                r = new Requirement(r.id(), r.text().replace("50%", value.toPlainString() + "%"), r.topic(), r.role(),
                        r.appliesTo(), r.when(), new Condition.FactTest(t.fact(), t.op(), new Condition.Literal(value)),
                        r.source(), r.notes());
            }
            reqs.add(r);
        }
        return new Policy(p.id(), p.insurer(), p.year(), p.domain(), p.title(), p.source(), p.notes(), p.contractTypes(), reqs,
                p.deadlines(), p.relativeTerms(), p.quoteContents(), p.calculations(), p.ambiguities());
    }

    @Test
    void aBuyerStartsNextYearEditsAThresholdAndGetsTheChangesChapter() throws Exception {
        String employed;
        try (Workbench wb = Workbench.open(dir.resolve("a"), false)) {
            PolicyService policies = wb.policies();
            Policy copy = policies.cloneToYear("caresq-2027-geboortezorg", 2028);
            assertEquals("caresq-2028-geboortezorg", copy.id());
            assertEquals("caresq-2027-geboortezorg", policies.previousOf(copy).orElseThrow().id());
            assertThrows(IllegalArgumentException.class, () -> policies.cloneToYear("caresq-2027-geboortezorg", 2028),
                    "a year is started only once");
            employed = copy.requirements().stream().filter(r -> r.condition() instanceof Condition.FactTest t
                    && t.fact().equals("carers_employed_pct") && t.op().code().equals("ge")).findFirst().orElseThrow().id();
            policies.save(withThreshold(copy, employed, BigDecimal.valueOf(60)));
        }
        try (Workbench wb = Workbench.open(dir.resolve("a"), false)) {
            Policy p2027 = wb.policies().find("caresq-2027-geboortezorg").orElseThrow();
            Policy p2028 = wb.policies().find("caresq-2028-geboortezorg").orElseThrow();
            assertEquals(6, wb.policies().all().size(), "the new year survives a restart");
            assertEquals(LocalDate.of(2027, 11, 7), p2028.deadlines().stream()
                    .filter(d -> d.id().equals("caresq-gz.dl.tekendatum")).findFirst().orElseThrow().date());
            PolicyDiff diff = PolicyDiff.between(p2027, p2028);
            PolicyDiff.Change changed = diff.changes().stream()
                    .filter(c -> c.kind() == PolicyDiff.Kind.CHANGED && c.id().equals(employed)).findFirst().orElseThrow();
            assertTrue(changed.fields().stream().anyMatch(f -> f.field().equals("condition")
                    && f.before().equals("carers_employed_pct ≥ 50") && f.after().equals("carers_employed_pct ≥ 60")));
            String report = DiffReport.markdown(diff, p2027, p2028, Messages.dutch());
            assertTrue(report.startsWith("# Wijzigingen 2028 ten opzichte van 2027 (Caresq)"), report);
            assertTrue(report.contains("carers_employed_pct ≥ 50 → carers_employed_pct ≥ 60"), report);
            Path out = dir.resolve("export/wijzigingen-2028.md");
            DiffReport.write(report, out);
            assertEquals(report, Files.readString(out));
        }
    }

    @Test
    void anInvalidEditIsRefusedAndNothingIsStored() {
        try (Workbench wb = Workbench.open(dir.resolve("b"), false)) {
            Policy p = wb.policies().find("caresq-2027-geboortezorg").orElseThrow();
            String employed = p.requirements().stream().filter(r -> r.condition() instanceof Condition.FactTest t
                    && t.fact().equals("carers_employed_pct")).findFirst().orElseThrow().id();
            Policy broken = withThreshold(p, employed, BigDecimal.valueOf(150));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wb.policies().save(broken));
            assertTrue(e.getMessage().contains("policy.invalid.percentage"), e.getMessage());
            Condition.FactTest kept = (Condition.FactTest) wb.policies().find(p.id()).orElseThrow().requirement(employed)
                    .orElseThrow().condition();
            assertEquals(0, BigDecimal.valueOf(50).compareTo((BigDecimal) ((Condition.Literal) kept.value()).value()));
        }
    }

    @Test
    void anEmptiedLibraryGetsThePublishedPoliciesAgainAtTheNextStart() {
        int bundled;
        try (Workbench wb = Workbench.open(dir.resolve("empty"), false)) {
            bundled = wb.policies().all().size();
            assertTrue(bundled >= 5, "the published policies are there from the first start");
            assertEquals(false, wb.policies().isEmpty());
            var stored = new nl.inkoopwerkbank.store.JdbiPolicyRepository(wb.database().jdbi());
            assertEquals(bundled, stored.count());
            for (Policy p : wb.policies().all()) {
                stored.delete(p.id());
            }
            assertTrue(wb.policies().isEmpty(), "no policy is left");
        }
        try (Workbench wb = Workbench.open(dir.resolve("empty"), false)) {
            assertEquals(bundled, wb.policies().all().size());
        }
    }
}
