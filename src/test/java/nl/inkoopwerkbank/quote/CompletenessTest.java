package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.line;
import static nl.inkoopwerkbank.quote.QuoteData.participant;
import static nl.inkoopwerkbank.quote.QuoteData.policy;
import static nl.inkoopwerkbank.quote.QuoteData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.QuoteItem;
import nl.inkoopwerkbank.domain.quote.AnnualAccounts;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Completeness;
import nl.inkoopwerkbank.domain.quote.Completeness.State;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoClaims;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;

/** Completeness against each bundled policy's quoteContents, and every item kind present or missing. */
class CompletenessTest {

    // ---------------------------------------------------------------------------------------------
    // the bundled policies

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            SALLAND_ITEMS,
            "caresq-2027-geboortezorg | other,participants,financing_request,schoning,quality_goals,mono_claims,insured_in_care_16_weeks",
            "vgz-2027-geboortezorg | other,other,participants,other",
            "zorgenzekerheid-2026-geboortezorg | other,other",
            "salland-2027-msz | other,other",
    })
    void bundledPoliciesNameTheirItems(String policyId, String kinds) {
        List<String> expected = List.of(kinds.split(","));
        Completeness c = Completeness.of(policy(policyId), QuoteContent.EMPTY);
        assertEquals(expected, c.entries().stream().map(e -> e.item().item()).toList());
    }

    static final String SALLAND_ITEMS = "salland-2027-geboortezorg | financing_request,total_volume,market_share,"
            + "tariffs_with_indexation,expected_volume,quality_goals,legal_form,annual_accounts_audited,other";

    /**
     * The full quote against each policy: every item the workbench can see is PRESENT, every
     * {@code other} item waits for the buyer (UNCONFIRMED) and keeps the quote incomplete until it is
     * confirmed.
     */
    @ParameterizedTest(name = "{0}: {1} present, {2} to confirm")
    @CsvSource({
            "salland-2027-geboortezorg,         8, 1",
            "caresq-2027-geboortezorg,          6, 1",
            "vgz-2027-geboortezorg,             1, 3",
            "zorgenzekerheid-2026-geboortezorg, 0, 2",
            "salland-2027-msz,                  0, 2",
    })
    void fullQuoteAgainstEachPolicy(String policyId, int present, int unconfirmed) {
        Policy p = policy(policyId);
        Completeness c = Completeness.of(p, QuoteData.full());
        assertEquals(present, c.entries().stream().filter(e -> e.state() == State.PRESENT).count());
        assertEquals(unconfirmed, c.entries().stream().filter(e -> e.state() == State.UNCONFIRMED).count());
        assertEquals(0, c.entries().stream().filter(e -> e.state() == State.MISSING).count());
        for (Completeness.Entry e : c.entries()) {
            assertEquals(e.item().item().equals("other") ? State.UNCONFIRMED : State.PRESENT, e.state(), e.item().id());
        }
        assertFalse(c.isComplete(), "other items are not confirmed yet");
        assertEquals(unconfirmed, c.open().size());

        // confirm the other items one by one: complete only after the last one
        QuoteContent.Builder b = QuoteData.full().toBuilder();
        List<String> others = p.quoteContents().stream().filter(i -> i.item().equals("other")).map(QuoteItem::id).toList();
        for (int i = 0; i < others.size(); i++) {
            b.confirm(others.get(i));
            Completeness now = Completeness.of(p, b.build());
            assertEquals(i == others.size() - 1, now.isComplete(), "after confirming " + (i + 1) + " of " + others.size());
            assertEquals(others.size() - i - 1, now.open().size());
        }
    }

    @Test
    void emptyQuoteAgainstSalland() {
        Completeness c = Completeness.of(policy(QuoteData.SALLAND), QuoteContent.EMPTY);
        assertEquals(List.of(State.MISSING, State.MISSING, State.MISSING, State.MISSING, State.MISSING, State.MISSING,
                State.MISSING, State.MISSING, State.UNCONFIRMED), c.entries().stream().map(Completeness.Entry::state).toList());
        assertFalse(c.isComplete());
        assertEquals(9, c.open().size());
    }

    @Test
    void openListsTheItemsNotPresentInPolicyOrder() {
        // Salland: without market share and annual accounts, the other item confirmed
        QuoteContent q = QuoteData.full().toBuilder().marketSharePct(null).accounts(AnnualAccounts.NONE)
                .confirm("sal-gz.q.inhoudelijke-toelichting").build();
        Completeness c = Completeness.of(policy(QuoteData.SALLAND), q);
        assertEquals(List.of("sal-gz.q.marktaandeel", "sal-gz.q.jaarrekening"),
                c.open().stream().map(e -> e.item().id()).toList());
        assertFalse(c.isComplete());
    }

    @Test
    void confirmingAnIdOfAnotherPolicyChangesNothing() {
        QuoteContent q = QuoteData.full().toBuilder().confirm("caresq-gz.q.samenwerking").build();
        Completeness c = Completeness.of(policy(QuoteData.SALLAND), q);
        assertEquals(State.UNCONFIRMED, c.entries().get(8).state());
    }

    @Test
    void aPolicyWithoutQuoteContentsIsNotComplete() {
        // documented: "True when every item is present or confirmed (and the policy names at least one)"
        Completeness c = Completeness.of(QuoteData.withQuoteContents(policy(QuoteData.SALLAND)), QuoteData.full());
        assertTrue(c.entries().isEmpty());
        assertFalse(c.isComplete());
    }

    // ---------------------------------------------------------------------------------------------
    // every item kind

    static Arguments kind(String item, State expected, String what, UnaryOperator<QuoteContent.Builder> change) {
        return Arguments.of(item, expected, what, change);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                kind("financing_request", State.PRESENT, "an amount", b -> b.financingRequest(bd("1000.00"))),
                kind("financing_request", State.PRESENT, "zero is an answer", b -> b.financingRequest(bd("0"))),
                kind("financing_request", State.MISSING, "none", b -> b),
                kind("total_volume", State.PRESENT, "a volume", b -> b.totalVolume(bd("400"))),
                kind("total_volume", State.MISSING, "none", b -> b),
                kind("market_share", State.PRESENT, "a share", b -> b.marketSharePct(bd("23.45"))),
                kind("market_share", State.MISSING, "none", b -> b),
                kind("tariffs_with_indexation", State.PRESENT, "tariff and indexation on every line",
                        b -> b.tariffLine(line("A", "100.00", "3.5", "-")).tariffLine(line("B", "50.00", "0", "-"))),
                kind("tariffs_with_indexation", State.MISSING, "one line without indexation",
                        b -> b.tariffLine(line("A", "100.00", "3.5", "1")).tariffLine(line("B", "50.00", "-", "1"))),
                kind("tariffs_with_indexation", State.MISSING, "one line without tariff",
                        b -> b.tariffLine(line("A", "-", "3.5", "1"))),
                kind("tariffs_with_indexation", State.MISSING, "no lines", b -> b),
                kind("expected_volume", State.PRESENT, "a volume on every line",
                        b -> b.tariffLine(line("A", "-", "-", "10")).tariffLine(line("B", "-", "-", "0"))),
                kind("expected_volume", State.MISSING, "one line without volume",
                        b -> b.tariffLine(line("A", "100.00", "3.5", "10")).tariffLine(line("B", "100.00", "3.5", "-"))),
                kind("expected_volume", State.MISSING, "no lines", b -> b),
                kind("quality_goals", State.PRESENT, "a goal", b -> b.qualityGoal("Minder verwijzingen")),
                kind("quality_goals", State.MISSING, "only blank goals", b -> b.qualityGoal("   ").qualityGoal("")),
                kind("quality_goals", State.MISSING, "none", b -> b),
                kind("legal_form", State.PRESENT, "a form", b -> b.legalForm(LegalForm.SAMENWERKINGSOVEREENKOMST)),
                kind("legal_form", State.MISSING, "none", b -> b),
                kind("annual_accounts_audited", State.PRESENT, "received and approved",
                        b -> b.accounts(new AnnualAccounts(2025, true, true))),
                kind("annual_accounts_audited", State.MISSING, "received, not approved",
                        b -> b.accounts(new AnnualAccounts(2025, true, false))),
                kind("annual_accounts_audited", State.MISSING, "none", b -> b),
                kind("schoning", State.PRESENT, "hospital and status",
                        b -> b.schoning(new Schoning("Ziekenhuis", null, "", SchoningStatus.IN_NEGOTIATION, ""))),
                kind("schoning", State.PRESENT, "hospital only",
                        b -> b.schoning(new Schoning("Ziekenhuis", null, "", null, ""))),
                kind("schoning", State.MISSING, "status without hospital",
                        b -> b.schoning(new Schoning("", bd("1000"), "methode", SchoningStatus.AGREED, ""))),
                kind("schoning", State.MISSING, "none", b -> b),
                kind("insured_in_care_16_weeks", State.PRESENT, "a number", b -> b.insuredInCare16Weeks(0)),
                kind("insured_in_care_16_weeks", State.MISSING, "none", b -> b),
                kind("participants", State.PRESENT, "one participant",
                        b -> b.participant(participant("Praktijk", Discipline.EERSTELIJNS_VERLOSKUNDE))),
                kind("participants", State.MISSING, "none", b -> b),
                kind("mandates", State.PRESENT, "yes", b -> b.mandatesInWriting(true)),
                kind("mandates", State.PRESENT, "no is an answer too", b -> b.mandatesInWriting(false)),
                kind("mandates", State.MISSING, "none", b -> b),
                kind("board_composition", State.PRESENT, "a seat",
                        b -> b.boardMember(new BoardMember("", BoardDiscipline.KRAAMZORG))),
                kind("board_composition", State.MISSING, "none", b -> b),
                kind("mono_claims", State.PRESENT, "how", b -> b.monoClaims(MonoClaims.MIXED)),
                kind("mono_claims", State.MISSING, "none", b -> b),
                kind("budget_neutrality", State.PRESENT, "entered reference",
                        b -> b.monoReference(new MonoReference(bd("4000"), List.of()))),
                kind("budget_neutrality", State.PRESENT, "reference table",
                        b -> b.monoReference(new MonoReference(null, List.of(ref("A", "1000", "1"))))),
                kind("budget_neutrality", State.MISSING, "none", b -> b),
                kind("other", State.UNCONFIRMED, "whatever the content", b -> QuoteData.full().toBuilder()),
                kind("other", State.PRESENT, "confirmed", b -> b.confirm("test.q.item")),
                kind("unknown_future_kind", State.UNCONFIRMED, "a kind the workbench does not know", b -> b));
    }

    @ParameterizedTest(name = "{0} {2}: {1}")
    @MethodSource("kinds")
    void eachItemKind(String item, State expected, String what, UnaryOperator<QuoteContent.Builder> change) {
        Policy p = QuoteData.withQuoteContents(policy(QuoteData.SALLAND), new QuoteItem("test.q.item", item, what, null, ""));
        Completeness c = Completeness.of(p, change.apply(QuoteContent.builder()).build());
        assertEquals(1, c.entries().size());
        assertEquals(expected, c.entries().get(0).state());
        assertEquals(expected == State.PRESENT, c.isComplete());
    }
}
