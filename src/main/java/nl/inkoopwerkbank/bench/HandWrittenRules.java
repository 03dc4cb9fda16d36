package nl.inkoopwerkbank.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * The benchmark's baseline: the knock-outs, tiers and new-provider cut-offs of the current policies listed in
 * {@link #POLICIES} written directly in Java, read off the policy files by hand: plain if/else over
 * a fact lookup, three-valued (met, not met, unknown while a fact is unanswered), without explanations,
 * traces or next steps. {@link EvaluationBenchmark} and its test check that every verdict equals the engine's.
 */
public final class HandWrittenRules {

    /** The policies written here, by id. */
    public static final List<String> POLICIES = List.of("vgz-2027-geboortezorg", "salland-2027-geboortezorg",
            "salland-2027-msz", "caresq-2027-geboortezorg", "zorgenzekerheid-2026-geboortezorg");

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

        /** {@code key >= ceil(other / divisor)}. */
        int geRoundedUp(String key, String other, long divisor) {
            BigDecimal n = num(key);
            BigDecimal o = num(other);
            if (n == null || o == null) {
                return U;
            }
            BigDecimal whole = o.divide(BigDecimal.valueOf(divisor), 0, java.math.RoundingMode.CEILING);
            return n.compareTo(whole) >= 0 ? M : N;
        }

        int leFact(String key, String other) {
            BigDecimal n = num(key);
            BigDecimal o = num(other);
            if (n == null || o == null) {
                return U;
            }
            return n.compareTo(o) <= 0 ? M : N;
        }

        int le(String key, long limit) {
            BigDecimal n = num(key);
            return n == null ? U : n.compareTo(BigDecimal.valueOf(limit)) <= 0 ? M : N;
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
            case "caresq-2027-geboortezorg" -> Caresq2027.contract(contractId, newToInsurer, new Facts(sheet, "caresq"), on);
            case "salland-2027-msz" -> SallandMsz2027.contract(contractId, newToInsurer, new Facts(sheet, "salland"), on);
            case "zorgenzekerheid-2026-geboortezorg" -> ZorgEnZekerheid2026.contract(contractId, newToInsurer,
                    new Facts(sheet, "zorgenzekerheid"), on);
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

    // ------------------------------------------------------------------------------------------------------
    /**
     * Salland, Inkoopbeleid Medisch-specialistische zorg 2027: one set of requirements for every contract, a few
     * per kind of institution; new providers register on or before 1 September 2026.
     */
    static final class SallandMsz2027 {

        static final LocalDate REGISTRATION_CUTOFF = LocalDate.of(2026, 9, 1);

        static Verdict contract(String id, boolean newToInsurer, Facts f, LocalDate on) {
            int own = switch (id) {
                case "ziekenhuis" -> and(dialysisOptions(f), transgenderCare(f),
                        when(f.yes("provides_emergency_care"), f.yes("meets_acute_care_timeliness_norms")),
                        f.yes("care_profile_matches_institution_role"));
                case "zbc" -> and(f.yes("backup_agreement_nearby_hospital"),
                        and(f.yes("peer_review_and_visitation"), f.yes("structural_peer_consultation")),
                        f.yes("low_complex_high_volume_care"),
                        f.le("max_asa_class_invasive", 2),
                        transgenderCare(f),
                        f.yes("care_profile_matches_institution_role"));
                case "dialysecentrum" -> and(f.containsAll("quality_certificates", "HKZ"), dialysisOptions(f));
                case "edc" -> and(f.yes("follows_lesa_rational_lab_requests"),
                        f.yes("patient_safety_own_responsibility"),
                        f.yes("access_and_result_times_assured"),
                        and(f.yes("electronic_lab_record"), f.yes("connected_to_zorgdomein")),
                        f.yes("rational_ordering_action_plan"));
                case "trombosedienst" -> f.yes("fnt_member");
                case "audiologisch-centrum" -> f.yes("follows_fenac_safety_policy");
                case "revalidatiecentrum" -> {
                    int imsr = f.yes("provides_imsr");
                    yield and(f.yes("promotes_shorter_rehab_trajectories"),
                            f.yes("applies_vra_quality_criteria"),
                            f.yes("applies_werkwijzer_msr"),
                            when(imsr, f.yes("imsr_guidelines_implemented")),
                            when(imsr, f.yes("imsr_patients_indicated_per_document")),
                            when(imsr, f.yes("imsr_reason_recorded")));
                }
                case "categorale-instelling" -> M;
                default -> -1;
            };
            if (own < 0) {
                return null;
            }
            if (newToInsurer && on.isAfter(REGISTRATION_CUTOFF)) {
                return new Verdict(Outcome.NOT_ELIGIBLE, null, false);
            }
            return Verdict.of(and(general(f), own));
        }

        static int dialysisOptions(Facts f) {
            return when(f.yes("provides_dialysis"), f.yes("informs_all_dialysis_options"));
        }

        static int transgenderCare(Facts f) {
            int provides = f.yes("provides_transgender_care");
            return and(when(provides, f.yes("transgender_care_network")), when(provides, f.yes("follows_wpath_standards")));
        }

        /** The requirements for every contract. */
        static int general(Facts f) {
            int quality = and(f.yes("complies_with_legislation"),
                    f.yes("vms_certified"),
                    or(f.containsAny("quality_certificates", "HKZ", "ISO_9001", "NEN_EN_15224"),
                            f.yes("healthcare_accreditation")),
                    f.yes("participates_mandatory_quality_registries"),
                    f.yes("shares_results_bo_kwaliteit"),
                    f.yes("prepares_registry_data_delivery_wkkgz"),
                    f.yes("implements_keuzenkamp_measures"),
                    f.yes("measures_patient_satisfaction_validated"),
                    f.yes("promotes_appropriate_use"),
                    f.yes("refers_patients_to_verified_reviews"),
                    and(f.yes("follows_professional_guidelines"), f.yes("meets_minimum_volume_quality_norms")),
                    and(f.yes("meets_igj_requirements"), f.yes("follows_zin_positions")),
                    and(f.yes("medical_staff_big_registered"), f.yes("specialists_registered_msrc")));
            int notContracted = f.no("contracted_by_insurer_current_year");
            int registeredInTime = when(notContracted, f.yes("applied_before_new_provider_deadline"));
            int addOn = f.yes("uses_addon_drugs");
            int coreRegion = f.yes("in_insurer_core_region");
            int additional = f.yes("requests_additional_purchase");
            return and(quality,
                    f.yes("conforms_to_policy_principles"),
                    f.yes("added_value_for_insured"),
                    f.yes("wtza_compliant"),
                    f.ge("fte_big_medical_specialists", 2),
                    f.ge("years_in_business", 2),
                    f.yes("vecozo_zorginkoopportaal_access"),
                    f.yes("declares_digitally_vecozo"),
                    f.yes("care_costs_proportionate_to_admin_burden"),
                    f.yes("established_in_netherlands"),
                    registeredInTime,
                    when(f.yes("care_below_norm_detected"), and(f.yes("norm_deviation_reported_with_plan"),
                            f.yes("norm_deviation_resolved_or_care_transferred"))),
                    when(f.yes("provides_emergency_care"), f.yes("meets_kwaliteitskader_spoedzorgketen")),
                    f.yes("explains_strategy_regional_tasks"),
                    when(and(f.yes("leads_regional_transition"), f.yes("strategic_policy_requested_by_insurer")),
                            f.yes("strategic_policy_shared_by_deadline")),
                    f.yes("integrates_migrant_worker_access_principles"),
                    f.yes("within_access_time_norms"),
                    f.yes("follows_nza_waiting_time_rules"),
                    f.yes("publishes_current_waiting_times"),
                    f.yes("informs_about_waiting_list_mediation"),
                    f.yes("implements_shared_decision_making"),
                    f.yes("provides_understandable_patient_information"),
                    when(f.yes("proposes_care_redesign_initiative"), f.yes("care_redesign_budget_neutral_scalable")),
                    when(addOn, f.yes("appropriate_use_expensive_drugs")),
                    when(addOn, f.yes("drug_committee_advice_before_addon")),
                    f.yes("applies_labour_saving_technology"),
                    f.yes("adopts_national_data_exchange_standards"),
                    when(coreRegion, f.yes("mental_health_referral_agreements")),
                    when(coreRegion, f.yes("informal_carer_support_shown")),
                    when(f.yes("uses_ai"), f.yes("ai_meets_frameworks")),
                    f.yes("spreads_care_within_volume_agreements"),
                    when(and(f.yes("insurer_substantial_market_share"), f.yes("price_or_managed_agreement")),
                            f.yes("quarterly_volume_forecasts_vecozo")),
                    when(additional, f.yes("additional_purchase_request_before_deadline")),
                    when(additional, f.yes("production_and_forecasts_shared")),
                    when(additional, f.yes("unforeseen_change_in_circumstances")),
                    f.yes("no_separate_claims_mutual_services"),
                    f.no("insurer_has_sufficient_contracted_care"),
                    f.no("provides_care_abroad"),
                    f.no("improper_care_found_by_insurer"),
                    f.no("fraud_investigation_by_insurer"),
                    f.no("listed_in_evr"),
                    f.no("negative_statements_about_insurer"),
                    f.no("improper_care_found_by_authority"),
                    when(notContracted, registeredInTime));
        }
    }

    // ------------------------------------------------------------------------------------------------------
    /**
     * CareSQ, Inkoopbeleid Geboortezorg 2027: kraamzorg in tiers A (training and KSV), B (one of them) and C;
     * new IGO's apply on or before 1 October 2026.
     */
    static final class Caresq2027 {

        static final LocalDate IGO_CUTOFF = LocalDate.of(2026, 10, 1);

        static Verdict contract(String id, boolean newToInsurer, Facts f, LocalDate on) {
            return switch (id) {
                case "verloskunde" -> verloskunde(f);
                case "echoscopie" -> Verdict.of(and(general(f), registered(f),
                        f.yes("works_with_lip"),
                        f.yes("sonographers_ben_registered"),
                        f.yes("meets_prenatal_screening_quality_requirements"),
                        f.yes("participates_perined"),
                        f.yes("participates_perinatal_audit"),
                        f.yes("phone_available_office_hours"),
                        f.yes("declares_digitally_vecozo"),
                        f.yes("pursues_zn_digitalisation_goals"),
                        f.yes("uses_digital_care")));
                case "geboortecentrum" -> Verdict.of(and(general(f), registered(f),
                        f.yes("droge_verbinding"),
                        f.yes("cooperation_agreements_with_partners"),
                        f.yes("admits_from_2_3_cm_dilation"),
                        f.yes("individual_guidance_during_birth"),
                        f.yes("phone_available_office_hours"),
                        f.yes("declares_digitally_vecozo"),
                        f.yes("pursues_zn_digitalisation_goals"),
                        f.yes("uses_digital_care"),
                        when(f.yes("offers_ligdagen"), kraamBasics(f)),
                        when(f.yes("offers_nitrous_oxide"), f.yes("meets_nitrous_oxide_conditions"))));
                case "kraamzorg" -> {
                    int knockOuts = and(general(f), kraamBasics(f), careStandards(f));
                    int training = and(or(f.yes("sbb_recognised"), f.yes("trainees_in_branch_recognised_training")),
                            f.ge("training_places", 1),
                            f.geRoundedUp("training_places", "fte_kraamverzorgenden", 20));
                    int ksv = f.yes("ksv_member");
                    int a = and(training, ksv, and(training, ksv));
                    int b = or(training, ksv);
                    yield tiered(knockOuts, new String[] {"A", "B", "C"}, new int[] {a, b, M});
                }
                case "kraamzorg-bemiddeling" -> Verdict.of(and(general(f), careStandards(f),
                        or(f.yes("bo_geboortezorg_member"), f.yes("meets_bo_geboortezorg_membership_requirements")),
                        f.yes("vsv_member_all_in_work_area"),
                        f.containsAny("quality_certificates", "HKZ", "ISO_9001", "NEN_EN_15224"),
                        f.yes("works_with_lip"),
                        f.le("carers_employed_pct", 50),
                        f.yes("carers_individual_agb"),
                        f.yes("phone_available_office_hours"),
                        f.yes("partus_assistance_24_7"),
                        f.yes("declares_digitally_vecozo"),
                        f.yes("postcode_work_area_registered_vektis"),
                        f.yes("accepts_all_requests_in_work_area"),
                        f.yes("follows_ksv_agreements"),
                        f.yes("pursues_zn_digitalisation_goals"),
                        f.yes("uses_digital_care")));
                case "addendum-verminderde-beschikbaarheid" -> addendum(and(general(f),
                        f.yes("lead_insurer_availability_surcharge_agreement")), verloskunde(f));
                case "igo" -> {
                    if (newToInsurer && on.isAfter(IGO_CUTOFF)) {
                        yield new Verdict(Outcome.NOT_ELIGIBLE, null, false);
                    }
                    yield Verdict.of(and(general(f),
                            f.yes("lead_insurer_integral_agreement"),
                            f.yes("igo_formed_by_regional_providers"),
                            f.containsAll("igo_disciplines", "EERSTELIJNS_VERLOSKUNDE", "TWEEDELIJNS_VERLOSKUNDE",
                                    "KRAAMZORG", "GYNAECOLOGIE", "ZIEKENHUIS"),
                            f.yes("affiliated_providers_meet_discipline_requirements"),
                            f.yes("follows_zorgstandaard_integrale_geboortezorg"),
                            f.in("shared_care_record_status", "REALISED", "PLANNED", "INTENDED"),
                            f.leFact("igo_cost_per_birth", "mono_cost_per_birth"),
                            f.yes("schoning_agreement_with_hospital"),
                            f.yes("declares_digitally_vecozo"),
                            f.yes("pursues_zn_digitalisation_goals"),
                            f.yes("uses_digital_care")));
                }
                default -> null;
            };
        }

        /** For every contract. */
        static int general(Facts f) {
            return and(f.yes("complies_with_legislation"),
                    f.yes("follows_professional_guidelines"),
                    f.no("integrity_concerns"),
                    when(f.no("received_contract_offer"), f.yes("added_value_for_insured")));
        }

        /** Midwives, ultrasound and birth centres: registered at Vektis and in VECOZO. */
        static int registered(Facts f) {
            return and(f.yes("agb_registered_vektis"), f.yes("vecozo_zorginkoopportaal_access"));
        }

        /** The kraamzorg requirements (a birth centre offering ligdagen meets them too). */
        static int kraamBasics(Facts f) {
            return and(or(f.yes("bo_geboortezorg_member"), f.yes("meets_bo_geboortezorg_membership_requirements")),
                    f.yes("vsv_member_all_in_work_area"),
                    f.containsAny("quality_certificates", "HKZ", "ISO_9001", "NEN_EN_15224"),
                    f.yes("works_with_lip"),
                    f.ge("carers_employed_pct", 50),
                    f.yes("phone_available_office_hours"),
                    f.yes("partus_assistance_24_7"),
                    f.yes("declares_digitally_vecozo"),
                    f.yes("postcode_work_area_registered_vektis"),
                    f.yes("accepts_all_requests_in_work_area"),
                    f.yes("pursues_zn_digitalisation_goals"),
                    f.yes("uses_digital_care"));
        }

        /** Kraamzorg and mediation: the standards framework and at least 24 hours. */
        static int careStandards(Facts f) {
            return and(f.yes("follows_normenkader_kraamzorg"), f.ge("guaranteed_min_kraamzorg_hours", 24));
        }

        static Verdict verloskunde(Facts f) {
            int ctg = f.yes("performs_ctg");
            return Verdict.of(and(general(f), registered(f),
                    f.yes("works_with_lip"),
                    f.yes("uses_verloskundig_vademecum"),
                    f.yes("midwives_knov_registered"),
                    when(f.yes("performs_external_version"), f.yes("external_version_knov_registered")),
                    when(f.yes("performs_iud"), f.yes("iud_knov_registered")),
                    when(f.yes("performs_basic_ultrasound"), f.yes("sonographers_ben_registered")),
                    when(ctg, f.yes("ctg_knov_registered")),
                    when(ctg, f.yes("ctg_agreements_vsv")),
                    when(ctg, f.yes("meets_ctg_training_requirements")),
                    when(f.yes("provides_ipg"), f.yes("ipg_registered_centering")),
                    f.yes("participates_perined"),
                    f.yes("participates_perinatal_audit"),
                    f.yes("vsv_member"),
                    f.yes("phone_available_office_hours"),
                    f.yes("phone_available_24_7"),
                    f.yes("declares_digitally_vecozo"),
                    f.yes("pursues_zn_digitalisation_goals"),
                    f.yes("uses_digital_care")));
        }
    }
    // ------------------------------------------------------------------------------------------------------
    /**
     * Zorg en Zekerheid, Zorginkoopbeleid geboortezorg 2026: no general knock-outs (the general requirements are
     * information only), kraamzorg in tiers individueel / A / B, new midwife groups had to apply before
     * 1 September 2025.
     */
    static final class ZorgEnZekerheid2026 {

        /** Applications for a zorggroep contract: before 1 September 2025, so 31 August is the last day. */
        static final LocalDate ZORGGROEP_LAST_DAY = LocalDate.of(2025, 8, 31);

        static Verdict contract(String id, boolean newToInsurer, Facts f, LocalDate on) {
            return switch (id) {
                case "verloskunde" -> verloskunde(f);
                case "verloskundige-zorggroep" -> {
                    if (newToInsurer && on.isAfter(ZORGGROEP_LAST_DAY)) {
                        yield new Verdict(Outcome.NOT_ELIGIBLE, null, false);
                    }
                    int mandate = f.yes("written_mandate_from_members");
                    yield Verdict.of(and(and(f.yes("registered_legal_entity_kvk"), mandate),
                            and(f.yes("agb_registered_vektis"), f.yes("member_practices_registered_vektis")),
                            f.ge("member_midwifery_practices", 3),
                            f.yes("open_admission_policy"),
                            f.yes("cooperation_discussed_with_vsv"),
                            mandate,
                            f.yes("member_practices_meet_quality_requirements"),
                            f.yes("member_cooperation_agreements_documented"),
                            f.yes("locum_arrangement_in_place"),
                            f.yes("shares_indicator_mirror_information"),
                            f.yes("smart_quality_goals_plan"),
                            f.yes("cooperation_improves_quality"),
                            f.yes("cooperation_cost_neutral"),
                            when(f.yes("shifts_care_second_to_first_line"), f.yes("business_plan_for_care_shift")),
                            and(f.yes("member_practices_list_submitted"), mandate,
                                    f.yes("member_cooperation_agreements_documented"), f.yes("smart_quality_goals_plan"))));
                }
                case "echoscopie" -> Verdict.of(f.yes("sonographers_ben_registered"));
                case "kraamzorg" -> {
                    int knockOuts = and(kraamAndPlatform(f), kraamBasics(f),
                            f.yes("meets_bo_geboortezorg_membership_requirements"));
                    int a = and(f.geFraction("trainees_bbl_or_academy_employed", "fte_kraamverzorgenden",
                            BigDecimal.ONE, 20), f.yes("training_plan_with_required_contents"));
                    int individual = and(a, f.ge("revenue_with_insurer", 250_000));
                    yield tiered(knockOuts, new String[] {"individueel", "A", "B"}, new int[] {individual, a, M});
                }
                case "kraamzorg-bemiddelingsplatform" -> Verdict.of(and(kraamAndPlatform(f),
                        f.lt("care_hours_employed_pct", 70),
                        f.yes("meets_bo_geboortezorg_membership_requirements"),
                        f.containsAny("quality_certificates", "HKZ", "NEN_EN_15224"),
                        and(f.yes("carers_registered_kckz"), f.ge("carers_kckz_registered_min_years", 2)),
                        and(f.yes("ksv_member"), f.yes("follows_ksv_agreements")),
                        f.yes("locum_arrangement_in_place"),
                        f.yes("adequate_phone_availability"),
                        f.yes("works_with_lip"),
                        f.yes("partus_assistance_adequately_organised")));
                case "geboortecentrum" -> Verdict.of(and(f.yes("droge_verbinding"),
                        f.yes("hospital_agreements_obstetrics_paediatrics"),
                        f.yes("agreements_with_kraamzorg_providers"),
                        f.yes("vsv_member"),
                        f.yes("follows_vsv_agreements"),
                        f.yes("admits_from_2_3_cm_dilation"),
                        f.yes("one_to_one_guidance_until_2h_after_placenta"),
                        when(f.no("ligdagen_contracted"), f.le("max_stay_hours_birth_centre", 24)),
                        f.yes("works_with_lip"),
                        f.yes("adequate_phone_availability"),
                        when(f.yes("offers_ligdagen"), kraamBasics(f))));
                case "igo" -> Verdict.of(and(and(f.yes("registered_legal_entity_kvk"),
                                f.yes("written_mandate_from_members")),
                        f.yes("quote_in_insurer_format"),
                        f.yes("quote_budget_in_insurer_format"),
                        f.yes("igo_budget_neutral"),
                        f.yes("schoning_agreement_with_hospital"),
                        f.yes("applies_monodisciplinary_quality_requirements"),
                        f.yes("open_admission_policy"),
                        f.yes("outcomes_transparency_method"),
                        and(f.ge("member_midwifery_practices", 2), f.ge("member_hospitals", 1),
                                f.ge("member_kraamzorg_providers", 1)),
                        f.containsAll("igo_board_disciplines", "KRAAMZORG", "VERLOSKUNDE", "ZIEKENHUIS"),
                        f.yes("follows_integral_funding_guideline")));
                case "addendum-toeslag-beschikbaarheid" -> addendum(and(f.yes("regional_solution_attempted_failed"),
                        f.yes("additional_first_line_measures_described"),
                        f.yes("acute_second_line_obstetrics_lost"),
                        f.yes("travel_distance_rivm_documented"),
                        f.yes("reduced_second_line_availability"),
                        f.no("adherentie_area_overlap"),
                        f.yes("surcharge_budget_specified"),
                        f.leFact("second_line_surcharge_requested_pct", "nza_max_second_line_surcharge_pct")),
                        verloskunde(f));
                default -> null;
            };
        }

        static Verdict verloskunde(Facts f) {
            int ctg = f.yes("performs_ctg");
            int iud = f.yes("performs_iud");
            int implant = f.yes("performs_contraceptive_implant");
            return Verdict.of(and(f.yes("midwives_big_knov_registered"),
                    f.yes("works_with_lip"),
                    f.yes("follows_professional_guidelines"),
                    f.yes("participates_perined"),
                    f.yes("delivers_national_quality_indicators"),
                    f.yes("participates_perinatal_audit"),
                    when(or(iud, implant), and(or(f.no("performs_iud"), f.yes("iud_knov_registered")),
                            or(f.no("performs_contraceptive_implant"), f.yes("contraceptive_implant_knov_registered")))),
                    when(or(f.yes("performs_basic_ultrasound"), f.yes("performs_iud_position_ultrasound")),
                            f.yes("sonographers_ben_registered")),
                    when(f.yes("provides_ipg"), f.yes("ipg_registered_centering")),
                    when(f.yes("performs_external_version"), f.yes("external_version_knov_registered")),
                    when(ctg, and(f.yes("ctg_agreements_vsv"), f.yes("follows_ctg_professional_standard"),
                            f.yes("ctg_knov_registered"))),
                    when(ctg, f.yes("ctg_agreements_submitted_to_insurer")),
                    f.yes("adequate_practice_facilities"),
                    f.yes("vsv_member"),
                    f.yes("follows_vsv_agreements"),
                    f.yes("locum_arrangement_in_place"),
                    f.yes("adequate_phone_availability")));
        }

        /** The kraamzorg requirements a birth centre with ligdagen meets too (all but the BO membership). */
        static int kraamBasics(Facts f) {
            return and(f.no("is_zzp"),
                    f.ge("care_hours_employed_pct", 70),
                    f.containsAny("quality_certificates", "HKZ", "NEN_EN_15224"),
                    f.yes("works_with_lip"),
                    f.yes("delivers_all_kraamzorg_aspects_incl_partus"),
                    f.yes("meets_basiskwaliteitseisen_kraamzorg"),
                    and(f.yes("delivers_national_quality_indicators"), f.yes("uses_indicator_results_in_quality_cycle")),
                    f.yes("care_guarantee_before_week_20"),
                    f.yes("adequate_phone_availability"),
                    f.yes("meets_intern_deployment_requirements"),
                    f.le("target_max_carers_per_family", 2),
                    f.yes("carers_registered_kckz"),
                    f.yes("vsv_member"),
                    f.yes("follows_vsv_agreements"),
                    f.yes("uses_bo_geboortezorg_delivery_terms"));
        }

        /** Shared by kraamzorg and the mediation platform: AGB, work area and digital instruction. */
        static int kraamAndPlatform(Facts f) {
            int digital = f.yes("declares_digital_instruction");
            return and(f.yes("declares_personal_agb_non_employed_carers"),
                    f.yes("postcode_work_area_registered_vektis"),
                    when(digital, f.yes("digital_instruction_equal_quality")),
                    when(digital, f.yes("digital_instruction_client_consent")),
                    when(digital, f.yes("works_with_lip")),
                    when(digital, f.yes("digital_instruction_content_kckz")),
                    when(digital, f.yes("digital_instruction_comprehension_check")),
                    when(digital, and(f.le("digital_instruction_max_replaced_hours", 6),
                            f.yes("digital_instruction_within_indicated_hours"))),
                    when(digital, f.ge("guaranteed_min_kraamzorg_hours", 24)),
                    when(digital, f.yes("digital_instruction_privacy_compliant")),
                    when(digital, f.yes("video_instruction_by_qualified_staff")));
        }
    }
}
