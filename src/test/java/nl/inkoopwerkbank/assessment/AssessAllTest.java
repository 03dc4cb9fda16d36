package nl.inkoopwerkbank.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.bench.PortfolioGenerator;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;

/**
 * {@code assessAll} evaluates every contract of a policy with one shared evaluation (requirement results
 * and the assessment of a base contract reused); {@code assessAllWithoutNextStep} skips the planning.
 * Both give exactly what assessing each contract on its own gives, for every provider of a generated
 * portfolio against every policy in the library. The fact sheets of the whole portfolio, read at once, are
 * each provider's own sheet.
 */
class AssessAllTest {

    @TempDir
    Path tempDir;

    @Test
    void assessAllEqualsAssessingEachContractOnItsOwnAndWithoutNextStepOnlyLacksTheStep() {
        PortfolioGenerator.generate(tempDir.resolve("p"), 150, 20261123L);
        try (Workbench wb = Workbench.open(tempDir.resolve("p"), false, Clock.systemDefaultZone())) {
            EligibilityEngine engine = wb.assessments().engine();
            List<Provider> providers = wb.providers().all();
            Map<Long, FactSheet> sheets = wb.assessments().sheets(providers.stream().map(Provider::id).toList());
            // the sheets read in one go (in slices of 100 providers) are each provider's own sheet
            assertTrue(providers.size() > 100, "more providers than one slice");
            assertEquals(providers.size(), sheets.size());
            for (Provider p : providers) {
                assertEquals(wb.assessments().sheet(p.id()), sheets.get(p.id()), p.agbCode());
            }
            assertTrue(sheets.values().stream().filter(f -> f.size() > 0).count() > 100, "sheets with answers");
            List<Policy> policies = wb.assessments().policies();
            LocalDate on = LocalDate.of(2026, 8, 1);
            int compared = 0;
            int withStep = 0;
            int addendaEligible = 0;
            int addendaWithoutBase = 0;
            for (Provider p : providers) {
                ProviderProfile profile = ProviderProfile.of(p);
                FactSheet facts = sheets.getOrDefault(p.id(), FactSheet.EMPTY);
                for (Policy policy : policies) {
                    List<ContractAssessment> one = new ArrayList<>();
                    for (ContractType c : policy.contractTypes()) {
                        if (EligibilityEngine.offersTo(c, profile.type())) {
                            one.add(engine.assess(policy, c, profile, facts, on));
                        }
                    }
                    List<ContractAssessment> all = engine.assessAll(policy, profile, facts, on);
                    assertEquals(one, all, p.agbCode() + " " + policy.id());
                    List<ContractAssessment> withoutStep = engine.assessAllWithoutNextStep(policy, profile, facts, on);
                    assertEquals(all.stream().map(AssessAllTest::stepless).toList(), withoutStep,
                            p.agbCode() + " " + policy.id());
                    for (ContractAssessment a : all) {
                        compared++;
                        withStep += a.nextStep().isPresent() ? 1 : 0;
                        if (!a.contract().requires().isEmpty()) {
                            addendaEligible += a.outcome() == Outcome.ELIGIBLE ? 1 : 0;
                            addendaWithoutBase += a.missingBaseContracts().isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
            // the portfolio exercises next steps and addenda with and without their base contract
            assertTrue(compared > 1000, "compared " + compared);
            assertTrue(withStep > 0, "no next steps");
            assertTrue(addendaEligible > 0, "no eligible addendum");
            assertTrue(addendaWithoutBase > 0, "no addendum missing its base contract");
        }
    }

    private static ContractAssessment stepless(ContractAssessment a) {
        return new ContractAssessment(a.policy(), a.contract(), a.assessedOn(), a.outcome(), a.tier(), a.tierFinal(),
                a.tiers(), a.results(), a.notices(), a.missingBaseContracts(), Optional.empty());
    }
}
