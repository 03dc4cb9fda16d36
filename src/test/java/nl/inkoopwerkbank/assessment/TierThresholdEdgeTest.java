package nl.inkoopwerkbank.assessment;

import static nl.inkoopwerkbank.assessment.EligibilityFixture.assess;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.compliant;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.result;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.value;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.values;
import static nl.inkoopwerkbank.assessment.EligibilityFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.inkoopwerkbank.domain.assessment.Change;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.NextStep;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Every numeric knock-out threshold of the five bundled policies, pinned at its edge, per provider
 * type the contract is offered to: start from a sheet on which every knock-out is met, move one fact
 * to just below / on / just above the threshold, and check the requirement, the outcome and the step
 * back to eligibility. Inclusive ("minimaal", "ten minste", "maximaal") and exclusive ("minder dan")
 * readings are as in the source; see {@link TierSourceWordingTest} for the wording itself.
 */
class TierThresholdEdgeTest {

    /** A compliant starting point: policy, contract, provider type and the explicit numeric facts. */
    record Base(String policyId, String contractId, ProviderType type, Map<String, Object> explicit) {
        Policy policy() {
            return Bundled.policy(policyId);
        }
    }

    static final String VGZ = "vgz-2027-geboortezorg";
    static final String CARESQ = "caresq-2027-geboortezorg";
    static final String ZZ = "zorgenzekerheid-2026-geboortezorg";
    static final String SALLAND_MSZ = "salland-2027-msz";

    static final Map<String, Object> ZZ_DVI = values("declares_digital_instruction", true,
            "digital_instruction_max_replaced_hours", 4, "guaranteed_min_kraamzorg_hours", 49);

