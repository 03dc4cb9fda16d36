package nl.inkoopwerkbank.assessment;

import static nl.inkoopwerkbank.assessment.EligibilityFixture.assess;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.compliant;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.result;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.value;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.values;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.with;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.withAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.domain.assessment.Change;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.NextStep;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.assessment.TierResult;
import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * The tiers of the three tiered kraamzorg contracts at their edges: Caresq A/B/C (opleidingsplekken per
 * 20 fte rounded up, KSV), Salland A/B (one trainee per 35 carers, exact), Zorg en Zekerheid
 * individueel/A/B (one trainee per 20 fte, exact; EUR 250,000 revenue, inclusive). Each row starts from
 * a sheet on which every knock-out is met and sets only the tier facts; it checks the tier requirement,
 * the tier, whether the tier is final and the next step up.
 */
class TierLevelTest {

    static final ProviderType KZO = ProviderType.KRAAMZORGORGANISATIE;

    static final Policy CARESQ = Bundled.policy("caresq-2027-geboortezorg");
    static final Policy SALLAND = Bundled.policy("salland-2027-geboortezorg");
    static final Policy ZZ = Bundled.policy("zorgenzekerheid-2026-geboortezorg");

    static final FactSheet CARESQ_BASE = compliant(CARESQ, "kraamzorg", KZO,
            values("carers_employed_pct", 75, "guaranteed_min_kraamzorg_hours", 49));
    static final FactSheet SALLAND_BASE = compliant(SALLAND, "kraamzorg", KZO, values());
    static final FactSheet ZZ_BASE = compliant(ZZ, "kraamzorg", KZO,
            values("care_hours_employed_pct", 90, "target_max_carers_per_family", 2));

    // ------------------------------------------------------------------------------------------
    // Caresq: A = both factors, B = one, C = none; opleiden needs SBB/branche-erkend and
    // training_places >= 1 and >= ceil(fte / 20)

