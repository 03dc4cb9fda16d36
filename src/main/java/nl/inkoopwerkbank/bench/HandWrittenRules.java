package nl.inkoopwerkbank.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * The benchmark's baseline: the knock-outs and tiers of two current policies (VGZ geboortezorg 2027 and
 * Salland geboortezorg 2027) written directly in Java, read off the policy files by hand: plain if/else over
 * a fact lookup, three-valued (met, not met, unknown while a fact is unanswered), without explanations,
 * traces or next steps. {@link EvaluationBenchmark} and its test check that every verdict equals the engine's.
 */
public final class HandWrittenRules {

    /** The policies written here, by id. */
    public static final List<String> POLICIES = List.of("vgz-2027-geboortezorg", "salland-2027-geboortezorg");

    /** The top-level verdict of one contract: outcome, tier (null when none) and whether the tier is final. */
    public record Verdict(Outcome outcome, String tier, boolean tierFinal) {
        static Verdict of(int knockOuts) {
            return new Verdict(HandWrittenRules.outcome(knockOuts), null, false);
        }
    }

    // three-valued status: met, not met, unknown
    static final int M = 1;
    static final int N = 0;
    static final int U = 2;

    /** One provider's answers as one insurer sees them. */
    static final class Facts {
        private final FactSheet sheet;
        private final String insurer;

        Facts(FactSheet sheet, String insurer) {
            this.sheet = sheet;
            this.insurer = insurer;
        }

        FactValue get(String key) {
            return sheet.value(key, insurer).orElse(null);
        }

        int is(String key, boolean wanted) {
            FactValue v = get(key);
            if (v == null) {
                return U;
            }
            return Boolean.valueOf(wanted).equals(v.value()) ? M : N;
        }

        int yes(String key) {
            return is(key, true);
        }

        int no(String key) {
            return is(key, false);
        }

        BigDecimal num(String key) {
            FactValue v = get(key);
            return v == null ? null : v.asNumber();
        }

        int ge(String key, long limit) {
            BigDecimal n = num(key);
            return n == null ? U : n.compareTo(BigDecimal.valueOf(limit)) >= 0 ? M : N;
        }

        int lt(String key, long limit) {
            BigDecimal n = num(key);
            return n == null ? U : n.compareTo(BigDecimal.valueOf(limit)) < 0 ? M : N;
        }

        /** {@code key >= other * factor / divisor}, exactly (no rounding). */
        int geFraction(String key, String other, BigDecimal factor, long divisor) {
            BigDecimal n = num(key);
            BigDecimal o = num(other);
            if (n == null || o == null) {
                return U;
            }
            return n.multiply(BigDecimal.valueOf(divisor)).compareTo(o.multiply(factor)) >= 0 ? M : N;
        }

        int in(String key, String... choices) {
            FactValue v = get(key);
            if (v == null) {
                return U;
            }
            String s = String.valueOf(v.value());
            for (String c : choices) {
                if (c.equals(s)) {
                    return M;
                }
            }
            return N;
        }

        int containsAny(String key, String... items) {
            FactValue v = get(key);
            if (v == null) {
                return U;
            }
            List<String> l = v.asList();
            if (l == null) {
                return N;
            }
            for (String i : items) {
                if (l.contains(i)) {
                    return M;
                }
            }
            return N;
        }

        int containsAll(String key, String... items) {
            FactValue v = get(key);
            if (v == null) {
                return U;
            }
            List<String> l = v.asList();
            if (l == null) {
                return N;
            }
            for (String i : items) {
                if (!l.contains(i)) {
                    return N;
                }
            }
            return M;
        }
    }

    static int and(int a, int b) {
        if (a == N || b == N) {
            return N;
        }
        return a == U || b == U ? U : M;
    }

    static int and(int... s) {
        int r = M;
        for (int x : s) {
            r = and(r, x);
        }
        return r;
    }

    static int or(int a, int b) {
        if (a == M || b == M) {
            return M;
        }
        return a == U || b == U ? U : N;
    }

    static int not(int a) {
        return a == M ? N : a == N ? M : U;
    }

    /**
     * A requirement with a "when": does not apply (counts as met) when the when fails; while the when is
     * open, met only when the condition already holds.
     */
    static int when(int when, int condition) {
        if (when == N) {
            return M;
        }
        if (when == U) {
            return condition == M ? M : U;
        }
        return condition;
    }

    static Outcome outcome(int s) {
        return s == N ? Outcome.NOT_ELIGIBLE : s == U ? Outcome.INCOMPLETE : Outcome.ELIGIBLE;
    }

