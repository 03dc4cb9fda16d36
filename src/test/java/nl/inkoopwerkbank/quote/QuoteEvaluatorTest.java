package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.content;
import static nl.inkoopwerkbank.quote.QuoteData.igo;
import static nl.inkoopwerkbank.quote.QuoteData.line;
import static nl.inkoopwerkbank.quote.QuoteData.participant;
import static nl.inkoopwerkbank.quote.QuoteData.policy;
import static nl.inkoopwerkbank.quote.QuoteData.quote;
import static nl.inkoopwerkbank.quote.QuoteData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.assessment.Bundled;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluation;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluator;
import nl.inkoopwerkbank.domain.quote.QuoteFacts;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;

/** A quote round evaluated against the real policies' IGO requirements by the real engine. */
class QuoteEvaluatorTest {

    static final LocalDate ON = LocalDate.of(2026, 9, 1);
    static final QuoteEvaluator EVALUATOR = new QuoteEvaluator(Bundled.ENGINE);

    static ProviderProfile existing(Policy p) {
        return new ProviderProfile(ProviderType.IGO, Set.of(p.insurer().id()));
    }

    static QuoteEvaluation eval(Policy p, QuoteContent c, FactSheet known) {
        QuoteRound r = igo(1, "2026-08-20", "2026-08-21", c);
        Quote q = quote(p.insurer().id(), 2027, r);
        return EVALUATOR.evaluate(p, q, r, existing(p), known, ON, "Offerte ronde 1");
    }

    static QuoteEvaluation eval(String policyId, QuoteContent c) {
        return eval(policy(policyId), c, FactSheet.EMPTY);
    }

    static Status status(QuoteEvaluation e, String requirementId) {
        return e.rules().stream().filter(r -> r.id().equals(requirementId)).findFirst()
                .orElseThrow(() -> new AssertionError(requirementId + " not among " + ids(e))).status();
    }

