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
import nl.inkoopwerkbank.domain.assessment.Outcome;

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

            // and the comparison does fail on a difference
            List<HandWrittenRules.Verdict> wrong = new ArrayList<>(hand);
            HandWrittenRules.Verdict first = wrong.get(0);
            wrong.set(0, new HandWrittenRules.Verdict(first.outcome() == Outcome.ELIGIBLE ? Outcome.NOT_ELIGIBLE
                    : Outcome.ELIGIBLE, first.tier(), first.tierFinal()));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EvaluationBenchmark.compare(in, engine, wrong));
            assertTrue(e.getMessage().startsWith("1 verdicts differ"), e.getMessage());
        }
    }
}
