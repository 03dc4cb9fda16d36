package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.content;
import static nl.inkoopwerkbank.quote.QuoteData.igo;
import static nl.inkoopwerkbank.quote.QuoteData.line;
import static nl.inkoopwerkbank.quote.QuoteData.participant;
import static nl.inkoopwerkbank.quote.QuoteData.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.assessment.Bundled;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.Completeness;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteFacts;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;

/** The checklist facts a round answers, against the real fact catalogue. */
class QuoteFactsTest {

    static List<FactAnswer> derive(Policy p, QuoteRound r) {
        QuoteContent c = r.content();
        QuoteFigures f = QuoteFigures.of(c);
        return QuoteFacts.derive(Bundled.FACTS, p.insurer().id(), r, f, BudgetNeutrality.of(c, f),
                Completeness.of(p, c), "Offerte ronde " + r.number());
    }

    static List<FactAnswer> derive(String policyId, QuoteContent c) {
        return derive(policy(policyId), igo(1, "2026-08-20", "2026-08-21", c));
    }

    static Map<String, FactValue> values(List<FactAnswer> answers) {
        return answers.stream().collect(Collectors.toMap(FactAnswer::factKey, FactAnswer::value, (a, b) -> {
            throw new AssertionError("fact answered twice");
        }, java.util.LinkedHashMap::new));
    }

    static Optional<FactValue> value(List<FactAnswer> answers, String key) {
        return Optional.ofNullable(values(answers).get(key));
    }

    static void assertNumber(String expected, FactValue v) {
        assertEquals(0, new BigDecimal(expected).compareTo(v.asNumber()), "expected " + expected + ", got " + v.asNumber());
    }

    @Test
    void fullQuoteAnswersEveryFact() {
        // Salland's one "other" item confirmed by the buyer: the quote is complete
        List<FactAnswer> answers = derive(QuoteData.SALLAND, QuoteData.full().toBuilder().confirm("sal-gz.q.inhoudelijke-toelichting").build());
        Map<String, FactValue> v = values(answers);
        assertEquals(List.of("member_midwifery_practices", "member_hospitals", "member_kraamzorg_providers",
                "igo_disciplines", "igo_board_disciplines", "adherentie_practices_joined", "adherentie_practices_total",
                "registered_legal_entity_kvk", "written_mandate_from_members", "igo_cost_per_birth", "mono_cost_per_birth",
                "igo_budget_neutral", "igo_integral_budget", "mono_birth_care_costs", "schoning_agreement_with_hospital",
                "quote_with_required_contents"), List.copyOf(v.keySet()));
        assertEquals(QuoteFacts.KEYS, new LinkedHashSet<>(v.keySet()), "every fact a quote can answer");

        assertNumber("2", v.get("member_midwifery_practices"));
        assertNumber("1", v.get("member_hospitals"));
        assertNumber("1", v.get("member_kraamzorg_providers"));
        // enum order; no ECHOSCOPIE or KINDERGENEESKUNDE participant
        assertEquals(List.of("EERSTELIJNS_VERLOSKUNDE", "TWEEDELIJNS_VERLOSKUNDE", "KRAAMZORG", "GYNAECOLOGIE", "ZIEKENHUIS"),
                v.get("igo_disciplines").asList());
        assertEquals(List.of("VERLOSKUNDE", "KRAAMZORG", "ZIEKENHUIS"), v.get("igo_board_disciplines").asList());
        assertNumber("6", v.get("adherentie_practices_joined"));
        assertNumber("8", v.get("adherentie_practices_total"));
        assertEquals(true, v.get("registered_legal_entity_kvk").asBoolean());
        assertEquals(true, v.get("written_mandate_from_members").asBoolean());
        assertNumber("4912.82", v.get("igo_cost_per_birth"));
        assertEquals(FactType.MONEY, v.get("igo_cost_per_birth").type());
        assertNumber("5000.00", v.get("mono_cost_per_birth"));
        assertEquals(true, v.get("igo_budget_neutral").asBoolean());
        assertNumber("460822.22", v.get("igo_integral_budget"));
        // 5000.00 x (400 x 23.45 / 100 = 93.8 births) = 469000.00
        assertNumber("469000.00", v.get("mono_birth_care_costs"));
        assertEquals(true, v.get("schoning_agreement_with_hospital").asBoolean());
        assertEquals(true, v.get("quote_with_required_contents").asBoolean());
        // without the confirmation nothing is missing, only unconfirmed: no answer rather than a guess
        assertFalse(values(derive(QuoteData.SALLAND, QuoteData.full())).containsKey("quote_with_required_contents"));
    }

