package nl.inkoopwerkbank.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;

/** The hand-written baseline of the evaluation benchmark gives exactly the engine's verdicts. */
class HandWrittenRulesTest {

    @TempDir
    Path tempDir;

    @Test
    void handWrittenRulesGiveTheEnginesVerdictForEveryProviderAndContract() {
        PortfolioGenerator.generate(tempDir.resolve("p"), 300, 20261123L);
        try (Workbench wb = Workbench.open(tempDir.resolve("p"), false, Clock.systemDefaultZone())) {
            EvaluationBenchmark.Input in = EvaluationBenchmark.load(wb);
            List<HandWrittenRules.Verdict> engine = EvaluationBenchmark.engine(in);
            List<HandWrittenRules.Verdict> hand = EvaluationBenchmark.handWritten(in);
            assertEquals(in.pairs(), engine.size());
            assertDoesNotThrow(() -> EvaluationBenchmark.compare(in, engine, hand));
            // the portfolio exercises every outcome and the tiers, so the comparison means something
            for (Outcome o : Outcome.values()) {
                assertTrue(engine.stream().anyMatch(v -> v.outcome() == o), "no " + o);
            }
            assertTrue(engine.stream().anyMatch(v -> "A".equals(v.tier()) && v.tierFinal()), "no final tier A");
            assertTrue(engine.stream().anyMatch(v -> "B".equals(v.tier())), "no tier B");

            // every one of the five current policies is written by hand and compared, Zorg en Zekerheid included
            assertEquals(5, in.policies().size());
            List<String> policyOf = policyPerVerdict(in);
            for (String id : HandWrittenRules.POLICIES) {
                assertTrue(policyOf.contains(id), "no verdicts for " + id);
            }
            List<Integer> zz = new ArrayList<>();
            for (int k = 0; k < policyOf.size(); k++) {
                if (policyOf.get(k).equals(ZZ)) {
                    zz.add(k);
                }
            }
            for (Outcome o : Outcome.values()) {
                assertTrue(zz.stream().anyMatch(k -> engine.get(k).outcome() == o), "no " + o + " for " + ZZ);
            }
            assertTrue(zz.stream().anyMatch(k -> engine.get(k).tier() != null), "no kraamzorg tier for " + ZZ);

            // and the comparison does fail on a difference
            List<HandWrittenRules.Verdict> wrong = new ArrayList<>(hand);
            HandWrittenRules.Verdict first = wrong.get(0);
            wrong.set(0, new HandWrittenRules.Verdict(first.outcome() == Outcome.ELIGIBLE ? Outcome.NOT_ELIGIBLE
                    : Outcome.ELIGIBLE, first.tier(), first.tierFinal()));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EvaluationBenchmark.compare(in, engine, wrong));
            assertTrue(e.getMessage().startsWith("1 verdicts differ"), e.getMessage());

            // also on a difference in a Zorg en Zekerheid verdict (a tier that differs)
            int k = zz.stream().filter(i -> engine.get(i).tier() != null).findFirst().orElseThrow();
            List<HandWrittenRules.Verdict> wrongTier = new ArrayList<>(hand);
            HandWrittenRules.Verdict v = wrongTier.get(k);
            wrongTier.set(k, new HandWrittenRules.Verdict(v.outcome(), "B".equals(v.tier()) ? "A" : "B", v.tierFinal()));
            IllegalStateException e2 = assertThrows(IllegalStateException.class,
                    () -> EvaluationBenchmark.compare(in, engine, wrongTier));
            assertTrue(e2.getMessage().startsWith("1 verdicts differ") && e2.getMessage().contains(ZZ + "/kraamzorg"),
                    e2.getMessage());
        }
    }

    private static final String ZZ = "zorgenzekerheid-2026-geboortezorg";

    /** The policy id of every verdict, in the benchmark's order (provider, policy, contract). */
    private static List<String> policyPerVerdict(EvaluationBenchmark.Input in) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.providers().size(); i++) {
            for (Policy p : in.policies()) {
                for (ContractType c : p.contractTypes()) {
                    if (EligibilityEngine.offersTo(c, in.profiles().get(i).type())) {
                        out.add(p.id());
                    }
                }
            }
        }
        return out;
    }
}