    @ParameterizedTest(name = "[{index}] fte {0}, places {1}, KSV {2} -> opleiden {3}, tier {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # fte  | places | ksv   | opleiden | tier | next tier | next fact       | next target
              20   | 1      | true  | MET      | A    |           |                 |
              20.5 | 1      | true  | NOT_MET  | B    | A         | training_places | 2
              20.5 | 2      | true  | MET      | A    |           |                 |
              40   | 2      | true  | MET      | A    |           |                 |
              41   | 2      | true  | NOT_MET  | B    | A         | training_places | 3
              41   | 3      | true  | MET      | A    |           |                 |
              60   | 3      | true  | MET      | A    |           |                 |
              60.1 | 3      | true  | NOT_MET  | B    | A         | training_places | 4
              10   | 1      | true  | MET      | A    |           |                 |
              10   | 0      | true  | NOT_MET  | B    | A         | training_places | 1
              0    | 0      | true  | NOT_MET  | B    | A         | training_places | 1
              0    | 1      | true  | MET      | A    |           |                 |
              40   | 2      | false | MET      | B    | A         | ksv_member      | true
              41   | 2      | false | NOT_MET  | C    | B         |                 |
              41   | 3      | false | MET      | B    | A         | ksv_member      | true
            """)
    void caresqTrainingPlacesPerTwentyFteRoundedUp(String fte, String places, boolean ksv, Status opleiden,
                                                   String tier, String nextTier, String nextFact, String nextTarget) {
        FactSheet facts = withAll(CARESQ_BASE, CARESQ, values("sbb_recognised", true, "fte_kraamverzorgenden", fte,
                "training_places", places, "ksv_member", ksv));
        ContractAssessment a = assess(CARESQ, "kraamzorg", KZO, facts);

        assertEquals(Outcome.ELIGIBLE, a.outcome());
        assertEquals(opleiden, result(a, "caresq-gz.kraam.diff-opleiden").status());
        assertEquals(ksv ? Status.MET : Status.NOT_MET, result(a, "caresq-gz.kraam.diff-ksv").status());
        assertEquals(tier, a.tier().id());
        assertTrue(a.tierFinal(), "every tier fact is known");
        assertNextStep(a, nextTier, nextFact, nextTarget);
    }

    @Test
    void caresqOpleidenNeedsSbbOrBranchRecognisedTraining() {
        FactSheet facts = withAll(CARESQ_BASE, CARESQ, values("sbb_recognised", false,
                "trainees_in_branch_recognised_training", false, "fte_kraamverzorgenden", 20, "training_places", 5,
                "ksv_member", true));
        ContractAssessment a = assess(CARESQ, "kraamzorg", KZO, facts);
        assertEquals(Status.NOT_MET, result(a, "caresq-gz.kraam.diff-opleiden").status());
        assertEquals("B", a.tier().id());

        ContractAssessment branche = assess(CARESQ, "kraamzorg", KZO,
                with(facts, CARESQ, "trainees_in_branch_recognised_training", true));
        assertEquals(Status.MET, result(branche, "caresq-gz.kraam.diff-opleiden").status());
        assertEquals("A", branche.tier().id());
    }

    @Test
    void caresqThresholdIsTheRoundedUpPlaceCount() {
        FactSheet facts = withAll(CARESQ_BASE, CARESQ, values("sbb_recognised", true, "fte_kraamverzorgenden", 41,
                "training_places", 2, "ksv_member", true));
        RequirementResult r = result(assess(CARESQ, "kraamzorg", KZO, facts), "caresq-gz.kraam.diff-opleiden");
        var use = r.facts().stream().filter(u -> "fte_kraamverzorgenden".equals(u.thresholdFact())).findFirst()
                .orElseThrow();
        assertEquals(0, use.thresholdNumber().compareTo(new java.math.BigDecimal("3")), "ceil(41 / 20) = 3");
        assertTrue(r.ambiguities().stream().anyMatch(x -> x.id().equals("caresq-gz.amb.opleidingsplek-afronding")));
    }

    @Test
    void caresqTierIsNotFinalWhileTheBetterTierIsOpen() {
        // KSV yes, opleiden unknown: B for sure, A still possible
        FactSheet facts = with(CARESQ_BASE, CARESQ, "ksv_member", true);
        ContractAssessment a = assess(CARESQ, "kraamzorg", KZO, facts);
        assertEquals(Outcome.ELIGIBLE, a.outcome());
        assertEquals("B", a.tier().id());
        assertFalse(a.tierFinal());
        assertEquals(Status.UNKNOWN, tier(a, "A").status());
        assertEquals(Status.MET, tier(a, "B").status());
        NextStep step = a.nextStep().orElseThrow();
        assertEquals("A", step.tier().id());
        assertTrue(step.openFacts().contains("training_places"), () -> "open " + step.openFacts());

        // once opleiden is known to fail, B is final
        ContractAssessment known = assess(CARESQ, "kraamzorg", KZO, withAll(facts, CARESQ,
                values("sbb_recognised", true, "fte_kraamverzorgenden", 30, "training_places", 1)));
        assertEquals("B", known.tier().id());
        assertTrue(known.tierFinal());
    }

    @Test
    void caresqNoTierWhenAKnockOutFails() {
        FactSheet facts = withAll(CARESQ_BASE, CARESQ, values("sbb_recognised", true, "fte_kraamverzorgenden", 20,
                "training_places", 1, "ksv_member", true, "carers_employed_pct", 49));
        ContractAssessment a = assess(CARESQ, "kraamzorg", KZO, facts);
        assertEquals(Outcome.NOT_ELIGIBLE, a.outcome());
        assertNull(a.tier());
        assertFalse(a.tierFinal());
        assertEquals(Status.MET, tier(a, "A").status(), "the tier itself is met; the knock-out decides");
        NextStep step = a.nextStep().orElseThrow();
        assertTrue(step.toEligibility());
        assertEquals("carers_employed_pct", step.changes().get(0).fact());
    }

    @Test
    void caresqTiersAreOnlyForTheKraamzorgContract() {
        assertTrue(CARESQ.contractType("kraamzorg").orElseThrow().isTiered());
        assertFalse(CARESQ.contractType("kraamzorg-bemiddeling").orElseThrow().isTiered());
        assertEquals(List.of(KZO), CARESQ.contractType("kraamzorg").orElseThrow().providerTypes());
        assertEquals(List.of("A", "B", "C"),
                CARESQ.contractType("kraamzorg").orElseThrow().tiers().stream().map(t -> t.id()).toList());
    }

    // ------------------------------------------------------------------------------------------
    // Salland: A = SBB-erkend and per 35 carers at least one trainee (OCW route or CZO route) and a
    // training plan; B = the basic requirements

    @ParameterizedTest(name = "[{index}] {0} carers, OCW {1}, CZO {2}, SBB {3} -> {4}, tier {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # carers | ocw | czo | sbb   | a-opleiden | tier | next fact
              35     | 1   | 0   | true  | MET        | A    |
              36     | 1   | 0   | true  | NOT_MET    | B    | trainees_bbl_bol
              36     | 2   | 0   | true  | MET        | A    |
              36     | 0   | 2   | true  | MET        | A    |
              70     | 2   | 0   | true  | MET        | A    |
              70     | 0   | 2   | true  | MET        | A    |
              71     | 2   | 0   | true  | NOT_MET    | B    | trainees_bbl_bol
              71     | 3   | 0   | true  | MET        | A    |
              70     | 1   | 1   | true  | NOT_MET    | B    |
              1      | 1   | 0   | true  | MET        | A    |
              1      | 0   | 0   | true  | NOT_MET    | B    |
              20     | 1   | 0   | false | NOT_MET    | B    | sbb_recognised
            """)
    void sallandOneTraineePerThirtyFiveCarers(int carers, int ocw, int czo, boolean sbb, Status opleiden, String tier,
                                              String nextFact) {
        FactSheet facts = withAll(SALLAND_BASE, SALLAND, values("sbb_recognised", sbb, "kraamverzorgenden_count", carers,
                "trainees_bbl_bol", ocw, "trainees_bbl_czo_institute", czo, "training_plan_with_capacity", true));
        ContractAssessment a = assess(SALLAND, "kraamzorg", KZO, facts);

        assertEquals(Outcome.ELIGIBLE, a.outcome());
        assertEquals(opleiden, result(a, "sal-gz.kraam.a-opleiden").status());
        assertEquals(tier, a.tier().id());
        assertTrue(a.tierFinal());
        if (tier.equals("A")) {
            assertTrue(a.nextStep().isEmpty(), "A is the best tier");
        } else {
            NextStep step = a.nextStep().orElseThrow();
            assertEquals("A", step.tier().id());
            assertEquals(1, step.changes().size(), () -> "changes " + step.changes());
            if (nextFact != null) {
                assertEquals(nextFact, step.changes().get(0).fact());
            }
        }
        if (opleiden == Status.NOT_MET && sbb) {
            // one trainee more on one route (the one the step names) reaches A
            Change c = a.nextStep().orElseThrow().changes().get(0);
            assertTrue(Set.of("trainees_bbl_bol", "trainees_bbl_czo_institute").contains(c.fact()));
            ContractAssessment after = assess(SALLAND, "kraamzorg", KZO, with(facts, SALLAND, c.fact(), c.target()));
            assertEquals("A", after.tier().id());
        }
    }