    @Test
    void evidenceNamesTheRound() {
        QuoteRound r = igo(2, "2026-08-20", "2026-08-21", QuoteData.full());
        for (FactAnswer a : derive(policy(QuoteData.SALLAND), r)) {
            assertEquals(new Evidence("Offerte ronde 2", LocalDate.of(2026, 8, 21), "J. de Vries"), a.evidence(), a.factKey());
            assertEquals(Instant.EPOCH, a.answeredAt());
        }
        // without a receipt date the document's date is the check date
        QuoteRound undated = igo(1, "2026-08-20", null, QuoteData.full());
        assertEquals(LocalDate.of(2026, 8, 20), derive(policy(QuoteData.SALLAND), undated).get(0).evidence().checkedOn());
    }

    @ParameterizedTest(name = "{0}: insurer-scoped facts for {1}")
    @CsvSource({
            "salland-2027-geboortezorg,         salland",
            "caresq-2027-geboortezorg,          caresq",
            "vgz-2027-geboortezorg,             vgz",
            "zorgenzekerheid-2026-geboortezorg, zorgenzekerheid",
    })
    void insurerScopedFactsCarryThePolicysInsurer(String policyId, String insurer) {
        Set<String> scoped = Set.of("igo_integral_budget", "mono_birth_care_costs", "quote_with_required_contents");
        QuoteContent.Builder b = QuoteData.full().toBuilder();
        policy(policyId).quoteContents().stream().filter(i -> i.item().equals("other")).forEach(i -> b.confirm(i.id()));
        List<FactAnswer> answers = derive(policyId, b.build());
        assertEquals(16, answers.size());
        for (FactAnswer a : answers) {
            assertEquals(scoped.contains(a.factKey()) ? insurer : "", a.insurerId(), a.factKey());
            assertEquals(scoped.contains(a.factKey()), Bundled.FACTS.find(a.factKey()).orElseThrow().insurerScoped());
        }
    }

    @ParameterizedTest(name = "schoning {0} -> {1}")
    @CsvSource({"AGREED, true", "IN_NEGOTIATION, false", "NONE, false", "-, -"})
    void schoningStatus(String status, String expected) {
        SchoningStatus s = status.equals("-") ? null : SchoningStatus.valueOf(status);
        QuoteContent c = QuoteContent.builder().schoning(new Schoning("Ziekenhuis", null, "", s, "")).build();
        Optional<FactValue> v = value(derive(QuoteData.CARESQ, c), "schoning_agreement_with_hospital");
        if (expected.equals("-")) {
            assertTrue(v.isEmpty());
        } else {
            assertEquals(Boolean.valueOf(expected), v.orElseThrow().asBoolean());
        }
    }

    @ParameterizedTest(name = "{0} with KvK ''{1}'' -> {2}")
    @CsvSource({
            "STICHTING,                 12345678, true",
            "COOPERATIE,                12345678, true",
            "BV,                        12345678, true",
            "VERENIGING,                12345678, true",
            "STICHTING,                 '',       -",       // a legal entity, but not shown to be registered
            "BV,                        '',       -",
            "SAMENWERKINGSOVEREENKOMST, '',       false",   // no legal entity at all
            "SAMENWERKINGSOVEREENKOMST, 12345678, false",
            "-,                         12345678, -",
    })
    void legalForm(String form, String kvk, String expected) {
        LegalForm f = form.equals("-") ? null : LegalForm.valueOf(form);
        QuoteContent c = QuoteContent.builder().legalForm(f).kvkNumber(kvk).build();
        Optional<FactValue> v = value(derive(QuoteData.ZZ, c), "registered_legal_entity_kvk");
        if (expected.equals("-")) {
            assertTrue(v.isEmpty());
        } else {
            assertEquals(Boolean.valueOf(expected), v.orElseThrow().asBoolean());
        }
    }

