package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.AssessmentSnapshot;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.SnapshotComparison;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/** Facts and snapshots against a real H2 file: answers survive a reopen, bad answers change nothing. */
class AssessmentServiceTest {

    @TempDir
    Path dir;

    /** A kraamzorg organisation with no answers (whatever sample facts it came with). */
    private static Provider kraamzorg(Workbench wb) {
        Provider p = wb.providers().all().stream().filter(x -> x.type() == ProviderType.KRAAMZORGORGANISATIE).findFirst().orElseThrow();
        for (var a : wb.assessments().sheet(p.id()).answers()) {
            wb.assessments().clear(p.id(), a.factKey(), a.insurerId());
        }
        return p;
    }

    @Test
    void answersAreStoredWithEvidenceAndSurviveAReopen() {
        long id;
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            wb.settings().setUserName("A. Inkoper");
            Provider p = kraamzorg(wb);
            id = p.id();
            wb.assessments().answer(id, "carers_employed_pct", null, FactValue.number(FactType.PERCENTAGE, new BigDecimal("65")),
                    new Evidence("Jaarverslag 2025", LocalDate.of(2026, 10, 1), ""));
            wb.assessments().answer(id, "revenue_with_insurer", "caresq", FactValue.number(FactType.MONEY, new BigDecimal("250000")), null);
            wb.assessments().answer(id, "ksv_member", null, FactValue.bool(true), null);
            wb.assessments().answer(id, "ksv_member", null, FactValue.bool(false), null);
        }
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            FactSheet s = wb.assessments().sheet(id);
            assertEquals(new BigDecimal("65"), s.value("carers_employed_pct", "caresq").orElseThrow().asNumber());
            var answer = s.answer("carers_employed_pct", "").orElseThrow();
            assertEquals("Jaarverslag 2025", answer.evidence().source());
            assertEquals(LocalDate.of(2026, 10, 1), answer.evidence().checkedOn());
            assertEquals("A. Inkoper", answer.evidence().checkedBy(), "checked by defaults to the buyer");
            assertEquals(new BigDecimal("250000"), s.value("revenue_with_insurer", "caresq").orElseThrow().asNumber());
            assertTrue(s.value("revenue_with_insurer", "vgz").isEmpty(), "insurer-scoped: no answer for VGZ");
            assertEquals(Boolean.FALSE, s.value("ksv_member", "").orElseThrow().asBoolean(), "the last answer wins");
        }
    }

    @Test
    void refusedAnswersChangeNothing() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            long id = kraamzorg(wb).id();
            int before = wb.assessments().sheet(id).size();
            var svc = wb.assessments();
            ValidationException e = assertThrows(ValidationException.class, () -> svc.answer(id, "carers_employed_pct", null,
                    FactValue.number(FactType.PERCENTAGE, new BigDecimal("101")), null));
            assertEquals("carers_employed_pct", e.violations().get(0).field());
            assertThrows(ValidationException.class, () -> svc.answer(id, "no_such_fact", null, FactValue.bool(true), null));
            assertThrows(ValidationException.class, () -> svc.answer(id, "revenue_with_insurer", null,
                    FactValue.number(FactType.MONEY, BigDecimal.TEN), null), "insurer-scoped fact needs the insurer");
            assertThrows(ValidationException.class, () -> svc.answerAll(id, List.of(
                    nl.inkoopwerkbank.domain.assessment.FactAnswer.of("revenue_with_insurer",
                            FactValue.number(FactType.MONEY, BigDecimal.ONE)))), "insurer-scoped fact without insurer");
            assertThrows(ValidationException.class, () -> svc.answerAll(id, List.of(
                    nl.inkoopwerkbank.domain.assessment.FactAnswer.of("ksv_member", "vgz", FactValue.bool(true)))),
                    "a provider-wide fact given per insurer");
            assertThrows(ValidationException.class, () -> svc.answerAll(id, List.of(
                    nl.inkoopwerkbank.domain.assessment.FactAnswer.of("ksv_member", FactValue.bool(true)),
                    nl.inkoopwerkbank.domain.assessment.FactAnswer.of("carers_employed_pct", FactValue.bool(true)))));
            assertEquals(before, svc.sheet(id).size(), "nothing of the refused batch was stored");
        }
    }

    @Test
    void aSnapshotKeepsFactsAndPolicyVersionAndComparesWithToday() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            Provider p = kraamzorg(wb);
            var svc = wb.assessments();
            svc.answer(p.id(), "ksv_member", null, FactValue.bool(false), null);
            Policy caresq = svc.policy("caresq-2027-geboortezorg").orElseThrow();
            ContractAssessment a = svc.assess(p, caresq, caresq.contractType("kraamzorg").orElseThrow());
            AssessmentSnapshot snap = svc.snapshot(p, a, "voor het gesprek");
            assertTrue(snap.id() != null);

            svc.answer(p.id(), "ksv_member", null, FactValue.bool(true), null);
            List<AssessmentSnapshot> list = svc.snapshots(p.id());
            assertEquals(1, list.size());
            assertEquals("voor het gesprek", list.get(0).label());
            assertEquals(Boolean.FALSE, list.get(0).facts().value("ksv_member", "").orElseThrow().asBoolean(),
                    "the snapshot keeps the facts of its moment");
            assertEquals(a.outcome(), svc.reassess(p, list.get(0)).orElseThrow().outcome());

            SnapshotComparison c = svc.compare(p, list.get(0), null).orElseThrow();
            assertTrue(c.facts().stream().anyMatch(f -> f.factKey().equals("ksv_member")
                    && Boolean.FALSE.equals(f.before().asBoolean()) && Boolean.TRUE.equals(f.after().asBoolean())));
            assertTrue(c.requirements().stream().anyMatch(r -> r.requirementId().equals("caresq-gz.kraam.diff-ksv")
                    && r.before() == Status.NOT_MET && r.after() == Status.MET));
            assertTrue(svc.deleteSnapshot(snap.id()));
            assertFalse(svc.snapshots(p.id()).stream().anyMatch(s -> s.id().equals(snap.id())));
        }
    }
}