    @Test
    void sallandOneTraineeShortOfAIsOneMoreTrainee() {
        FactSheet facts = withAll(SALLAND_BASE, SALLAND, values("sbb_recognised", true, "kraamverzorgenden_count", 36,
                "trainees_bbl_bol", 1, "trainees_bbl_czo_institute", 0, "training_plan_with_capacity", true));
        NextStep step = assess(SALLAND, "kraamzorg", KZO, facts).nextStep().orElseThrow();
        assertEquals("A", step.tier().id());
        Change c = step.changes().get(0);
        assertEquals("trainees_bbl_bol", c.fact());
        assertEquals(0, c.delta().compareTo(java.math.BigDecimal.ONE), () -> "delta " + c.delta());
        assertEquals(0, c.target().asNumber().compareTo(java.math.BigDecimal.valueOf(2)));
    }

    /**
     * 36 carers with one CZO trainee and none on the OCW route: one more CZO trainee reaches A. The
     * smallest change is +1 on the CZO route, not +2 on the OCW route.
     */
    @Test
    void sallandNextStepTakesTheRouteThatIsOneTraineeShort() {
        FactSheet facts = withAll(SALLAND_BASE, SALLAND, values("sbb_recognised", true, "kraamverzorgenden_count", 36,
                "trainees_bbl_bol", 0, "trainees_bbl_czo_institute", 1, "training_plan_with_capacity", true));
        NextStep step = assess(SALLAND, "kraamzorg", KZO, facts).nextStep().orElseThrow();
        Change c = step.changes().get(0);
        assertEquals("trainees_bbl_czo_institute", c.fact());
        assertEquals(0, c.delta().compareTo(java.math.BigDecimal.ONE));
    }

    @Test
    void sallandTrainingPlanDecidesATooAndIsOpenUntilAnswered() {
        FactSheet facts = withAll(SALLAND_BASE, SALLAND, values("sbb_recognised", true, "kraamverzorgenden_count", 35,
                "trainees_bbl_bol", 1));
        ContractAssessment open = assess(SALLAND, "kraamzorg", KZO, facts);
        assertEquals("B", open.tier().id());
        assertFalse(open.tierFinal());
        assertEquals(Status.UNKNOWN, result(open, "sal-gz.kraam.a-opleidingsplan").status());
        assertTrue(open.nextStep().orElseThrow().openFacts().contains("training_plan_with_capacity"));

        ContractAssessment none = assess(SALLAND, "kraamzorg", KZO,
                with(facts, SALLAND, "training_plan_with_capacity", false));
        assertEquals("B", none.tier().id());
        assertTrue(none.tierFinal());
        Change c = none.nextStep().orElseThrow().changes().get(0);
        assertEquals("training_plan_with_capacity", c.fact());
        assertEquals(FactValue.bool(true), c.target());

        assertEquals("A", assess(SALLAND, "kraamzorg", KZO, with(facts, SALLAND, "training_plan_with_capacity", true))
                .tier().id());
    }