    @ParameterizedTest(name = "participants {0}")
    @CsvSource(delimiter = '|', value = {
            // participants (disciplines) | practices | hospitals | kraamzorg | igo_disciplines
            "EERSTELIJNS_VERLOSKUNDE                                 | 1 | 0 | 0 | EERSTELIJNS_VERLOSKUNDE",
            "OVERIG                                                  | 0 | 0 | 0 | ",
            "ZIEKENHUIS,KRAAMZORG,KRAAMZORG,OVERIG                   | 0 | 1 | 2 | KRAAMZORG,ZIEKENHUIS",
            "KINDERGENEESKUNDE,ECHOSCOPIE,TWEEDELIJNS_VERLOSKUNDE    | 0 | 0 | 0 | TWEEDELIJNS_VERLOSKUNDE,ECHOSCOPIE,KINDERGENEESKUNDE",
            "EERSTELIJNS_VERLOSKUNDE,EERSTELIJNS_VERLOSKUNDE,EERSTELIJNS_VERLOSKUNDE,ZIEKENHUIS,ZIEKENHUIS | 3 | 2 | 0 | EERSTELIJNS_VERLOSKUNDE,ZIEKENHUIS",
    })
    void participantsAndDisciplines(String disciplines, int practices, int hospitals, int kraam, String list) {
        QuoteContent.Builder b = QuoteContent.builder();
        int i = 0;
        for (String d : disciplines.split(",")) {
            b.participant(participant("Deelnemer " + ++i, Discipline.valueOf(d.strip())));
        }
        Map<String, FactValue> v = values(derive(QuoteData.ZZ, b.build()));
        assertNumber(String.valueOf(practices), v.get("member_midwifery_practices"));
        assertNumber(String.valueOf(hospitals), v.get("member_hospitals"));
        assertNumber(String.valueOf(kraam), v.get("member_kraamzorg_providers"));
        assertEquals(list == null ? List.of() : List.of(list.split(",")), v.get("igo_disciplines").asList());
    }

    @Test
    void noParticipantsNoBoardNoAdherenceAnswerNothing() {
        List<FactAnswer> answers = derive(QuoteData.ZZ, QuoteContent.EMPTY);
        // an empty quote against Z&Z: its two items are "other" and unconfirmed, so not even "required contents"
        assertEquals(List.of(), answers.stream().map(FactAnswer::factKey).toList());
    }

    @Test
    void boardDisciplinesInEnumOrderWithoutDuplicates() {
        QuoteContent c = QuoteContent.builder().boardMember(new BoardMember("x", BoardDiscipline.OVERIG))
                .boardMember(new BoardMember("y", BoardDiscipline.ZIEKENHUIS))
                .boardMember(new BoardMember("z", BoardDiscipline.ZIEKENHUIS))
                .boardMember(new BoardMember("w", BoardDiscipline.GYNAECOLOGIE)).build();
        assertEquals(List.of("ZIEKENHUIS", "GYNAECOLOGIE", "OVERIG"),
                value(derive(QuoteData.ZZ, c), "igo_board_disciplines").orElseThrow().asList());
    }

    @Test
    void adherenceAnsweredPartByPart() {
        Map<String, FactValue> v = values(derive(QuoteData.VGZ, QuoteContent.builder().adherence(5, null).build()));
        assertNumber("5", v.get("adherentie_practices_joined"));
        assertFalse(v.containsKey("adherentie_practices_total"));
    }

    @Test
    void mandatesNoIsAnAnswer() {
        assertEquals(false, value(derive(QuoteData.ZZ, QuoteContent.builder().mandatesInWriting(false).build()),
                "written_mandate_from_members").orElseThrow().asBoolean());
        assertTrue(value(derive(QuoteData.ZZ, QuoteContent.EMPTY), "written_mandate_from_members").isEmpty());
    }

    @Test
    void incompleteTotalsAnswerNoCostFacts() {
        // line B without volume: no integral cost, no verdict, no integral budget; the mono side is still known
        QuoteContent c = QuoteData.full().toBuilder().tariffLine(line("B", "10.00", "0", "-")).build();
        Map<String, FactValue> v = values(derive(QuoteData.SALLAND, c));
        assertFalse(v.containsKey("igo_cost_per_birth"));
        assertFalse(v.containsKey("igo_budget_neutral"));
        assertFalse(v.containsKey("igo_integral_budget"));
        assertFalse(v.containsKey("mono_birth_care_costs"));
        assertNumber("5000.00", v.get("mono_cost_per_birth"));
    }

    @Test
    void withoutMarketShareNoInsurerBudget() {
        Map<String, FactValue> v = values(derive(QuoteData.SALLAND, QuoteData.full().toBuilder().marketSharePct(null).build()));
        assertFalse(v.containsKey("igo_integral_budget"));
        assertFalse(v.containsKey("mono_birth_care_costs"));
        assertNumber("4912.82", v.get("igo_cost_per_birth"));
        assertEquals(true, v.get("igo_budget_neutral").asBoolean());
    }

