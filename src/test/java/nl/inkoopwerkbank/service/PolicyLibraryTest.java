package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Formula;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.RequirementRole;

/** The five bundled policies, checked against what their source documents say. */
class PolicyLibraryTest {

    @TempDir
    static Path dir;
    static Workbench wb;
    static PolicyService policies;

    @BeforeAll
    static void open() {
        wb = Workbench.open(dir.resolve("lib"), false);
        policies = wb.policies();
    }

    @AfterAll
    static void close() {
        wb.close();
    }

    static Policy policy(String id) {
        return policies.find(id).orElseThrow(() -> new AssertionError("missing policy " + id));
    }

    static Condition.FactTest test(Policy p, String requirementId) {
        Requirement r = p.requirement(requirementId).orElseThrow(() -> new AssertionError(requirementId));
        return (Condition.FactTest) r.condition();
    }

    static Object literal(Condition.FactTest t) {
        return ((Condition.Literal) t.value()).value();
    }

    @Test
    void allFivePoliciesAreLoadedOnAnEmptyDatabaseEvenWithoutSampleProviders() {
        assertEquals(List.of("salland-2027-geboortezorg", "salland-2027-msz", "zorgenzekerheid-2026-geboortezorg",
                "caresq-2027-geboortezorg", "vgz-2027-geboortezorg"), policies.all().stream().map(Policy::id).toList());
        assertEquals(0, wb.providers().count());
        assertTrue(policies.facts().size() > 100, "the shared fact catalogue");
        for (Policy p : policies.all()) {
            assertFalse(p.requirements().isEmpty(), p.id());
            assertTrue(p.requirements().stream().allMatch(r -> r.source() != null && !r.source().section().isBlank()),
                    p.id() + ": every requirement names its source section");
        }
    }

    @Test
    void contractTypesAndRequirementCountsPerPolicy() {
        // contract types (incl. addenda) and requirements as encoded from each document; a change here is a
        // change of the encoding and must be checked against the source
        assertCounts("salland-2027-geboortezorg", 12, 69);
        assertCounts("salland-2027-msz", 8, 91);
        assertCounts("zorgenzekerheid-2026-geboortezorg", 8, 115);
        assertCounts("caresq-2027-geboortezorg", 7, 93);
        assertCounts("vgz-2027-geboortezorg", 11, 76);
        assertEquals(List.of("kraamzorg", "addendum-kraamcentrum"), policy("vgz-2027-geboortezorg").contractTypes().stream()
                .map(ContractType::id).filter(id -> id.startsWith("kraamzorg") || id.equals("addendum-kraamcentrum")).toList());
        assertTrue(policy("zorgenzekerheid-2026-geboortezorg").contractType("kraamzorg-bemiddelingsplatform").isPresent());
        assertTrue(policy("caresq-2027-geboortezorg").contractTypes().stream().anyMatch(c -> c.providerTypes()
                .contains(nl.inkoopwerkbank.domain.provider.ProviderType.BEMIDDELINGSBUREAU)), "the bemiddelingsbureau agreement");
    }

    static void assertCounts(String id, int contractTypes, int requirements) {
        Policy p = policy(id);
        assertEquals(contractTypes, p.contractTypes().size(), id + " contract types");
        assertEquals(requirements, p.requirements().size(), id + " requirements");
    }