    // ------------------------------------------------------------------------------------------
    // Zorg en Zekerheid: individueel = A + revenue >= 250,000 with Z&Z; A = trainees >= fte / 20
    // (exact) + training plan; B = the basic requirements

    @ParameterizedTest(name = "[{index}] fte {0}, trainees {1}, revenue {2} -> A {3}, omzet {4}, tier {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # fte | trainees | revenue   | a-opleiden | omzet   | tier        | final | next tier   | next fact                        | next target
              40  | 2        | 300000    | MET        | MET     | individueel | true  |             |                                  |
              41  | 2        | 300000    | NOT_MET    | MET     | B           | true  | A           | trainees_bbl_or_academy_employed | 3
              41  | 3        | 300000    | MET        | MET     | individueel | true  |             |                                  |
              40.5 | 2       | 300000    | NOT_MET    | MET     | B           | true  | A           | trainees_bbl_or_academy_employed | 3
              20  | 1        | 300000    | MET        | MET     | individueel | true  |             |                                  |
              19  | 1        | 300000    | MET        | MET     | individueel | true  |             |                                  |
              19  | 0        | 300000    | NOT_MET    | MET     | B           | true  | A           | trainees_bbl_or_academy_employed | 1
              21  | 1        | 300000    | NOT_MET    | MET     | B           | true  | A           | trainees_bbl_or_academy_employed | 2
              0   | 0        | 300000    | MET        | MET     | individueel | true  |             |                                  |
              40  | 2        | 249999    | MET        | NOT_MET | A           | true  | individueel | revenue_with_insurer             | 250000
              40  | 2        | 249999.99 | MET        | NOT_MET | A           | true  | individueel | revenue_with_insurer             | 250000
              40  | 2        | 250000    | MET        | MET     | individueel | true  |             |                                  |
              40  | 2        | 250000.01 | MET        | MET     | individueel | true  |             |                                  |
              40  | 2        |           | MET        | UNKNOWN | A           | false | individueel |                                  |
              41  | 2        | 1000000   | NOT_MET    | MET     | B           | true  | A           | trainees_bbl_or_academy_employed | 3
            """)
    void zorgEnZekerheidTraineesPerTwentyFteAndRevenue(String fte, String trainees, String revenue, Status opleiden,
                                                      Status omzet, String tier, boolean tierFinal, String nextTier,
                                                      String nextFact, String nextTarget) {
        FactSheet facts = withAll(ZZ_BASE, ZZ, values("fte_kraamverzorgenden", fte,
                "trainees_bbl_or_academy_employed", trainees, "training_plan_with_required_contents", true,
                "revenue_with_insurer", revenue));
        ContractAssessment a = assess(ZZ, "kraamzorg", KZO, facts);

        assertEquals(Outcome.ELIGIBLE, a.outcome());
        assertEquals(opleiden, result(a, "zz-gz.kraam-a.opleiden").status());
        assertEquals(omzet, result(a, "zz-gz.kraam-ind.omzet").status());
        assertEquals(tier, a.tier().id());
        assertEquals(tierFinal, a.tierFinal());
        if (omzet == Status.UNKNOWN) {
            NextStep step = a.nextStep().orElseThrow();
            assertEquals(nextTier, step.tier().id());
            assertTrue(step.changes().isEmpty());
            assertEquals(List.of("revenue_with_insurer"), step.openFacts());
        } else {
            assertNextStep(a, nextTier, nextFact, nextTarget);
        }
        if (nextFact != null && nextFact.equals("revenue_with_insurer")) {
            assertEquals("zorgenzekerheid", a.nextStep().orElseThrow().changes().get(0).insurerId());
        }
    }

    @Test
    void zorgEnZekerheidRevenueIsInclusiveAndTheAmbiguityIsShown() {
        FactSheet facts = withAll(ZZ_BASE, ZZ, values("fte_kraamverzorgenden", 40,
                "trainees_bbl_or_academy_employed", 2, "training_plan_with_required_contents", true,
                "revenue_with_insurer", 250000));
        ContractAssessment a = assess(ZZ, "kraamzorg", KZO, facts);
        RequirementResult omzet = result(a, "zz-gz.kraam-ind.omzet");
        assertEquals(Status.MET, omzet.status());
        assertEquals("individueel", a.tier().id());

        Ambiguity amb = omzet.ambiguities().stream().filter(x -> x.id().equals("zz-gz.amb.omzet-boven-of-minimaal"))
                .findFirst().orElseThrow(() -> new AssertionError("the 'boven' vs 'minimaal' ambiguity is shown"));
        assertEquals(2, amb.readings().size());
        assertEquals(1, amb.chosen());
        assertTrue(amb.chosenReading().text().contains("inclusief"), amb.chosenReading().text());
        assertTrue(amb.readings().get(0).text().contains("exclusief"));
        assertTrue(amb.readings().get(0).source().section().contains("4.2"));
        assertTrue(amb.chosenReading().source().section().contains("Bijlage 1"));
    }

    @Test
    void zorgEnZekerheidRevenueCountsOnlyForZorgEnZekerheid() {
        FactSheet facts = withAll(ZZ_BASE, ZZ, values("fte_kraamverzorgenden", 40,
                "trainees_bbl_or_academy_employed", 2, "training_plan_with_required_contents", true));
        // revenue with another insurer does not count
        FactSheet otherInsurer = facts.with(nl.inkoopwerkbank.domain.assessment.FactAnswer.of("revenue_with_insurer", "vgz",
                value("revenue_with_insurer", 900000)));
        ContractAssessment a = assess(ZZ, "kraamzorg", KZO, otherInsurer);
        assertEquals(Status.UNKNOWN, result(a, "zz-gz.kraam-ind.omzet").status());
        assertEquals(List.of("revenue_with_insurer"), result(a, "zz-gz.kraam-ind.omzet").missingFacts());
        assertEquals("A", a.tier().id());
        assertFalse(a.tierFinal());

        // the Z&Z answer wins over a provider-wide one
        FactSheet own = otherInsurer
                .with(nl.inkoopwerkbank.domain.assessment.FactAnswer.of("revenue_with_insurer",
                        value("revenue_with_insurer", 100)))
                .with(nl.inkoopwerkbank.domain.assessment.FactAnswer.of("revenue_with_insurer", "zorgenzekerheid",
                        value("revenue_with_insurer", 250000)));
        ContractAssessment b = assess(ZZ, "kraamzorg", KZO, own);
        assertEquals(Status.MET, result(b, "zz-gz.kraam-ind.omzet").status());
        assertEquals("individueel", b.tier().id());
    }

    @Test
    void zorgEnZekerheidIndividueelNeedsTheConditionsOfA() {
        FactSheet facts = withAll(ZZ_BASE, ZZ, values("fte_kraamverzorgenden", 40,
                "trainees_bbl_or_academy_employed", 2, "training_plan_with_required_contents", false,
                "revenue_with_insurer", 5000000));
        ContractAssessment a = assess(ZZ, "kraamzorg", KZO, facts);
        assertEquals(Status.NOT_MET, tier(a, "individueel").status());
        assertEquals(Status.NOT_MET, tier(a, "A").status());
        assertEquals("B", a.tier().id());
        NextStep step = a.nextStep().orElseThrow();
        assertEquals("A", step.tier().id());
        assertEquals("training_plan_with_required_contents", step.changes().get(0).fact());
    }

    // ------------------------------------------------------------------------------------------

    static TierResult tier(ContractAssessment a, String id) {
        return a.tiers().stream().filter(t -> t.tier().id().equals(id)).findFirst().orElseThrow();
    }

    static void assertNextStep(ContractAssessment a, String nextTier, String nextFact, String nextTarget) {
        if (nextTier == null) {
            assertTrue(a.nextStep().isEmpty(), () -> "no step above the best tier: " + a.nextStep());
            return;
        }
        NextStep step = a.nextStep().orElseThrow(() -> new AssertionError("a step to " + nextTier));
        assertEquals(nextTier, step.tier().id());
        assertFalse(step.changes().isEmpty());
        assertTrue(step.openFacts().isEmpty(), () -> "open " + step.openFacts());
        if (nextFact == null) {
            return;
        }
        assertEquals(1, step.changes().size(), () -> "changes " + step.changes());
        Change c = step.changes().get(0);
        assertEquals(nextFact, c.fact());
        assertNotNull(nextTarget);
        FactValue expected = value(nextFact, nextTarget);
        assertTrue(TierThresholdEdgeTest.sameValue(expected, c.target()), () -> "target " + c.target());
        if (expected.asNumber() != null) {
            assertEquals(0, expected.asNumber().subtract(c.current().asNumber()).compareTo(c.delta()));
        }
    }
}