    @Test
    void budgetAboveMonoIsNotNeutral() {
        QuoteContent c = QuoteData.full().toBuilder().monoReference(new MonoReference(bd("4912.81"), List.of())).build();
        assertEquals(false, value(derive(QuoteData.ZZ, c), "igo_budget_neutral").orElseThrow().asBoolean());
    }

    /**
     * Salland's calculation "integral budget minus the same care paid mono" must be 0 for an IGO
     * that costs exactly the mono amount per birth. 333 births at 23.40% are 77.922 insurer births
     * (77.9 when shown to one decimal):
     * <pre>
     * integral budget  = 4000.00 x 333 = 1332000.00 x 23.40 / 100        = 311688.00
     * mono costs       = 4000.00 x 77.922                                = 311688.00
     * (with the displayed 77.9 births it would be 4000.00 x 77.9 = 311600.00: 88 euros "above")
     * </pre>
     */
    @Test
    void monoCostsUseTheExactInsurerBirthsNotTheDisplayedOnes() {
        QuoteContent c = content(line("IGO", "4000.00", "0", "333")).totalVolume(bd("333")).marketSharePct(bd("23.40"))
                .monoReference(new MonoReference(bd("4000.00"), List.of())).build();
        assertEquals(bd("77.9"), QuoteFigures.of(c).insurerBirths());
        Map<String, FactValue> v = values(derive(QuoteData.SALLAND, c));
        assertEquals(true, v.get("igo_budget_neutral").asBoolean());
        assertNumber("311688.00", v.get("igo_integral_budget"));
        assertNumber("311688.00", v.get("mono_birth_care_costs"));
    }

    @Test
    void completenessWithoutItemsAnswersNothing() {
        QuoteRound r = igo(1, "2026-08-20", null, QuoteData.full());
        QuoteFigures f = QuoteFigures.of(r.content());
        BudgetNeutrality n = BudgetNeutrality.of(r.content(), f);
        List<FactAnswer> none = QuoteFacts.derive(Bundled.FACTS, "x", r, f, n, null, "s");
        List<FactAnswer> empty = QuoteFacts.derive(Bundled.FACTS, "x", r, f, n, new Completeness(List.of()), "s");
        for (List<FactAnswer> answers : List.of(none, empty)) {
            assertEquals(15, answers.size());
            assertFalse(values(answers).containsKey("quote_with_required_contents"));
        }
    }

    @Test
    void factsTheCatalogueLacksAreLeftOut() {
        FactCatalog only = new FactCatalog(List.of(Bundled.FACTS.find("member_hospitals").orElseThrow(),
                Bundled.FACTS.find("igo_integral_budget").orElseThrow()));
        QuoteRound r = igo(1, "2026-08-20", null, QuoteData.full());
        QuoteFigures f = QuoteFigures.of(r.content());
        List<FactAnswer> answers = QuoteFacts.derive(only, "vgz", r, f, BudgetNeutrality.of(r.content(), f), null, "s");
        assertEquals(List.of("member_hospitals", "igo_integral_budget"), answers.stream().map(FactAnswer::factKey).toList());
        assertEquals(List.of("", "vgz"), answers.stream().map(FactAnswer::insurerId).toList());
    }

    @Test
    void everyKeyIsInTheCatalogueWithAMatchingType() {
        for (String key : QuoteFacts.KEYS) {
            assertTrue(Bundled.FACTS.find(key).isPresent(), key);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // factsOf

    static Condition.FactTest test(String fact) {
        return new Condition.FactTest(fact, Operator.EQ, new Condition.Literal(true));
    }

    @Test
    void factsOfWalksEveryForm() {
        Condition c = new Condition.All(List.of(
                test("a"),
                new Condition.Any(List.of(test("b"), new Condition.Not(test("c")))),
                new Condition.AtLeast(1, List.of(test("d"), new Condition.Always())),
                new Condition.FactTest("e", Operator.GE, new Condition.FactOperand("f", new BigDecimal("0.75"), null,
                        Condition.Rounding.NONE)),
                test("a")));
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), List.copyOf(QuoteFacts.factsOf(c)));
        assertEquals(Set.of(), QuoteFacts.factsOf(null));
        assertEquals(Set.of(), QuoteFacts.factsOf(new Condition.Always()));
    }
}
