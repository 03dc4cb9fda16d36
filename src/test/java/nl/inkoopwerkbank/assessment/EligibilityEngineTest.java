package nl.inkoopwerkbank.assessment;

import static nl.inkoopwerkbank.assessment.EligibilityFixture.AFTER_CUTOFFS;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.BEFORE_CUTOFFS;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.ENGINE;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.assess;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.compliant;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.existing;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.newProvider;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.result;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.values;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.with;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.withAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.DeadlineNotice;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * The engine's three-valued outcome on the bundled policies: unanswered facts give INCOMPLETE with the
 * open requirement listed, a {@code when} that does not hold gives NOT_APPLICABLE, cut-off deadlines
 * for new providers block after their last day, an addendum needs its base contract, and a contract
 * type is only assessed for the provider types it is offered to.
 */
class EligibilityEngineTest {

    static final List<String> POLICIES = List.of("salland-2027-geboortezorg", "salland-2027-msz",
            "zorgenzekerheid-2026-geboortezorg", "caresq-2027-geboortezorg", "vgz-2027-geboortezorg");

    /** "key=value;key=value" to an ordered map (empty text: no values). */
    static Map<String, Object> parse(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            m.put(kv[0].trim(), kv[1].trim());
        }
        return m;
    }

    // ------------------------------------------------------------------------------------------
    // INCOMPLETE

    @Test
    void unansweredThresholdFactGivesIncompleteWithTheOpenRequirement() {
        Policy vgz = Bundled.policy("vgz-2027-geboortezorg");
        FactSheet base = compliant(vgz, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                values("kraamverzorgingen_per_year", 200, "compliance_info_available_years", 3));
        ContractAssessment a = assess(vgz, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                with(base, vgz, "kraamverzorgingen_per_year", null));

        assertEquals(Outcome.INCOMPLETE, a.outcome());
        assertEquals(List.of("vgz-gz.kraam.volume"), a.open().stream().map(RequirementResult::id).toList());
        assertEquals(List.of("kraamverzorgingen_per_year"), a.openFacts());
        assertEquals(List.of("kraamverzorgingen_per_year"), result(a, "vgz-gz.kraam.volume").missingFacts());
        assertTrue(a.failingKnockOuts().isEmpty());
        assertNull(a.tier());
        assertFalse(a.tierFinal());
        assertTrue(a.nextStep().isEmpty(), "no step for an untiered contract that is only incomplete");
    }

    @Test
    void incompleteTieredContractKeepsItsTierButNotFinal() {
        Policy caresq = Bundled.policy("caresq-2027-geboortezorg");
        FactSheet base = compliant(caresq, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                values("carers_employed_pct", 80, "guaranteed_min_kraamzorg_hours", 24, "sbb_recognised", true,
                        "fte_kraamverzorgenden", 40, "training_places", 2, "ksv_member", true));
        ContractAssessment a = assess(caresq, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                with(base, caresq, "carers_employed_pct", null));
        assertEquals(Outcome.INCOMPLETE, a.outcome());
        assertEquals("A", a.tier().id());
        assertFalse(a.tierFinal(), "A is met but the contract itself is still open");
        assertEquals(List.of("carers_employed_pct"), a.openFacts());
        assertTrue(a.open().stream().anyMatch(r -> r.id().equals("caresq-gz.kraam.loondienst")));
    }

    static Stream<Arguments> everyOfferedContract() {
        List<Arguments> out = new ArrayList<>();
        for (String id : POLICIES) {
            Policy p = Bundled.policy(id);
            for (ContractType c : p.contractTypes()) {
                for (ProviderType t : c.providerTypes()) {
                    out.add(Arguments.of(id, c.id(), t));
                }
            }
        }
        return out.stream();
    }

    /** With nothing answered nothing can fail: every contract is INCOMPLETE (or has no knock-outs at all). */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyOfferedContract")
    void emptySheetIsNeverNotEligible(String policyId, String contractId, ProviderType type) {
        Policy p = Bundled.policy(policyId);
        ContractAssessment a = assess(p, contractId, type, FactSheet.EMPTY);
        assertTrue(a.failingKnockOuts().isEmpty(), () -> "failing " + a.failingKnockOuts());
        boolean knockOuts = a.results().stream().anyMatch(r -> r.requirement().role() == RequirementRole.KNOCK_OUT
                && r.requirement().appliesTo(contractId));
        if (knockOuts || !a.contract().requires().isEmpty()) {
            assertEquals(Outcome.INCOMPLETE, a.outcome());
            assertFalse(a.openFacts().isEmpty());
            a.open().forEach(r -> assertFalse(r.missingFacts().isEmpty(), r.id() + " names its missing facts"));
        } else {
            assertEquals(Outcome.ELIGIBLE, a.outcome(), "a contract without knock-outs");
        }
        assertFalse(a.tierFinal());
        assertTrue(a.notices().isEmpty(), "an existing provider gets no deadline notices");
    }

    // ------------------------------------------------------------------------------------------
    // NOT_APPLICABLE

    @ParameterizedTest(name = "[{index}] {0}/{1}: {4}={5} -> {6} {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # policy                          | contract        | type                   | explicit base                                                                          | when fact                   | value | requirement                   | status         | outcome
            caresq-2027-geboortezorg          | geboortecentrum | GEBOORTECENTRUM        | carers_employed_pct=10                                                                 | offers_ligdagen             | false | caresq-gz.gbc.ligdagen        | NOT_APPLICABLE | ELIGIBLE
            caresq-2027-geboortezorg          | geboortecentrum | GEBOORTECENTRUM        | carers_employed_pct=10                                                                 | offers_ligdagen             | true  | caresq-gz.gbc.ligdagen        | NOT_MET        | NOT_ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | geboortecentrum | GEBOORTECENTRUM        | offers_ligdagen=false;max_stay_hours_birth_centre=72                                   | ligdagen_contracted         | true  | zz-gz.gc.max-24-uur           | NOT_APPLICABLE | ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | geboortecentrum | GEBOORTECENTRUM        | offers_ligdagen=false;max_stay_hours_birth_centre=72                                   | ligdagen_contracted         | false | zz-gz.gc.max-24-uur           | NOT_MET        | NOT_ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | kraamzorg       | KRAAMZORGORGANISATIE   | care_hours_employed_pct=80;target_max_carers_per_family=2;digital_instruction_max_replaced_hours=10 | declares_digital_instruction | false | zz-gz.dvi.max-zes-uur   | NOT_APPLICABLE | ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | kraamzorg       | KRAAMZORGORGANISATIE   | care_hours_employed_pct=80;target_max_carers_per_family=2;digital_instruction_max_replaced_hours=10 | declares_digital_instruction | true  | zz-gz.dvi.max-zes-uur   | NOT_MET        | NOT_ELIGIBLE
            caresq-2027-geboortezorg          | verloskunde     | VERLOSKUNDIGENPRAKTIJK | iud_knov_registered=false                                                              | performs_iud                | false | caresq-gz.vl.aantekening-iud  | NOT_APPLICABLE | ELIGIBLE
            caresq-2027-geboortezorg          | verloskunde     | VERLOSKUNDIGENPRAKTIJK | iud_knov_registered=false                                                              | performs_iud                | true  | caresq-gz.vl.aantekening-iud  | NOT_MET        | NOT_ELIGIBLE
            vgz-2027-geboortezorg             | geboortecentrum | GEBOORTECENTRUM        | compliance_info_available_years=3;business_case_approved_by_insurer=false              | is_new_facility             | false | vgz-gz.gc.businesscase        | NOT_APPLICABLE | ELIGIBLE
            vgz-2027-geboortezorg             | geboortecentrum | GEBOORTECENTRUM        | compliance_info_available_years=3;business_case_approved_by_insurer=false              | is_new_facility             | true  | vgz-gz.gc.businesscase        | NOT_MET        | NOT_ELIGIBLE
            """)
    void whenThatDoesNotHoldMakesTheRequirementNotApplicable(String policyId, String contractId, ProviderType type,
                                                             String explicit, String whenFact, String whenValue,
                                                             String requirementId, Status status, Outcome outcome) {
        Policy p = Bundled.policy(policyId);
        // the base is compliant with the 'when' not holding; the failing value of the condition stays as given
        boolean off = status == Status.NOT_APPLICABLE ? Boolean.parseBoolean(whenValue) : !Boolean.parseBoolean(whenValue);
        FactSheet base = compliant(p, contractId, type, with(withAll(FactSheet.EMPTY, p, parse(explicit)), p, whenFact,
                off));
        ContractAssessment a = assess(p, contractId, type, with(base, p, whenFact, whenValue));
        RequirementResult r = result(a, requirementId);
        assertEquals(status, r.status(), () -> requirementId + ": " + r.facts());
        assertEquals(outcome, a.outcome());
        if (status == Status.NOT_APPLICABLE) {
            assertTrue(r.missingFacts().isEmpty());
            assertFalse(a.open().contains(r));
        } else {
            assertEquals(List.of(requirementId), a.failingKnockOuts().stream().map(RequirementResult::id).toList());
        }
    }

    @Test
    void informationRequirementsAreNotApplicable() {
        Policy caresq = Bundled.policy("caresq-2027-geboortezorg");
        ContractAssessment a = assess(caresq, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE, FactSheet.EMPTY);
        RequirementResult visie = result(a, "caresq-gz.gen.visie");
        assertEquals(RequirementRole.INFORMATION, visie.requirement().role());
        assertEquals(Status.NOT_APPLICABLE, visie.status());
        assertTrue(a.results().stream().filter(r -> r.requirement().role() == RequirementRole.INFORMATION)
                .allMatch(r -> r.status() == Status.NOT_APPLICABLE));
    }

    /**
     * 'when' unanswered, condition met: the rule cannot fail whatever the answer, so it never makes the
     * contract NOT_ELIGIBLE (the engine keeps it open, which is allowed here).
     */
    @Test
    void unansweredWhenWithAMetConditionNeverFails() {
        Policy caresq = Bundled.policy("caresq-2027-geboortezorg");
        FactSheet base = compliant(caresq, "geboortecentrum", ProviderType.GEBOORTECENTRUM,
                values("offers_ligdagen", true, "carers_employed_pct", 80));
        ContractAssessment a = assess(caresq, "geboortecentrum", ProviderType.GEBOORTECENTRUM,
                with(base, caresq, "offers_ligdagen", null));
        RequirementResult r = result(a, "caresq-gz.gbc.ligdagen");
        assertTrue(r.status() == Status.UNKNOWN || r.status() == Status.MET, () -> "status " + r.status());
        assertTrue(a.outcome() == Outcome.INCOMPLETE || a.outcome() == Outcome.ELIGIBLE, () -> "outcome " + a.outcome());
        if (r.status() == Status.UNKNOWN) {
            assertTrue(r.missingFacts().contains("offers_ligdagen"));
        }
    }

    /**
     * A requirement whose {@code when} is unanswered cannot fail yet: if the 'when' turns out not to hold
     * it does not apply. Caresq's ligdagen rule with 10% carers employed and an unanswered 'offers
     * ligdagen' is open (the provider may not offer ligdagen at all), so the contract is INCOMPLETE, not
     * NOT_ELIGIBLE.
     */
    @Test
    void unansweredWhenWithAFailingConditionIsOpenNotFailed() {
        Policy caresq = Bundled.policy("caresq-2027-geboortezorg");
        FactSheet base = compliant(caresq, "geboortecentrum", ProviderType.GEBOORTECENTRUM,
                values("offers_ligdagen", false, "carers_employed_pct", 10));
        ContractAssessment a = assess(caresq, "geboortecentrum", ProviderType.GEBOORTECENTRUM,
                with(base, caresq, "offers_ligdagen", null));
        RequirementResult r = result(a, "caresq-gz.gbc.ligdagen");
        assertEquals(Status.UNKNOWN, r.status(), () -> "facts " + r.facts());
        assertTrue(r.missingFacts().contains("offers_ligdagen"));
        assertEquals(Outcome.INCOMPLETE, a.outcome());
    }

    @Test
    void unansweredWhenForAnOptionalServiceIsOpen() {
        Policy caresq = Bundled.policy("caresq-2027-geboortezorg");
        FactSheet base = compliant(caresq, "verloskunde", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                values("performs_iud", false, "iud_knov_registered", false));
        ContractAssessment a = assess(caresq, "verloskunde", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                with(base, caresq, "performs_iud", null));
        assertEquals(Status.UNKNOWN, result(a, "caresq-gz.vl.aantekening-iud").status());
        assertEquals(Outcome.INCOMPLETE, a.outcome());
    }

    // ------------------------------------------------------------------------------------------
    // cut-off deadlines for new providers

    @ParameterizedTest(name = "[{index}] {0}/{1} {3} provider on {5} -> {6} {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # policy                          | contract                | type                    | provider | explicit base                                                   | date       | notices                     | outcome
            caresq-2027-geboortezorg          | igo                     | IGO                     | new      | igo_cost_per_birth=900;mono_cost_per_birth=1000                 | 2026-06-01 | CUTOFF_AHEAD                | ELIGIBLE
            caresq-2027-geboortezorg          | igo                     | IGO                     | new      | igo_cost_per_birth=900;mono_cost_per_birth=1000                 | 2026-10-01 | CUTOFF_AHEAD                | ELIGIBLE
            caresq-2027-geboortezorg          | igo                     | IGO                     | new      | igo_cost_per_birth=900;mono_cost_per_birth=1000                 | 2026-10-02 | CUTOFF_PASSED               | NOT_ELIGIBLE
            caresq-2027-geboortezorg          | igo                     | IGO                     | new      | igo_cost_per_birth=900;mono_cost_per_birth=1000                 | 2026-11-23 | CUTOFF_PASSED               | NOT_ELIGIBLE
            caresq-2027-geboortezorg          | igo                     | IGO                     | existing | igo_cost_per_birth=900;mono_cost_per_birth=1000                 | 2026-11-23 |                             | ELIGIBLE
            caresq-2027-geboortezorg          | kraamzorg               | KRAAMZORGORGANISATIE    | new      | carers_employed_pct=80;guaranteed_min_kraamzorg_hours=24        | 2026-11-23 |                             | ELIGIBLE
            salland-2027-msz                  | ziekenhuis              | ZIEKENHUIS              | new      | fte_big_medical_specialists=10;years_in_business=20             | 2026-06-01 | CUTOFF_AHEAD                | ELIGIBLE
            salland-2027-msz                  | ziekenhuis              | ZIEKENHUIS              | new      | fte_big_medical_specialists=10;years_in_business=20             | 2026-08-31 | CUTOFF_AHEAD                | ELIGIBLE
            salland-2027-msz                  | ziekenhuis              | ZIEKENHUIS              | new      | fte_big_medical_specialists=10;years_in_business=20             | 2026-09-02 | CUTOFF_PASSED               | NOT_ELIGIBLE
            salland-2027-msz                  | zbc                     | ZBC                     | new      | fte_big_medical_specialists=10;years_in_business=20;max_asa_class_invasive=2 | 2026-11-23 | CUTOFF_PASSED               | NOT_ELIGIBLE
            salland-2027-msz                  | zbc                     | ZBC                     | existing | fte_big_medical_specialists=10;years_in_business=20;max_asa_class_invasive=2 | 2026-11-23 |                | ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | verloskundige-zorggroep | VERLOSKUNDIGE_ZORGGROEP | new      | member_midwifery_practices=4                                    | 2025-08-31 | CUTOFF_AHEAD                | ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | verloskundige-zorggroep | VERLOSKUNDIGE_ZORGGROEP | new      | member_midwifery_practices=4                                    | 2025-09-01 | CUTOFF_PASSED               | NOT_ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | verloskundige-zorggroep | VERLOSKUNDIGE_ZORGGROEP | existing | member_midwifery_practices=4                                    | 2026-06-01 |                             | ELIGIBLE
            zorgenzekerheid-2026-geboortezorg | kraamzorg               | KRAAMZORGORGANISATIE    | new      | care_hours_employed_pct=80;target_max_carers_per_family=2       | 2026-06-01 |                             | ELIGIBLE
            salland-2027-geboortezorg         | kraamzorg               | KRAAMZORGORGANISATIE    | new      |                                                                 | 2026-11-23 |                             | ELIGIBLE
            vgz-2027-geboortezorg             | kraamzorg               | KRAAMZORGORGANISATIE    | new      | kraamverzorgingen_per_year=200;compliance_info_available_years=3 | 2026-11-23 |                            | ELIGIBLE
            """)
    void cutOffForNewProviders(String policyId, String contractId, ProviderType type, String provider, String explicit,
                               LocalDate on, String notices, Outcome outcome) {
        Policy p = Bundled.policy(policyId);
        FactSheet facts = compliant(p, contractId, type, parse(explicit));
        ProviderProfile profile = provider.equals("new") ? newProvider(type) : existing(p, type);
        ContractAssessment a = assess(p, contractId, profile, facts, on);

        List<DeadlineNotice.Kind> expected = notices == null ? List.of()
                : Stream.of(notices.split(";")).map(String::trim).map(DeadlineNotice.Kind::valueOf).toList();
        assertEquals(expected, a.notices().stream().map(DeadlineNotice::kind).toList());
        a.notices().forEach(n -> {
            assertTrue(n.deadline().cutoffForNewProviders());
            assertTrue(n.deadline().appliesTo().contains("*") || n.deadline().appliesTo().contains(contractId));
            assertEquals(on, n.assessedOn());
            assertEquals(n.kind() == DeadlineNotice.Kind.CUTOFF_PASSED, on.isAfter(n.deadline().lastDayInTime()));
        });
        assertEquals(outcome, a.outcome());
        assertTrue(a.failingKnockOuts().isEmpty(), "the knock-outs themselves are met");
        if (outcome == Outcome.NOT_ELIGIBLE) {
            assertTrue(a.notices().stream().anyMatch(n -> n.kind().blocks()));
            assertNull(a.tier());
            assertTrue(a.nextStep().isEmpty(), "no step helps after the cut-off");
        } else {
            assertTrue(a.notices().stream().noneMatch(n -> n.kind().blocks()));
        }
    }

    @Test
    void caresqIgoCutOffIsTheFirstOfOctober() {
        Policy caresq = Bundled.policy("caresq-2027-geboortezorg");
        FactSheet facts = compliant(caresq, "igo", ProviderType.IGO,
                values("igo_cost_per_birth", 900, "mono_cost_per_birth", 1000));
        ContractAssessment a = assess(caresq, "igo", newProvider(ProviderType.IGO), facts, AFTER_CUTOFFS);
        DeadlineNotice n = a.notices().get(0);
        assertEquals(DeadlineNotice.Kind.CUTOFF_PASSED, n.kind());
        assertTrue(n.kind().blocks());
        assertEquals("caresq-gz.dl.igo-aanmelden", n.deadline().id());
        assertEquals(LocalDate.of(2026, 10, 1), n.deadline().lastDayInTime(), "'tot uiterlijk 1 oktober 2026'");
        assertFalse(DeadlineNotice.Kind.CUTOFF_AHEAD.blocks());
    }

    /**
     * Salland MSZ: new providers have "tot uiterlijk 1 september 2026" (chosen reading 0 of
     * sal-msz.amb.aanmelddatum-nieuwe-aanbieder: 1 September itself is still in time).
     */
    @Test
    void sallandMszNewProviderIsInTimeOnTheFirstOfSeptember() {
        Policy msz = Bundled.policy("salland-2027-msz");
        FactSheet facts = compliant(msz, "ziekenhuis", ProviderType.ZIEKENHUIS,
                values("fte_big_medical_specialists", 10, "years_in_business", 20));
        ContractAssessment a = assess(msz, "ziekenhuis", newProvider(ProviderType.ZIEKENHUIS), facts,
                LocalDate.of(2026, 9, 1));
        assertTrue(a.notices().stream().noneMatch(n -> n.kind().blocks()), () -> "notices " + a.notices());
        assertEquals(Outcome.ELIGIBLE, a.outcome());
    }

    // ------------------------------------------------------------------------------------------
    // addenda and provider types

    @Test
    void addendumWithoutItsBaseContractIsNotEligible() {
        Policy vgz = Bundled.policy("vgz-2027-geboortezorg");
        FactSheet facts = compliant(vgz, "addendum-toeslag-beschikbaarheid", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                values("compliance_info_available_years", 3, "zorgkantoorregio", "NIJMEGEN",
                        "availability_surcharge_years_received", 1));
        assertEquals(Outcome.ELIGIBLE, assess(vgz, "addendum-toeslag-beschikbaarheid",
                ProviderType.VERLOSKUNDIGENPRAKTIJK, facts).outcome());

        ContractAssessment a = assess(vgz, "addendum-toeslag-beschikbaarheid", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                with(facts, vgz, "vsv_member", false));
        assertEquals(Outcome.NOT_ELIGIBLE, a.outcome());
        assertEquals(List.of("verloskunde", "verloskundige-zorggroep"), a.missingBaseContracts());
        assertTrue(a.failingKnockOuts().isEmpty(), "the addendum's own knock-outs are met");
        assertTrue(a.nextStep().isEmpty());

        ContractAssessment open = assess(vgz, "addendum-toeslag-beschikbaarheid", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                with(facts, vgz, "vsv_member", null));
        assertEquals(Outcome.INCOMPLETE, open.outcome());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            caresq-2027-geboortezorg          | KRAAMZORGORGANISATIE    | kraamzorg
            caresq-2027-geboortezorg          | BEMIDDELINGSBUREAU      | kraamzorg-bemiddeling
            zorgenzekerheid-2026-geboortezorg | KRAAMZORGORGANISATIE    | kraamzorg;kraamzorg-bemiddelingsplatform
            zorgenzekerheid-2026-geboortezorg | BEMIDDELINGSBUREAU      | kraamzorg-bemiddelingsplatform
            salland-2027-geboortezorg         | KRAAMZORGORGANISATIE    | kraamzorg;addendum-tolk;addendum-ehealth-kraamzorg;addendum-maxmax-kraamzorg
            salland-2027-geboortezorg         | BEMIDDELINGSBUREAU      |
            vgz-2027-geboortezorg             | KRAAMZORGORGANISATIE    | kraamzorg;addendum-kraamcentrum;addendum-toeslag-integrale-kraamzorg
            vgz-2027-geboortezorg             | BEMIDDELINGSBUREAU      |
            vgz-2027-geboortezorg             | IGO                     | igo
            zorgenzekerheid-2026-geboortezorg | IGO                     | igo
            zorgenzekerheid-2026-geboortezorg | VERLOSKUNDIGE_ZORGGROEP | verloskundige-zorggroep
            salland-2027-msz                  | ZIEKENHUIS              | ziekenhuis;categorale-instelling
            """)
    void contractsAreAssessedOnlyForTheProviderTypesTheyAreOfferedTo(String policyId, ProviderType type,
                                                                     String contracts) {
        Policy p = Bundled.policy(policyId);
        List<String> expected = contracts == null ? List.of() : List.of(contracts.split(";"));
        List<String> actual = ENGINE.assessAll(p, existing(p, type), FactSheet.EMPTY, BEFORE_CUTOFFS).stream()
                .map(a -> a.contract().id()).toList();
        assertEquals(expected, actual);
    }
}