    @Test
    void sallandKraamzorgHasTiersAAndBWithOneTraineePer35Carers() {
        Policy p = policy("salland-2027-geboortezorg");
        ContractType kraam = p.contractType("kraamzorg").orElseThrow();
        assertEquals(List.of("A", "B"), kraam.tiers().stream().map(ContractType.Tier::id).toList());
        assertEquals(LocalDate.of(2027, 12, 31), kraam.duration().end());
        String json = String.valueOf(p.requirement("sal-gz.kraam.a-opleiden").orElseThrow().condition());
        assertTrue(json.contains("kraamverzorgenden_count") && json.contains("divideBy=35"), json);
        Deadline sign = p.deadlines().stream().filter(d -> d.id().equals("sal-gz.dl.ondertekenen-digitaal")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 12), sign.date());
        assertEquals(Deadline.Semantics.ON_OR_BEFORE, sign.semantics());
        assertEquals(LocalDate.of(2026, 11, 12), sign.lastDayInTime());
        assertEquals(Period.ofWeeks(6), p.relativeTerms().stream().filter(t -> t.id().equals("sal-gz.rt.voorstel-vervalt"))
                .findFirst().orElseThrow().offset());
        assertEquals(Period.ofWeeks(6), p.relativeTerms().stream().filter(t -> t.id().equals("sal-gz.rt.offerte-beoordeling"))
                .findFirst().orElseThrow().offset());
    }

    @Test
    void zorgEnZekerheidKraamzorgThresholdsAndTheirAmbiguities() {
        Policy p = policy("zorgenzekerheid-2026-geboortezorg");
        ContractType kraam = p.contractType("kraamzorg").orElseThrow();
        assertEquals(List.of("individueel", "A", "B"), kraam.tiers().stream().map(ContractType.Tier::id).toList());
        Condition.FactTest revenue = test(p, "zz-gz.kraam-ind.omzet");
        assertEquals("revenue_with_insurer", revenue.fact());
        assertEquals(Operator.GE, revenue.op(), "chosen reading: minimaal (Bijlage 1)");
        assertEquals(0, new BigDecimal("250000").compareTo((BigDecimal) literal(revenue)));
        List<Ambiguity> about = p.ambiguitiesAbout("zz-gz.kraam-ind.omzet");
        assertFalse(about.isEmpty(), "boven vs minimaal is shown to the buyer");
        assertTrue(about.get(0).readings().size() >= 2);
        Condition.FactTest platform = p.requirements().stream()
                .filter(r -> r.appliesTo().contains("kraamzorg-bemiddelingsplatform") && r.condition() instanceof Condition.FactTest t
                        && t.fact().equals("care_hours_employed_pct"))
                .map(r -> (Condition.FactTest) r.condition()).findFirst().orElseThrow();
        assertEquals(Operator.LT, platform.op(), "minder dan 70%");
        assertEquals(0, BigDecimal.valueOf(70).compareTo((BigDecimal) literal(platform)));
    }

    @Test
    void caresqKraamzorgIsTieredByTwoOrOneDifferentiationFactors() {
        Policy p = policy("caresq-2027-geboortezorg");
        ContractType kraam = p.contractType("kraamzorg").orElseThrow();
        assertEquals(List.of("A", "B", "C"), kraam.tiers().stream().map(ContractType.Tier::id).toList());
        assertEquals(2, ((Condition.AtLeast) kraam.tiers().get(0).condition()).count());
        assertEquals(1, ((Condition.AtLeast) kraam.tiers().get(1).condition()).count());
        assertTrue(kraam.tiers().get(2).condition() instanceof Condition.Always);
        assertEquals(2, p.requirements().stream().filter(r -> r.role() == RequirementRole.DIFFERENTIATION).count());
        Condition.FactTest employed = test(p, p.requirements().stream()
                .filter(r -> r.condition() instanceof Condition.FactTest t && t.fact().equals("carers_employed_pct") && t.op() == Operator.GE)
                .findFirst().orElseThrow().id());
        assertEquals(0, BigDecimal.valueOf(50).compareTo((BigDecimal) literal(employed)));
        assertTrue(p.deadlines().stream().anyMatch(d -> d.date().equals(LocalDate.of(2026, 11, 7))
                && d.semantics() == Deadline.Semantics.ON_OR_BEFORE), "Caresq signs by 7 November");
    }

    @Test
    void vgzIgoNeedsThreeQuartersOfThePracticesAndTheSurchargeIsFortyPercent() {
        Policy p = policy("vgz-2027-geboortezorg");
        Condition.FactTest igo = p.requirements().stream()
                .filter(r -> r.condition() instanceof Condition.FactTest t && t.fact().equals("adherentie_practices_joined"))
                .map(r -> (Condition.FactTest) r.condition()).findFirst().orElseThrow();
        assertEquals(Operator.GE, igo.op());
        Condition.FactOperand share = (Condition.FactOperand) igo.value();
        assertEquals("adherentie_practices_total", share.fact());
        assertEquals(0, new BigDecimal("0.75").compareTo(share.multiplyBy()));
        Formula.Product surcharge = (Formula.Product) p.calculations().get(0).formula();
        assertTrue(surcharge.factors().contains(new Formula.Number(new BigDecimal("0.4"))), surcharge.toString());
        ContractType verloskunde = p.contractType("verloskunde").orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 1), verloskunde.duration().start());
        assertEquals(LocalDate.of(2028, 12, 31), verloskunde.duration().end());
        assertEquals(List.of("kraamzorg"), p.contractType("addendum-kraamcentrum").orElseThrow().requires());
    }

    @Test
    void sallandMszNewProvidersNeedTwoFteSpecialistsTwoYearsAndToApplyBeforeSeptember() {
        Policy p = policy("salland-2027-msz");
        assertEquals("msz", p.domain());
        assertTrue(p.requirements().stream().anyMatch(r -> r.condition() instanceof Condition.FactTest t
                && t.fact().equals("fte_big_medical_specialists") && t.op() == Operator.GE
                && ((BigDecimal) literal(t)).compareTo(new BigDecimal("2.0")) == 0));
        assertTrue(p.requirements().stream().anyMatch(r -> r.condition() instanceof Condition.FactTest t
                && t.fact().equals("years_in_business") && ((BigDecimal) literal(t)).intValue() == 2));
        assertTrue(p.deadlines().stream().anyMatch(d -> d.cutoffForNewProviders() && d.date().equals(LocalDate.of(2026, 9, 1))));
    }

    @Test
    void searchFindsRequirementsAcrossPolicies() {
        List<PolicyService.Hit> hits = policies.search("KSV");
        assertTrue(hits.stream().map(h -> h.policy().insurer().id()).distinct().count() >= 3, "KSV appears at several insurers");
        assertTrue(policies.search("ksv regio").size() <= hits.size(), "more words narrow the search");
        assertTrue(policies.search("").isEmpty());
    }
}