    static final Map<String, Base> BASES = Map.ofEntries(
            Map.entry("vgz-kraam", new Base(VGZ, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                    values("kraamverzorgingen_per_year", 400, "compliance_info_available_years", 3))),
            Map.entry("vgz-igo", new Base(VGZ, "igo", ProviderType.IGO,
                    values("adherentie_practices_joined", 80, "adherentie_practices_total", 100,
                            "compliance_info_available_years", 3))),
            Map.entry("vgz-verlos", new Base(VGZ, "verloskunde", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                    values("compliance_info_available_years", 3, "years_in_business", 10))),
            Map.entry("vgz-tvb-praktijk", new Base(VGZ, "addendum-toeslag-beschikbaarheid",
                    ProviderType.VERLOSKUNDIGENPRAKTIJK, values("compliance_info_available_years", 3,
                    "zorgkantoorregio", "NIJMEGEN", "availability_surcharge_years_received", 0))),
            Map.entry("vgz-tvb-zorggroep", new Base(VGZ, "addendum-toeslag-beschikbaarheid",
                    ProviderType.VERLOSKUNDIGE_ZORGGROEP, values("compliance_info_available_years", 3,
                    "zorgkantoorregio", "MIDDEN_BRABANT", "availability_surcharge_years_received", 0))),
            Map.entry("caresq-kraam", new Base(CARESQ, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                    values("carers_employed_pct", 80, "guaranteed_min_kraamzorg_hours", 49))),
            Map.entry("caresq-bemid", new Base(CARESQ, "kraamzorg-bemiddeling", ProviderType.BEMIDDELINGSBUREAU,
                    values("carers_employed_pct", 20, "guaranteed_min_kraamzorg_hours", 49))),
            Map.entry("caresq-gbc-ligdagen", new Base(CARESQ, "geboortecentrum", ProviderType.GEBOORTECENTRUM,
                    values("offers_ligdagen", true, "carers_employed_pct", 80))),
            Map.entry("caresq-igo", new Base(CARESQ, "igo", ProviderType.IGO,
                    values("igo_cost_per_birth", 950, "mono_cost_per_birth", 1000))),
            Map.entry("zz-kraam", new Base(ZZ, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                    values("care_hours_employed_pct", 85, "target_max_carers_per_family", 2))),
            Map.entry("zz-kraam-dvi", new Base(ZZ, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                    merge(values("care_hours_employed_pct", 85, "target_max_carers_per_family", 2), ZZ_DVI))),
            Map.entry("zz-platform-kraam", new Base(ZZ, "kraamzorg-bemiddelingsplatform",
                    ProviderType.KRAAMZORGORGANISATIE,
                    values("care_hours_employed_pct", 40, "carers_kckz_registered_min_years", 5))),
            Map.entry("zz-platform-bemid", new Base(ZZ, "kraamzorg-bemiddelingsplatform",
                    ProviderType.BEMIDDELINGSBUREAU,
                    values("care_hours_employed_pct", 40, "carers_kckz_registered_min_years", 5))),
            Map.entry("zz-platform-bemid-dvi", new Base(ZZ, "kraamzorg-bemiddelingsplatform",
                    ProviderType.BEMIDDELINGSBUREAU,
                    merge(values("care_hours_employed_pct", 40, "carers_kckz_registered_min_years", 5), ZZ_DVI))),
            Map.entry("zz-gbc-ligdagen", new Base(ZZ, "geboortecentrum", ProviderType.GEBOORTECENTRUM,
                    values("offers_ligdagen", true, "care_hours_employed_pct", 85, "target_max_carers_per_family", 2,
                            "ligdagen_contracted", false, "max_stay_hours_birth_centre", 12))),
            Map.entry("zz-igo", new Base(ZZ, "igo", ProviderType.IGO,
                    values("member_midwifery_practices", 3, "member_hospitals", 1, "member_kraamzorg_providers", 2))),
            Map.entry("zz-zorggroep", new Base(ZZ, "verloskundige-zorggroep", ProviderType.VERLOSKUNDIGE_ZORGGROEP,
                    values("member_midwifery_practices", 5))),
            Map.entry("zz-toeslag", new Base(ZZ, "addendum-toeslag-beschikbaarheid",
                    ProviderType.VERLOSKUNDIGENPRAKTIJK,
                    values("second_line_surcharge_requested_pct", 5, "nza_max_second_line_surcharge_pct", 10))),
            Map.entry("sal-msz-ziekenhuis", new Base(SALLAND_MSZ, "ziekenhuis", ProviderType.ZIEKENHUIS,
                    values("fte_big_medical_specialists", 10, "years_in_business", 20))),
            Map.entry("sal-msz-zbc", new Base(SALLAND_MSZ, "zbc", ProviderType.ZBC,
                    values("fte_big_medical_specialists", 10, "years_in_business", 20, "max_asa_class_invasive", 2))),
            Map.entry("sal-msz-categoraal", new Base(SALLAND_MSZ, "categorale-instelling", ProviderType.ZIEKENHUIS,
                    values("fte_big_medical_specialists", 10, "years_in_business", 20))),
            Map.entry("sal-msz-dialyse", new Base(SALLAND_MSZ, "dialysecentrum", ProviderType.ZBC,
                    values("fte_big_medical_specialists", 10, "years_in_business", 20))));

    private static final Map<String, FactSheet> SHEETS = new HashMap<>();

    static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    static synchronized FactSheet sheet(String base) {
        return SHEETS.computeIfAbsent(base, k -> {
            Base b = BASES.get(k);
            if (b == null) {
                throw new IllegalArgumentException("no base " + k);
            }
            return compliant(b.policy(), b.contractId(), b.type(), b.explicit());
        });
    }