    /** An addendum: its own knock-outs and at least one of its base contracts. */
    static Verdict addendum(int knockOuts, Verdict... bases) {
        int base = N;
        for (Verdict b : bases) {
            if (b.outcome() == Outcome.ELIGIBLE) {
                base = M;
            } else if (b.outcome() == Outcome.INCOMPLETE && base != M) {
                base = U;
            }
        }
        return Verdict.of(and(knockOuts, base));
    }

    /** A tiered contract: the first tier that is met (none when not eligible); final when no better one is open. */
    static Verdict tiered(int knockOuts, String[] ids, int[] tiers) {
        Outcome o = outcome(knockOuts);
        String tier = null;
        boolean betterOpen = false;
        for (int i = 0; i < ids.length; i++) {
            if (tiers[i] == M) {
                tier = ids[i];
                break;
            }
            if (tiers[i] == U) {
                betterOpen = true;
            }
        }
        if (o == Outcome.NOT_ELIGIBLE) {
            tier = null;
        }
        return new Verdict(o, tier, tier != null && !betterOpen && o == Outcome.ELIGIBLE);
    }

    /**
     * The verdict for one contract of one hand-written policy, or null when the policy or contract is not
     * written here. Contracts offered only to other provider types are left to the caller (as the engine's
     * {@code assessAll} does).
     */
    public static Verdict verdict(String policyId, String contractId, ProviderType type, boolean newToInsurer,
                                  FactSheet sheet, LocalDate on) {
        return switch (policyId) {
            case "vgz-2027-geboortezorg" -> Vgz2027.contract(contractId, new Facts(sheet, "vgz"));
            case "salland-2027-geboortezorg" -> Salland2027.contract(contractId, new Facts(sheet, "salland"));
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------------------------------
    /** VGZ, Inkoopbeleid Geboortezorg 2027: open to new providers without cut-off, no tiers. */
    static final class Vgz2027 {

        static Verdict contract(String id, Facts f) {
            return switch (id) {
                case "geboortecentrum" -> geboortecentrum(f);
                case "addendum-lachgas" -> addendum(and(general(f),
                        f.containsAny("contracts_with_insurer", "GEBOORTECENTRUM"),
                        f.yes("nitrous_oxide_equipment_ce_marked")), geboortecentrum(f));
                case "kraamzorg" -> kraamzorg(f);
                case "addendum-kraamcentrum" -> addendum(and(general(f),
                        f.containsAny("contracts_with_insurer", "KRAAMZORG"),
                        f.yes("written_care_agreements_hospital_vsv"),
                        when(f.yes("is_new_facility"), and(f.yes("business_case_prepared"),
                                f.yes("business_case_approved_by_insurer")))), kraamzorg(f));
                case "addendum-toeslag-integrale-kraamzorg" -> addendum(and(general(f),
                        f.containsAny("contracts_with_insurer", "KRAAMZORG"),
                        f.yes("improvement_plan_complete"),
                        f.yes("improvement_plan_approved_by_insurer")), kraamzorg(f));
                case "igo" -> Verdict.of(and(general(f),
                        f.containsAll("igo_disciplines", "KRAAMZORG", "EERSTELIJNS_VERLOSKUNDE",
                                "TWEEDELIJNS_VERLOSKUNDE", "GYNAECOLOGIE", "ZIEKENHUIS"),
                        f.geFraction("adherentie_practices_joined", "adherentie_practices_total",
                                new BigDecimal("0.75"), 1),
                        f.yes("affiliated_providers_meet_discipline_requirements")));
                case "echoscopie" -> Verdict.of(and(general(f),
                        f.yes("sonographers_ben_registered"),
                        when(f.yes("performs_placenta_diagnostic_echo"), f.yes("prenatal_screening_centre_agreement")),
                        when(f.yes("performs_external_version"), f.yes("external_version_knov_registered")),
                        when(f.yes("performs_iud"), f.yes("iud_knov_registered")),
                        when(f.yes("performs_iud_position_ultrasound"), f.yes("iud_ultrasound_ben_registered"))));
                case "verloskunde" -> verloskunde(f);
                case "verloskundige-zorggroep" -> zorggroep(f);
                case "addendum-ctg" -> addendum(and(general(f),
                        f.containsAny("contracts_with_insurer", "VERLOSKUNDE", "VERLOSKUNDIGE_ZORGGROEP"),
                        f.yes("ctg_knov_registered"),
                        f.yes("follows_professional_guidelines"),
                        f.yes("ctg_agreements_vsv")), verloskunde(f), zorggroep(f));
                case "addendum-toeslag-beschikbaarheid" -> {
                    int region = f.in("zorgkantoorregio", "MIDDEN_BRABANT", "NOORD_EN_MIDDEN_LIMBURG",
                            "NOORDOOST_BRABANT", "MIDDEN_HOLLAND", "NOORD_HOLLAND_NOORD", "WAARDENLAND", "NIJMEGEN");
                    yield addendum(and(general(f),
                            f.containsAny("contracts_with_insurer", "VERLOSKUNDE", "VERLOSKUNDIGE_ZORGGROEP"),
                            f.yes("reduced_second_line_availability"),
                            when(region, f.yes("regional_solution_attempted_failed")),
                            when(region, f.yes("availability_surcharge_explanation_complete")),
                            when(region, f.lt("availability_surcharge_years_received", 3)),
                            when(not(region), f.yes("lead_insurer_availability_surcharge_agreement"))),
                            verloskunde(f), zorggroep(f));
                }
                default -> null;
            };
        }

        /** Minimum requirements for every provider. */
        static int general(Facts f) {
            return and(f.yes("wtza_compliant"),
                    f.yes("nza_transparency_compliant"),
                    f.yes("ubo_registered_vektis"),
                    f.no("igj_enhanced_supervision_or_measure"),
                    f.no("insolvent_or_ceased"),
                    f.yes("cooperates_with_insurer_investigations"),
                    f.no("serious_shortcomings_previous_contract"),
                    f.yes("integrity_screening_passed"),
                    f.no("tax_social_security_default_established"),
                    f.no("criminal_conviction_listed_offences"),
                    f.no("grave_professional_misconduct"),
                    f.no("anticompetitive_agreements"),
                    or(f.ge("compliance_info_available_years", 3),
                            f.geFraction("compliance_info_available_years", "years_in_business", BigDecimal.ONE, 1)));
        }

        static Verdict geboortecentrum(Facts f) {
            return Verdict.of(and(general(f),
                    f.yes("primary_midwife_natal_postnatal_year_round"),
                    f.yes("managed_by_primary_birth_care_provider"),
                    f.yes("independent_legal_entity_with_accounts"),
                    f.no("part_of_hospital"),
                    and(f.yes("droge_verbinding"), f.yes("hospital_provides_acute_obstetrics")),
                    f.yes("hospital_referral_care_agreements"),
                    f.yes("vsv_member"),
                    f.yes("midwives_knov_registered"),
                    when(f.yes("is_new_facility"), and(f.yes("business_case_with_vsv"),
                            f.yes("business_case_approved_by_insurer")))));
        }

        static Verdict kraamzorg(Facts f) {
            return Verdict.of(and(general(f),
                    f.containsAny("quality_certificates", "HKZ", "ISO_9001", "NEN_EN_15224"),
                    f.ge("kraamverzorgingen_per_year", 150),
                    f.yes("carers_registered_kckz"),
                    and(f.yes("vsv_member"), f.yes("ksv_member")),
                    f.yes("carers_individual_agb")));
        }

        /** The optional services a midwife practice or group may offer, each with its own condition. */
        static int midwiferyServices(Facts f) {
            return and(when(f.yes("performs_basic_ultrasound"), f.yes("sonographers_ben_registered")),
                    when(f.yes("performs_placenta_diagnostic_echo"), f.yes("prenatal_screening_centre_agreement")),
                    when(f.yes("performs_external_version"), f.yes("external_version_knov_registered")),
                    when(f.yes("performs_iud"), f.yes("iud_knov_registered")),
                    when(f.yes("provides_ipg"), f.yes("ipg_registered_centering")),
                    when(f.yes("performs_iud_position_ultrasound"), f.yes("iud_ultrasound_ben_registered")));
        }

        static Verdict verloskunde(Facts f) {
            return Verdict.of(and(general(f),
                    f.yes("midwives_knov_registered"),
                    f.yes("vsv_member"),
                    midwiferyServices(f)));
        }

        static Verdict zorggroep(Facts f) {
            return Verdict.of(and(general(f),
                    f.yes("midwives_knov_registered"),
                    f.yes("vsv_member"),
                    midwiferyServices(f),
                    f.yes("written_mandate_from_members"),
                    f.yes("zorggroep_practice_list_with_agb"),
                    f.yes("member_cooperation_agreements_documented")));
        }
    }

    // ------------------------------------------------------------------------------------------------------
    /** Salland, Zorginkoopbeleid Geboortezorg 2027: open to new providers, kraamzorg in tiers A and B. */
    static final class Salland2027 {

        static Verdict contract(String id, Facts f) {
            return switch (id) {
                case "verloskunde" -> verloskunde(f);
                case "echoscopie" -> Verdict.of(and(general(f),
                        or(f.yes("sonographers_ben_registered"), f.yes("basic_ultrasound_ben_or_knov_annotation"))));
                case "geboortecentrum" -> Verdict.of(and(general(f),
                        f.yes("droge_verbinding"),
                        f.yes("vsv_member"),
                        f.yes("hospital_agreements_obstetrics_paediatrics"),
                        f.yes("affiliated_providers_meet_discipline_requirements")));
                case "kraamzorg" -> kraamzorg(f);
                case "igo" -> Verdict.of(and(general(f),
                        f.yes("igo_is_legal_entity"),
                        f.yes("vsv_spiegel_completed"),
                        f.yes("igo_offers_full_integrated_care"),
                        f.yes("quote_with_required_contents"),
                        f.yes("schoning_agreement_with_hospital"),
                        f.yes("affiliated_providers_have_mono_contract"),
                        f.yes("open_admission_policy_with_quality_criteria"),
                        f.yes("works_with_vsv_integrated_care_pathways"),
                        and(f.yes("delivers_national_quality_indicators"),
                                f.yes("uses_indicator_results_in_quality_cycle")),
                        f.in("shared_care_record_status", "REALISED", "PLANNED"),
                        f.yes("continuity_of_care_guaranteed")));
                case "vsv" -> Verdict.of(M);
                case "addendum-ctg" -> addendum(and(f.yes("follows_ctg_professional_standard"),
                        f.yes("ctg_knov_registered")), verloskunde(f));
                case "addendum-ipg" -> addendum(f.yes("follows_knov_ipg_standards"), verloskunde(f));
                case "addendum-toeslag-beschikbaarheid" -> addendum(and(
                        and(f.yes("reduced_second_line_availability"), f.yes("extra_measures_acute_obstetric_care")),
                        f.yes("substantiated_surcharge_application")), verloskunde(f));
                case "addendum-tolk" -> addendum(and(f.yes("interpreter_use_per_framework"),
                        f.yes("uses_recognised_interpreters")), verloskunde(f), kraamzorg(f));
                case "addendum-ehealth-kraamzorg" -> addendum(and(
                        f.yes("digital_instruction_content_unchanged"),
                        f.yes("digital_instruction_indicated_per_protocol"),
                        f.yes("digital_instruction_within_indicated_hours"),
                        f.yes("digital_instruction_replaces_physical_hours"),
                        f.yes("digital_instruction_in_care_plan"),
                        f.yes("digital_instruction_content_kckz"),
                        when(f.yes("digital_instruction_via_film"), f.yes("digital_instruction_comprehension_check"))),
                        kraamzorg(f));
                case "addendum-maxmax-kraamzorg" -> addendum(f.yes("follows_ksv_agreements"), kraamzorg(f));
                default -> null;
            };
        }

        /** General requirements of the five main contracts. */
        static int general(Facts f) {
            return and(f.yes("complies_with_legislation"),
                    f.yes("follows_professional_guidelines"),
                    f.yes("declares_digitally_vecozo"),
                    f.yes("vecozo_zorginkoopportaal_access"),
                    when(f.yes("uses_ai"), f.yes("ai_meets_frameworks")));
        }

        static Verdict verloskunde(Facts f) {
            return Verdict.of(and(general(f),
                    f.yes("midwives_big_knov_registered"),
                    when(f.yes("performs_external_version"), f.yes("external_version_knov_registered")),
                    when(f.yes("performs_iud"), f.yes("iud_knov_registered")),
                    when(f.yes("performs_basic_ultrasound"), or(f.yes("sonographers_ben_registered"),
                            f.yes("basic_ultrasound_ben_or_knov_annotation"))),
                    when(f.yes("performs_iud_position_ultrasound"), f.yes("iud_ultrasound_ben_registered")),
                    when(f.yes("performs_ctg"), f.yes("ctg_knov_registered")),
                    f.yes("vsv_member"),
                    f.yes("works_with_vsv_integrated_care_pathways"),
                    f.yes("locum_arrangement_in_place")));
        }

        static Verdict kraamzorg(Facts f) {
            int knockOuts = and(general(f),
                    f.yes("carers_registered_kckz"),
                    f.yes("vsv_member"),
                    f.yes("ksv_member_all_in_work_area"),
                    f.yes("works_with_lip"),
                    f.yes("partus_assistance_24_7"),
                    and(f.yes("delivers_national_quality_indicators"), f.yes("uses_indicator_results_in_quality_cycle")),
                    or(f.yes("care_guarantee_indicated_hours"),
                            and(f.yes("capacity_problems_demonstrable"), f.yes("care_guarantee_minimum_hours"))),
                    f.yes("phone_available_24_7"),
                    f.containsAny("quality_certificates", "HKZ", "ISO_9001", "NEN_EN_15224"));
            int a = and(and(f.yes("sbb_recognised"),
                            or(f.geFraction("trainees_bbl_bol", "kraamverzorgenden_count", BigDecimal.ONE, 35),
                                    f.geFraction("trainees_bbl_czo_institute", "kraamverzorgenden_count", BigDecimal.ONE, 35))),
                    f.yes("training_plan_with_capacity"));
            return tiered(knockOuts, new String[] {"A", "B"}, new int[] {a, M});
        }
    }
}