    static List<String> ids(QuoteEvaluation e) {
        return e.rules().stream().map(RequirementResult::id).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // which requirements

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "vgz-2027-geboortezorg             | vgz-gz.igo.hele-keten,vgz-gz.igo.adherentie-75",
            "zorgenzekerheid-2026-geboortezorg | zz-gz.igo.mandaten-rechtspersoon,zz-gz.igo.budgetneutraal,"
                    + "zz-gz.igo.schoning,zz-gz.igo.deelnemers,zz-gz.igo.bestuur",
            "caresq-2027-geboortezorg          | caresq-gz.igo.alle-partijen,caresq-gz.igo.budgetneutraal,caresq-gz.igo.schoning",
            "salland-2027-geboortezorg         | sal-gz.igo.offerte,sal-gz.igo.schoning",
    })
    void rulesAreTheRequirementsTheQuoteInforms(String policyId, String expected) {
        QuoteEvaluation e = eval(policyId, QuoteData.full());
        assertEquals("igo", e.contract().id());
        assertEquals(List.of(expected.split(",")), ids(e));
        for (RequirementResult r : e.rules()) {
            Set<String> facts = QuoteFacts.factsOf(r.requirement().condition());
            facts.addAll(QuoteFacts.factsOf(r.requirement().when()));
            assertTrue(facts.stream().anyMatch(QuoteFacts.KEYS::contains), r.id());
        }
    }

    @Test
    void fullQuoteMeetsEveryInformedRequirementOnceTheOtherItemIsConfirmed() {
        QuoteContent c = QuoteData.full().toBuilder().confirm("sal-gz.q.inhoudelijke-toelichting").build();
        for (String id : List.of(QuoteData.VGZ, QuoteData.ZZ, QuoteData.CARESQ, QuoteData.SALLAND)) {
            QuoteEvaluation e = eval(id, c);
            for (RequirementResult r : e.rules()) {
                assertEquals(Status.MET, r.status(), r.id());
            }
        }
    }

    @Test
    void policyWithoutIgoContract() {
        QuoteEvaluation e = eval(QuoteData.SALLAND_MSZ, QuoteData.full());
        assertNull(e.contract());
        assertEquals(List.of(), e.rules());
        // the derived facts, completeness and figures are still there
        assertEquals(2, e.completeness().entries().size());
        assertEquals(bd("1965126.75"), e.figures().total());
        // both MSZ quote items are "other" and unconfirmed: no answer on required contents
        assertEquals(15, e.derivedFacts().size());
        assertTrue(QuoteEvaluator.igoContract(policy(QuoteData.SALLAND_MSZ)).isEmpty());
    }

    @Test
    void evaluationHoldsEveryPart() {
        QuoteEvaluation e = eval(QuoteData.SALLAND, QuoteData.full());
        assertEquals(bd("1965126.75"), e.figures().total());
        assertEquals(bd("-87.18"), e.neutrality().difference());
        assertEquals(9, e.completeness().entries().size());
        assertEquals(List.of(), e.warnings());
        assertEquals(ON, e.on());
        assertEquals(QuoteDeadlines.steps(e.policy(), e.quote(), ON), e.steps());
        assertEquals(QuoteDeadlines.terms(e.policy(), e.quote(), ON), e.terms());
        assertEquals(1, e.terms().size());
        assertTrue(e.policyYearMatches());
        // Z&Z's policy is for 2026, the quote for 2027
        assertFalse(eval(QuoteData.ZZ, QuoteData.full()).policyYearMatches());
    }

    @Test
    void warningsUseTheRoundsYearForTheAccounts() {
        // round dated 2026-08-20: accounts of 2024 are not of the last closed year (2025)
        QuoteContent c = QuoteData.full().toBuilder()
                .accounts(new nl.inkoopwerkbank.domain.quote.AnnualAccounts(2024, true, true)).build();
        assertEquals(List.of("ACCOUNTS_NOT_LAST_YEAR"),
                eval(QuoteData.SALLAND, c).warnings().stream().map(w -> w.code().name()).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // VGZ: 75% of the practices in the adherentiegebied (joined >= 0.75 x total, exact)

    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource({
            "6,  8,  MET",       // 0.75 x 8 = 6
            "5,  8,  NOT_MET",
            "9,  12, MET",       // 0.75 x 12 = 9
            "8,  12, NOT_MET",
            "8,  11, NOT_MET",   // 0.75 x 11 = 8.25
            "9,  11, MET",
            "3,  4,  MET",       // 3
            "2,  3,  NOT_MET",   // 2.25
            "75, 100, MET",
            "74, 100, NOT_MET",
            "8,  8,  MET",
    })
    void vgzAdherence(int joined, int total, Status expected) {
        assertEquals(expected, status(eval(QuoteData.VGZ, QuoteContent.builder().adherence(joined, total).build()),
                "vgz-gz.igo.adherentie-75"));
    }

    @Test
    void vgzAdherenceHalfAnsweredIsOpen() {
        assertEquals(Status.UNKNOWN, status(eval(QuoteData.VGZ, QuoteContent.builder().adherence(6, null).build()),
                "vgz-gz.igo.adherentie-75"));
        assertEquals(Status.UNKNOWN, status(eval(QuoteData.VGZ, QuoteContent.EMPTY), "vgz-gz.igo.adherentie-75"));
    }

    // ---------------------------------------------------------------------------------------------
    // Z&Z: at least two practices, one hospital, one kraamzorg provider

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "EV EV ZH KZ,    MET",
            "EV EV EV ZH KZ KZ, MET",
            "EV ZH KZ,       NOT_MET",    // one practice
            "EV EV KZ,       NOT_MET",    // no hospital
            "EV EV ZH,       NOT_MET",    // no kraamzorg
            "TV TV ZH KZ,    NOT_MET",    // second-line midwives are no practices
            "EV EV ZH KZ GY, MET",
    })
    void zzParticipants(String who, Status expected) {
        QuoteContent.Builder b = QuoteContent.builder();
        int i = 0;
        for (String s : who.split(" ")) {
            Discipline d = switch (s) {
                case "EV" -> Discipline.EERSTELIJNS_VERLOSKUNDE;
                case "TV" -> Discipline.TWEEDELIJNS_VERLOSKUNDE;
                case "ZH" -> Discipline.ZIEKENHUIS;
                case "KZ" -> Discipline.KRAAMZORG;
                case "GY" -> Discipline.GYNAECOLOGIE;
                default -> throw new IllegalArgumentException(s);
            };
            b.participant(participant("Deelnemer " + ++i, d));
        }
        assertEquals(expected, status(eval(QuoteData.ZZ, b.build()), "zz-gz.igo.deelnemers"));
    }

    @Test
    void zzParticipantsUnknownWithoutParticipants() {
        assertEquals(Status.UNKNOWN, status(eval(QuoteData.ZZ, QuoteContent.EMPTY), "zz-gz.igo.deelnemers"));
    }

    @ParameterizedTest(name = "board {0} -> {1}")
    @CsvSource({
            "KRAAMZORG VERLOSKUNDE ZIEKENHUIS,      MET",
            "ZIEKENHUIS KRAAMZORG VERLOSKUNDE OVERIG, MET",
            "KRAAMZORG VERLOSKUNDE,                 NOT_MET",
            "GYNAECOLOGIE,                          NOT_MET",
    })
    void zzBoard(String seats, Status expected) {
        QuoteContent.Builder b = QuoteContent.builder();
        for (String s : seats.split(" ")) {
            b.boardMember(new BoardMember("", BoardDiscipline.valueOf(s)));
        }
        assertEquals(expected, status(eval(QuoteData.ZZ, b.build()), "zz-gz.igo.bestuur"));
        assertEquals(Status.UNKNOWN, status(eval(QuoteData.ZZ, QuoteContent.EMPTY), "zz-gz.igo.bestuur"));
    }

    @ParameterizedTest(name = "{0} KvK ''{1}'', mandates {2} -> {3}")
    @CsvSource({
            "STICHTING,                 12345678, true,  MET",
            "STICHTING,                 '',       true,  UNKNOWN",    // registration not shown
            "SAMENWERKINGSOVEREENKOMST, '',       true,  NOT_MET",
            "STICHTING,                 12345678, false, NOT_MET",
            "SAMENWERKINGSOVEREENKOMST, 12345678, -,     NOT_MET",    // not met whatever the mandates
            "STICHTING,                 12345678, -,     UNKNOWN",
    })
    void zzLegalEntityAndMandates(LegalForm form, String kvk, String mandates, Status expected) {
        Boolean m = mandates.equals("-") ? null : Boolean.valueOf(mandates);
        QuoteContent c = QuoteContent.builder().legalForm(form).kvkNumber(kvk).mandatesInWriting(m).build();
        assertEquals(expected, status(eval(QuoteData.ZZ, c), "zz-gz.igo.mandaten-rechtspersoon"));
    }

    // ---------------------------------------------------------------------------------------------
    // budget neutrality

    /** Cost per birth exactly {@code integral} (one line x 100 births) against an entered mono amount. */
    static QuoteContent neutrality(String integral, String mono) {
        return content(line("IGO", integral, "0", "100")).totalVolume(bd("100"))
                .monoReference(new MonoReference(bd(mono), List.of())).build();
    }

    @ParameterizedTest(name = "Caresq: integral {0} vs mono {1} -> {2}")
    @CsvSource({
            "4000.00, 4000.00, MET",       // equal: "kost niet meer dan"
            "4000.01, 4000.00, NOT_MET",   // one cent above
            "3999.99, 4000.00, MET",
            "4000.00, -,       UNKNOWN",   // no mono reference
    })
    void caresqBudgetNeutralKnockOut(String integral, String mono, Status expected) {
        assertEquals(expected, status(eval(QuoteData.CARESQ, neutrality(integral, mono)), "caresq-gz.igo.budgetneutraal"));
    }

    @Test
    void caresqBudgetNeutralFromTheReferenceTable() {
        // 1000.00 x 1 + 2500.00 x 0.62 + 57.30 x 49 = 5357.70 per birth
        MonoReference table = new MonoReference(null, List.of(ref("PRE", "1000.00", "1"), ref("PARTUS", "2500.00", "0.62"),
                ref("KRAAM", "57.30", "49")));
        QuoteContent equal = content(line("IGO", "5357.70", "0", "100")).totalVolume(bd("100")).monoReference(table).build();
        QuoteContent above = content(line("IGO", "5357.71", "0", "100")).totalVolume(bd("100")).monoReference(table).build();
        assertEquals(Status.MET, status(eval(QuoteData.CARESQ, equal), "caresq-gz.igo.budgetneutraal"));
        assertEquals(Status.NOT_MET, status(eval(QuoteData.CARESQ, above), "caresq-gz.igo.budgetneutraal"));
    }

    @ParameterizedTest(name = "Z&Z: integral {0} vs mono {1} -> {2}")
    @CsvSource({"4000.00, 4000.00, MET", "4000.01, 4000.00, NOT_MET", "4000.00, -, UNKNOWN"})
    void zzBudgetNeutral(String integral, String mono, Status expected) {
        assertEquals(expected, status(eval(QuoteData.ZZ, neutrality(integral, mono)), "zz-gz.igo.budgetneutraal"));
    }

    // ---------------------------------------------------------------------------------------------
    // schoning, disciplines, required contents

    @ParameterizedTest(name = "{0}: schoning {1} -> {2}")
    @CsvSource({
            "caresq-2027-geboortezorg,          AGREED,         MET",
            "caresq-2027-geboortezorg,          IN_NEGOTIATION, NOT_MET",
            "caresq-2027-geboortezorg,          NONE,           NOT_MET",
            "caresq-2027-geboortezorg,          -,              UNKNOWN",
            "zorgenzekerheid-2026-geboortezorg, AGREED,         MET",
            "zorgenzekerheid-2026-geboortezorg, IN_NEGOTIATION, NOT_MET",
            "salland-2027-geboortezorg,         AGREED,         MET",
            "salland-2027-geboortezorg,         NONE,           NOT_MET",
            "salland-2027-geboortezorg,         -,              UNKNOWN",
    })
    void schoning(String policyId, String schoning, Status expected) {
        SchoningStatus s = schoning.equals("-") ? null : SchoningStatus.valueOf(schoning);
        QuoteContent c = QuoteContent.builder().schoning(new Schoning("Ziekenhuis", null, "", s, "")).build();
        String prefix = policyId.startsWith("caresq") ? "caresq-gz" : policyId.startsWith("zorg") ? "zz-gz" : "sal-gz";
        assertEquals(expected, status(eval(policyId, c), prefix + ".igo.schoning"));
    }

    @Test
    void quoteFactsTakePrecedenceOverTheChecklist() {
        FactSheet known = FactSheet.EMPTY.with(FactAnswer.of("schoning_agreement_with_hospital", FactValue.bool(true)));
        Policy caresq = policy(QuoteData.CARESQ);
        // the quote says nothing about schoning: the checklist's answer counts
        assertEquals(Status.MET, status(eval(caresq, QuoteContent.EMPTY, known), "caresq-gz.igo.schoning"));
        // the quote says it is still being negotiated: that wins
        QuoteContent c = QuoteContent.builder()
                .schoning(new Schoning("Ziekenhuis", null, "", SchoningStatus.IN_NEGOTIATION, "")).build();
        assertEquals(Status.NOT_MET, status(eval(caresq, c, known), "caresq-gz.igo.schoning"));
        assertEquals(Status.UNKNOWN, status(eval(caresq, QuoteContent.EMPTY, null), "caresq-gz.igo.schoning"),
                "no checklist at all");
    }

    @ParameterizedTest(name = "{0}: without {1}")
    @CsvSource({
            "vgz-2027-geboortezorg,    vgz-gz.igo.hele-keten,        GYNAECOLOGIE",
            "vgz-2027-geboortezorg,    vgz-gz.igo.hele-keten,        TWEEDELIJNS_VERLOSKUNDE",
            "caresq-2027-geboortezorg, caresq-gz.igo.alle-partijen,  KRAAMZORG",
            "caresq-2027-geboortezorg, caresq-gz.igo.alle-partijen,  ZIEKENHUIS",
    })
    void wholeChainRequired(String policyId, String requirementId, Discipline missing) {
        QuoteContent full = QuoteData.full();
        assertEquals(Status.MET, status(eval(policyId, full), requirementId));
        QuoteContent without = full.toBuilder()
                .participants(full.participants().stream().filter(p -> p.discipline() != missing).toList()).build();
        assertEquals(Status.NOT_MET, status(eval(policyId, without), requirementId));
    }

    @Test
    void sallandRequiredContents() {
        Policy salland = policy(QuoteData.SALLAND);
        // nothing missing, one item not yet confirmed by the buyer: open, not failed
        assertEquals(Status.UNKNOWN, status(eval(salland, QuoteData.full(), FactSheet.EMPTY), "sal-gz.igo.offerte"));
        QuoteContent confirmed = QuoteData.full().toBuilder().confirm("sal-gz.q.inhoudelijke-toelichting").build();
        QuoteEvaluation e = eval(salland, confirmed, FactSheet.EMPTY);
        assertEquals(Status.MET, status(e, "sal-gz.igo.offerte"));
        FactAnswer a = e.derivedFacts().stream().filter(x -> x.factKey().equals("quote_with_required_contents"))
                .findFirst().orElseThrow();
        assertEquals("salland", a.insurerId());
        // one item missing again
        assertEquals(Status.NOT_MET, status(eval(salland, confirmed.toBuilder().qualityGoals(List.of()).build(),
                FactSheet.EMPTY), "sal-gz.igo.offerte"));
    }

    @Test
    void anInsurerScopedChecklistAnswerForAnotherInsurerDoesNotCount() {
        // Salland's required contents answered "true" for VGZ on the checklist: not Salland's answer
        FactSheet known = FactSheet.EMPTY.with(FactAnswer.of("quote_with_required_contents", "vgz", FactValue.bool(true)));
        Policy salland = policy(QuoteData.SALLAND);
        assertEquals(Status.UNKNOWN, status(eval(salland, QuoteData.full(), known), "sal-gz.igo.offerte"));
        // the buyer's own answer for Salland counts while the quote leaves the question open
        FactSheet own = known.with(FactAnswer.of("quote_with_required_contents", "salland", FactValue.bool(true)));
        assertEquals(Status.MET, status(eval(salland, QuoteData.full(), own), "sal-gz.igo.offerte"));
    }

    // ---------------------------------------------------------------------------------------------
    // a requirement informed by the quote only through its 'when'

    static Condition.FactTest is(String fact, boolean v) {
        return new Condition.FactTest(fact, Operator.EQ, new Condition.Literal(v));
    }

    static final Requirement WHEN_QUOTE = new Requirement("test.igo.when-neutral", "Als budgetneutraal: VECOZO", "igo",
            RequirementRole.KNOCK_OUT, List.of("igo"), is("igo_budget_neutral", true),
            is("declares_digitally_vecozo", true), null, "");
    static final Requirement UNRELATED = new Requirement("test.igo.unrelated", "Niet uit de offerte", "igo",
            RequirementRole.KNOCK_OUT, List.of("igo"), is("uses_ai", true), is("declares_digitally_vecozo", true), null, "");

    @ParameterizedTest(name = "neutral {0}, VECOZO {1} -> {2}")
    @CsvSource({
            "-,     -,     UNKNOWN",          // 'when' unanswered, condition unanswered: open
            "-,     true,  MET",              // 'when' unanswered but the condition holds anyway
            "-,     false, UNKNOWN",
            "true,  true,  MET",
            "true,  false, NOT_MET",
            "false, false, NOT_APPLICABLE",   // not neutral: the requirement does not apply
    })
    void requirementInformedThroughItsWhen(String neutral, String vecozo, Status expected) {
        Policy p = QuoteData.withRequirements(policy(QuoteData.VGZ), WHEN_QUOTE, UNRELATED);
        QuoteContent c = switch (neutral) {
            case "true" -> neutrality("4000.00", "4000.00");
            case "false" -> neutrality("4000.01", "4000.00");
            default -> neutrality("4000.00", "-");
        };
        FactSheet known = vecozo.equals("-") ? FactSheet.EMPTY
                : FactSheet.EMPTY.with(FactAnswer.of("declares_digitally_vecozo", FactValue.bool(Boolean.parseBoolean(vecozo))));
        QuoteEvaluation e = eval(p, c, known);
        assertEquals(List.of("vgz-gz.igo.hele-keten", "vgz-gz.igo.adherentie-75", "test.igo.when-neutral"), ids(e));
        assertEquals(expected, status(e, "test.igo.when-neutral"));
    }
}