    static Stream<Arguments> bases() {
        return BASES.keySet().stream().sorted().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void everyBaseSheetIsEligibleWithoutNotices(String base) {
        Base b = BASES.get(base);
        ContractAssessment a = assess(b.policy(), b.contractId(), b.type(), sheet(base));
        assertEquals(Outcome.ELIGIBLE, a.outcome(), () -> "open " + a.open() + " failing " + a.failingKnockOuts());
        assertTrue(a.failingKnockOuts().isEmpty());
        assertTrue(a.open().stream().noneMatch(r -> r.requirement().appliesTo(b.contractId())
                && r.requirement().role() == nl.inkoopwerkbank.domain.policy.RequirementRole.KNOCK_OUT));
        assertTrue(a.notices().isEmpty());
        // the explicit values are kept as given
        b.explicit().forEach((k, v) -> assertTrue(sameValue(value(k, v),
                sheet(base).value(k, b.policy().insurer().id()).orElseThrow()), k));
    }

    /**
     * base | fact | value (empty: unanswered) | requirement | its status | outcome | the target of the
     * one change back to eligibility (for NOT_MET rows).
     */
    @ParameterizedTest(name = "[{index}] {0}: {1}={2} -> {3} {4}, {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # VGZ: minimaal 150 kraamverzorgingen per jaar (Bijlage 2 > Minimumeisen Kraamzorg)
            vgz-kraam           | kraamverzorgingen_per_year            | 149       | vgz-gz.kraam.volume                  | NOT_MET | NOT_ELIGIBLE | 150
            vgz-kraam           | kraamverzorgingen_per_year            | 150       | vgz-gz.kraam.volume                  | MET     | ELIGIBLE     |
            vgz-kraam           | kraamverzorgingen_per_year            | 151       | vgz-gz.kraam.volume                  | MET     | ELIGIBLE     |
            vgz-kraam           | kraamverzorgingen_per_year            | 0         | vgz-gz.kraam.volume                  | NOT_MET | NOT_ELIGIBLE | 150
            vgz-kraam           | kraamverzorgingen_per_year            |           | vgz-gz.kraam.volume                  | UNKNOWN | INCOMPLETE   |
            # VGZ IGO: 75% of the practices in the adherentiegebied (base: 100 practices)
            vgz-igo             | adherentie_practices_joined           | 74        | vgz-gz.igo.adherentie-75             | NOT_MET | NOT_ELIGIBLE | 75
            vgz-igo             | adherentie_practices_joined           | 75        | vgz-gz.igo.adherentie-75             | MET     | ELIGIBLE     |
            vgz-igo             | adherentie_practices_joined           | 100       | vgz-gz.igo.adherentie-75             | MET     | ELIGIBLE     |
            vgz-igo             | adherentie_practices_total            |           | vgz-gz.igo.adherentie-75             | UNKNOWN | INCOMPLETE   |
            vgz-igo             | adherentie_practices_joined           |           | vgz-gz.igo.adherentie-75             | UNKNOWN | INCOMPLETE   |
            # VGZ: information over the last 3 years (base: 10 years in business)
            vgz-verlos          | compliance_info_available_years       | 2         | vgz-gz.alg.informatie-3-jaar         | NOT_MET | NOT_ELIGIBLE | 3
            vgz-verlos          | compliance_info_available_years       | 3         | vgz-gz.alg.informatie-3-jaar         | MET     | ELIGIBLE     |
            vgz-kraam           | compliance_info_available_years       | 3         | vgz-gz.alg.informatie-3-jaar         | MET     | ELIGIBLE     |
            vgz-igo             | compliance_info_available_years       | 3         | vgz-gz.alg.informatie-3-jaar         | MET     | ELIGIBLE     |
            # VGZ toeslag verminderde beschikbaarheid: maximaal 3 jaar (primair werkgebied), both provider types
            vgz-tvb-praktijk    | availability_surcharge_years_received | 2         | vgz-gz.tvb.maximaal-3-jaar           | MET     | ELIGIBLE     |
            vgz-tvb-praktijk    | availability_surcharge_years_received | 3         | vgz-gz.tvb.maximaal-3-jaar           | NOT_MET | NOT_ELIGIBLE | 2
            vgz-tvb-zorggroep   | availability_surcharge_years_received | 2         | vgz-gz.tvb.maximaal-3-jaar           | MET     | ELIGIBLE     |
            vgz-tvb-zorggroep   | availability_surcharge_years_received | 3         | vgz-gz.tvb.maximaal-3-jaar           | NOT_MET | NOT_ELIGIBLE | 2
            # Caresq: minimaal 50% kraamverzorgenden in loondienst (kraamzorg), maximaal 50% (bemiddeling)
            caresq-kraam        | carers_employed_pct                   | 49        | caresq-gz.kraam.loondienst           | NOT_MET | NOT_ELIGIBLE | 50
            caresq-kraam        | carers_employed_pct                   | 49.99     | caresq-gz.kraam.loondienst           | NOT_MET | NOT_ELIGIBLE | 50
            caresq-kraam        | carers_employed_pct                   | 50        | caresq-gz.kraam.loondienst           | MET     | ELIGIBLE     |
            caresq-kraam        | carers_employed_pct                   | 51        | caresq-gz.kraam.loondienst           | MET     | ELIGIBLE     |
            caresq-kraam        | carers_employed_pct                   |           | caresq-gz.kraam.loondienst           | UNKNOWN | INCOMPLETE   |
            caresq-bemid        | carers_employed_pct                   | 49        | caresq-gz.bemid.loondienst           | MET     | ELIGIBLE     |
            caresq-bemid        | carers_employed_pct                   | 50        | caresq-gz.bemid.loondienst           | MET     | ELIGIBLE     |
            caresq-bemid        | carers_employed_pct                   | 50.01     | caresq-gz.bemid.loondienst           | NOT_MET | NOT_ELIGIBLE | 50
            caresq-bemid        | carers_employed_pct                   | 51        | caresq-gz.bemid.loondienst           | NOT_MET | NOT_ELIGIBLE | 50
            # Caresq geboortecentrum with ligdagen: the kraamzorg conditions, 50% loondienst included
            caresq-gbc-ligdagen | carers_employed_pct                   | 49        | caresq-gz.gbc.ligdagen               | NOT_MET | NOT_ELIGIBLE | 50
            caresq-gbc-ligdagen | carers_employed_pct                   | 50        | caresq-gz.gbc.ligdagen               | MET     | ELIGIBLE     |
            # Caresq: initieel minimaal 24 uur kraamzorg bij schaarste (kraamzorg and bemiddeling)
            caresq-kraam        | guaranteed_min_kraamzorg_hours        | 23.5      | caresq-gz.kraam.min-24-uur           | NOT_MET | NOT_ELIGIBLE | 24
            caresq-kraam        | guaranteed_min_kraamzorg_hours        | 24        | caresq-gz.kraam.min-24-uur           | MET     | ELIGIBLE     |
            caresq-bemid        | guaranteed_min_kraamzorg_hours        | 23        | caresq-gz.kraam.min-24-uur           | NOT_MET | NOT_ELIGIBLE | 24
            caresq-bemid        | guaranteed_min_kraamzorg_hours        | 24        | caresq-gz.kraam.min-24-uur           | MET     | ELIGIBLE     |
            # Caresq IGO: an IGO birth costs no more than a monodisciplinary one (base: mono 1000)
            caresq-igo          | igo_cost_per_birth                    | 1000      | caresq-gz.igo.budgetneutraal         | MET     | ELIGIBLE     |
            caresq-igo          | igo_cost_per_birth                    | 1000.01   | caresq-gz.igo.budgetneutraal         | NOT_MET | NOT_ELIGIBLE | 1000
            caresq-igo          | mono_cost_per_birth                   |           | caresq-gz.igo.budgetneutraal         | UNKNOWN | INCOMPLETE   |
            # Z&Z: minimaal 70% zorguren in loondienst for A/B; minder dan 70% only the platform
            zz-kraam            | care_hours_employed_pct               | 69.99     | zz-gz.kraam.loondienst-70            | NOT_MET | NOT_ELIGIBLE | 70
            zz-kraam            | care_hours_employed_pct               | 70        | zz-gz.kraam.loondienst-70            | MET     | ELIGIBLE     |
            zz-kraam            | care_hours_employed_pct               | 71        | zz-gz.kraam.loondienst-70            | MET     | ELIGIBLE     |
            zz-platform-kraam   | care_hours_employed_pct               | 69        | zz-gz.platform.doelgroep             | MET     | ELIGIBLE     |
            zz-platform-kraam   | care_hours_employed_pct               | 69.99     | zz-gz.platform.doelgroep             | MET     | ELIGIBLE     |
            zz-platform-kraam   | care_hours_employed_pct               | 70        | zz-gz.platform.doelgroep             | NOT_MET | NOT_ELIGIBLE | 69.99
            zz-platform-bemid   | care_hours_employed_pct               | 69.99     | zz-gz.platform.doelgroep             | MET     | ELIGIBLE     |
            zz-platform-bemid   | care_hours_employed_pct               | 70        | zz-gz.platform.doelgroep             | NOT_MET | NOT_ELIGIBLE | 69.99
            zz-gbc-ligdagen     | care_hours_employed_pct               | 69.99     | zz-gz.gc.kraamzorg-basiseisen        | NOT_MET | NOT_ELIGIBLE | 70
            zz-gbc-ligdagen     | care_hours_employed_pct               | 70        | zz-gz.gc.kraamzorg-basiseisen        | MET     | ELIGIBLE     |
            # Z&Z: maximaal twee kraamverzorgenden per gezin (kraamzorg; geboortecentrum with ligdagen)
            zz-kraam            | target_max_carers_per_family          | 2         | zz-gz.kraam.max-twee-per-gezin       | MET     | ELIGIBLE     |
            zz-kraam            | target_max_carers_per_family          | 3         | zz-gz.kraam.max-twee-per-gezin       | NOT_MET | NOT_ELIGIBLE | 2
            zz-gbc-ligdagen     | target_max_carers_per_family          | 3         | zz-gz.gc.kraamzorg-basiseisen        | NOT_MET | NOT_ELIGIBLE | 2
            # Z&Z geboortecentrum without contracted ligdagen: maximaal 24 uur
            zz-gbc-ligdagen     | max_stay_hours_birth_centre           | 24        | zz-gz.gc.max-24-uur                  | MET     | ELIGIBLE     |
            zz-gbc-ligdagen     | max_stay_hours_birth_centre           | 24.5      | zz-gz.gc.max-24-uur                  | NOT_MET | NOT_ELIGIBLE | 24
            # Z&Z digitale voorlichting: maximaal 6 uur vervangen, minimaal 24 uur fysiek (kraamzorg and platform)
            zz-kraam-dvi        | digital_instruction_max_replaced_hours | 6        | zz-gz.dvi.max-zes-uur                | MET     | ELIGIBLE     |
            zz-kraam-dvi        | digital_instruction_max_replaced_hours | 6.5      | zz-gz.dvi.max-zes-uur                | NOT_MET | NOT_ELIGIBLE | 6
            zz-kraam-dvi        | guaranteed_min_kraamzorg_hours        | 23.5      | zz-gz.dvi.min-24-uur-fysiek          | NOT_MET | NOT_ELIGIBLE | 24
            zz-kraam-dvi        | guaranteed_min_kraamzorg_hours        | 24        | zz-gz.dvi.min-24-uur-fysiek          | MET     | ELIGIBLE     |
            zz-platform-bemid-dvi | digital_instruction_max_replaced_hours | 6      | zz-gz.dvi.max-zes-uur                | MET     | ELIGIBLE     |
            zz-platform-bemid-dvi | digital_instruction_max_replaced_hours | 7      | zz-gz.dvi.max-zes-uur                | NOT_MET | NOT_ELIGIBLE | 6
            zz-platform-bemid-dvi | guaranteed_min_kraamzorg_hours      | 23        | zz-gz.dvi.min-24-uur-fysiek          | NOT_MET | NOT_ELIGIBLE | 24
            # Z&Z platform: tenminste twee jaar in het KCKZ-register
            zz-platform-bemid   | carers_kckz_registered_min_years      | 1         | zz-gz.platform.kckz-twee-jaar        | NOT_MET | NOT_ELIGIBLE | 2
            zz-platform-bemid   | carers_kckz_registered_min_years      | 2         | zz-gz.platform.kckz-twee-jaar        | MET     | ELIGIBLE     |
            zz-platform-kraam   | carers_kckz_registered_min_years      | 1         | zz-gz.platform.kckz-twee-jaar        | NOT_MET | NOT_ELIGIBLE | 2
            # Z&Z IGO: minimaal twee verloskundigenpraktijken, een ziekenhuis en een kraamcentrum
            zz-igo              | member_midwifery_practices            | 1         | zz-gz.igo.deelnemers                 | NOT_MET | NOT_ELIGIBLE | 2
            zz-igo              | member_midwifery_practices            | 2         | zz-gz.igo.deelnemers                 | MET     | ELIGIBLE     |
            zz-igo              | member_hospitals                      | 0         | zz-gz.igo.deelnemers                 | NOT_MET | NOT_ELIGIBLE | 1
            zz-igo              | member_hospitals                      | 1         | zz-gz.igo.deelnemers                 | MET     | ELIGIBLE     |
            zz-igo              | member_kraamzorg_providers            | 0         | zz-gz.igo.deelnemers                 | NOT_MET | NOT_ELIGIBLE | 1
            zz-igo              | member_kraamzorg_providers            | 1         | zz-gz.igo.deelnemers                 | MET     | ELIGIBLE     |
            zz-igo              | member_hospitals                      |           | zz-gz.igo.deelnemers                 | UNKNOWN | INCOMPLETE   |
            # Z&Z zorggroep: tenminste drie verloskundigenpraktijken
            zz-zorggroep        | member_midwifery_practices            | 2         | zz-gz.zorggroep.min-drie-praktijken  | NOT_MET | NOT_ELIGIBLE | 3
            zz-zorggroep        | member_midwifery_practices            | 3         | zz-gz.zorggroep.min-drie-praktijken  | MET     | ELIGIBLE     |
            # Z&Z toeslag tweede lijn: niet hoger dan het NZa-maximum (base: maximum 10%)
            zz-toeslag          | second_line_surcharge_requested_pct   | 10        | zz-gz.toeslag.max-nza                | MET     | ELIGIBLE     |
            zz-toeslag          | second_line_surcharge_requested_pct   | 10.01     | zz-gz.toeslag.max-nza                | NOT_MET | NOT_ELIGIBLE | 10
            # Salland MSZ: minimaal 2,0 fte specialisten, minimaal twee jaar in bedrijf (every MSZ contract)
            sal-msz-ziekenhuis  | fte_big_medical_specialists           | 1.99      | sal-msz.basis.fte-specialisten       | NOT_MET | NOT_ELIGIBLE | 2
            sal-msz-ziekenhuis  | fte_big_medical_specialists           | 2         | sal-msz.basis.fte-specialisten       | MET     | ELIGIBLE     |
            sal-msz-ziekenhuis  | years_in_business                     | 1         | sal-msz.basis.jaren-in-bedrijf       | NOT_MET | NOT_ELIGIBLE | 2
            sal-msz-ziekenhuis  | years_in_business                     | 2         | sal-msz.basis.jaren-in-bedrijf       | MET     | ELIGIBLE     |
            sal-msz-zbc         | fte_big_medical_specialists           | 1.99      | sal-msz.basis.fte-specialisten       | NOT_MET | NOT_ELIGIBLE | 2
            sal-msz-zbc         | fte_big_medical_specialists           | 2.0       | sal-msz.basis.fte-specialisten       | MET     | ELIGIBLE     |
            sal-msz-zbc         | years_in_business                     | 1         | sal-msz.basis.jaren-in-bedrijf       | NOT_MET | NOT_ELIGIBLE | 2
            sal-msz-zbc         | years_in_business                     | 2         | sal-msz.basis.jaren-in-bedrijf       | MET     | ELIGIBLE     |
            sal-msz-zbc         | max_asa_class_invasive                | 2         | sal-msz.zbc.asa                      | MET     | ELIGIBLE     |
            sal-msz-zbc         | max_asa_class_invasive                | 3         | sal-msz.zbc.asa                      | NOT_MET | NOT_ELIGIBLE | 2
            sal-msz-dialyse     | fte_big_medical_specialists           | 1.99      | sal-msz.basis.fte-specialisten       | NOT_MET | NOT_ELIGIBLE | 2
            sal-msz-dialyse     | fte_big_medical_specialists           | 2         | sal-msz.basis.fte-specialisten       | MET     | ELIGIBLE     |
            sal-msz-categoraal  | fte_big_medical_specialists           | 1.99      | sal-msz.basis.fte-specialisten       | NOT_MET | NOT_ELIGIBLE | 2
            sal-msz-categoraal  | fte_big_medical_specialists           | 2         | sal-msz.basis.fte-specialisten       | MET     | ELIGIBLE     |
            sal-msz-categoraal  | years_in_business                     | 1.99      | sal-msz.basis.jaren-in-bedrijf       | NOT_MET | NOT_ELIGIBLE | 2
            """)
    void knockOutThresholdAtItsEdge(String base, String fact, String val, String requirementId, Status status,
                                    Outcome outcome, String target) {
        Base b = BASES.get(base);
        Policy policy = b.policy();
        FactSheet facts = with(sheet(base), policy, fact, val);
        ContractAssessment a = assess(policy, b.contractId(), b.type(), facts);

        RequirementResult r = result(a, requirementId);
        assertEquals(status, r.status(), () -> requirementId + " with " + fact + "=" + val + ": " + r.facts());
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.NOT_ELIGIBLE) {
            assertNull(a.tier(), "no tier when not eligible");
        }

        switch (status) {
            case NOT_MET -> {
                assertEquals(List.of(requirementId), a.failingKnockOuts().stream().map(RequirementResult::id).toList(),
                        "only the varied rule fails");
                NextStep step = a.nextStep().orElseThrow(() -> new AssertionError("a step back to eligibility"));
                assertTrue(step.toEligibility());
                assertTrue(step.openFacts().isEmpty());
                assertEquals(1, step.changes().size(), () -> "one change: " + step.changes());
                Change c = step.changes().get(0);
                assertEquals(fact, c.fact());
                assertNotNull(target, "row needs a target");
                assertTrue(sameValue(value(fact, target), c.target()), () -> "target " + c.target() + " <> " + target);
                assertEquals(0, value(fact, target).asNumber().subtract(value(fact, val).asNumber())
                        .compareTo(c.delta()), () -> "delta " + c.delta());
            }
            case UNKNOWN -> {
                assertTrue(a.failingKnockOuts().isEmpty());
                assertTrue(a.open().stream().anyMatch(o -> o.id().equals(requirementId)));
                assertTrue(a.openFacts().contains(fact), () -> "open facts " + a.openFacts());
                assertEquals(List.of(fact), r.missingFacts());
            }
            default -> {
                assertTrue(a.failingKnockOuts().isEmpty());
                assertTrue(r.missingFacts().isEmpty());
            }
        }
    }

    /** VGZ IGO: joined &gt;= 75% of total, compared exactly (no rounding of the practice count). */
    @ParameterizedTest(name = "{0} of {1} practices -> {2}")
    @CsvSource({
            "74, 100, NOT_MET", "75, 100, MET", "3, 4, MET", "2, 4, NOT_MET", "2, 3, NOT_MET", "5, 7, NOT_MET",
            "6, 7, MET", "6, 8, MET", "8, 11, NOT_MET", "9, 12, MET", "15, 20, MET", "14, 19, NOT_MET",
            "149, 200, NOT_MET", "150, 200, MET"})
    void vgzIgoAdherentieRatio(int joined, int total, Status expected) {
        Policy vgz = Bundled.policy(VGZ);
        FactSheet facts = with(with(sheet("vgz-igo"), vgz, "adherentie_practices_joined", joined), vgz,
                "adherentie_practices_total", total);
        ContractAssessment a = assess(vgz, "igo", ProviderType.IGO, facts);
        assertEquals(expected, result(a, "vgz-gz.igo.adherentie-75").status());
        assertEquals(expected == Status.MET ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, a.outcome());
        if (expected == Status.NOT_MET) {
            Change c = a.nextStep().orElseThrow().changes().get(0);
            int needed = (int) Math.ceil(total * 0.75);
            assertEquals("adherentie_practices_joined", c.fact());
            assertEquals(0, BigDecimal.valueOf(needed).compareTo(c.target().asNumber()), () -> "target " + c.target());
            assertEquals(0, BigDecimal.valueOf(needed - joined).compareTo(c.delta()));
        }
    }

    /** VGZ: information over the last 3 years, or over the whole life of a younger provider. */
    @ParameterizedTest(name = "{0}: info {1} years, in business {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            vgz-verlos | 3 |    | MET
            vgz-verlos | 2 |    | UNKNOWN
            vgz-verlos | 2 | 2  | MET
            vgz-verlos | 2 | 3  | NOT_MET
            vgz-verlos | 1 | 1  | MET
            vgz-verlos | 1 | 2  | NOT_MET
            vgz-kraam  | 2 | 2  | MET
            vgz-kraam  | 2 | 3  | NOT_MET
            vgz-igo    | 2 | 2  | MET
            vgz-igo    | 2 | 5  | NOT_MET
            """)
    void vgzInformationYears(String base, String info, String years, Status expected) {
        Base b = BASES.get(base);
        Policy vgz = b.policy();
        FactSheet facts = with(with(sheet(base), vgz, "compliance_info_available_years", info), vgz,
                "years_in_business", years);
        ContractAssessment a = assess(vgz, b.contractId(), b.type(), facts);
        assertEquals(expected, result(a, "vgz-gz.alg.informatie-3-jaar").status());
        assertEquals(switch (expected) {
            case MET -> Outcome.ELIGIBLE;
            case UNKNOWN -> Outcome.INCOMPLETE;
            default -> Outcome.NOT_ELIGIBLE;
        }, a.outcome());
    }

    /**
     * Z&amp;Z splits kraamzorg providers at 70% care hours in loondienst: at or above only A/B (contract
     * kraamzorg), below only the platform. Exactly one of the two is open at every percentage.
     */
    @ParameterizedTest(name = "{0}% care hours employed")
    @CsvSource({"0, platform", "50, platform", "69, platform", "69.99, platform", "70, kraamzorg",
            "70.01, kraamzorg", "100, kraamzorg"})
    void zorgEnZekerheidSeventyPercentSplitsTheTwoContracts(String pct, String eligibleFor) {
        Policy zz = Bundled.policy(ZZ);
        FactSheet both = EligibilityFixture.compliant(zz, "kraamzorg-bemiddelingsplatform",
                ProviderType.KRAAMZORGORGANISATIE, with(with(sheet("zz-kraam"), zz, "care_hours_employed_pct", 40), zz,
                        "carers_kckz_registered_min_years", 5));
        FactSheet facts = with(both, zz, "care_hours_employed_pct", pct);
        Outcome kraam = assess(zz, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE, facts).outcome();
        Outcome platform = assess(zz, "kraamzorg-bemiddelingsplatform", ProviderType.KRAAMZORGORGANISATIE, facts)
                .outcome();
        assertEquals(eligibleFor.equals("kraamzorg") ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, kraam);
        assertEquals(eligibleFor.equals("platform") ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, platform);
    }

    /**
     * Caresq's two 50% rules overlap at exactly 50% (both inclusive, ambiguity
     * caresq-gz.amb.loondienst-50-overlap, reading 0): both loondienst rules hold there, and only there.
     */
    @ParameterizedTest(name = "{0}% carers employed")
    @CsvSource({"49.99, MET, NOT_MET", "50, MET, MET", "50.01, NOT_MET, MET"})
    void caresqFiftyPercentOverlap(String pct, Status bemiddeling, Status kraamzorg) {
        Policy caresq = Bundled.policy(CARESQ);
        ContractAssessment k = assess(caresq, "kraamzorg", ProviderType.KRAAMZORGORGANISATIE,
                with(sheet("caresq-kraam"), caresq, "carers_employed_pct", pct));
        ContractAssessment m = assess(caresq, "kraamzorg-bemiddeling", ProviderType.BEMIDDELINGSBUREAU,
                with(sheet("caresq-bemid"), caresq, "carers_employed_pct", pct));
        assertEquals(kraamzorg, result(k, "caresq-gz.kraam.loondienst").status());
        assertEquals(bemiddeling, result(m, "caresq-gz.bemid.loondienst").status());
        assertTrue(result(k, "caresq-gz.kraam.loondienst").ambiguities().stream()
                .anyMatch(x -> x.id().equals("caresq-gz.amb.loondienst-50-overlap") && x.chosen() == 0));
    }

    @Test
    void thresholdFromAnotherFactIsShownToTheBuyer() {
        Policy vgz = Bundled.policy(VGZ);
        FactSheet facts = with(with(sheet("vgz-igo"), vgz, "adherentie_practices_joined", 5), vgz,
                "adherentie_practices_total", 7);
        RequirementResult r = result(assess(vgz, "igo", ProviderType.IGO, facts), "vgz-gz.igo.adherentie-75");
        var use = r.facts().stream().filter(u -> u.fact().equals("adherentie_practices_joined")).findFirst()
                .orElseThrow();
        assertEquals("adherentie_practices_total", use.thresholdFact());
        assertEquals(0, new BigDecimal("5.25").compareTo(use.thresholdNumber()));
        assertEquals(Status.NOT_MET, use.status());
    }

    static boolean sameValue(FactValue expected, FactValue actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected.asNumber() != null && actual.asNumber() != null) {
            return expected.asNumber().compareTo(actual.asNumber()) == 0;
        }
        return expected.equals(actual);
    }
}
