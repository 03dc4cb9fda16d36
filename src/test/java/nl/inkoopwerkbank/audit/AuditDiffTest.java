package nl.inkoopwerkbank.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.audit.AuditAction;
import nl.inkoopwerkbank.domain.audit.AuditDiff;
import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.domain.audit.AuditEntry;
import nl.inkoopwerkbank.domain.audit.AuditSnapshots;
import nl.inkoopwerkbank.domain.audit.FieldChange;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.Participant;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/** The field-level diff of two snapshots and the snapshots themselves. */
class AuditDiffTest {

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void changedAddedAndRemovedFieldsWithTheirOldAndNewText() {
        List<FieldChange> changes = AuditDiff.between(map("name", "Aa", "place", "Deventer", "email", "a@b.nl"),
                map("name", "Aa", "place", "Zwolle", "notes", "nieuw"));
        assertEquals(List.of(new FieldChange("place", "Deventer", "Zwolle"), new FieldChange("email", "a@b.nl", null),
                new FieldChange("notes", null, "nieuw")), changes);
        assertEquals(List.of(FieldChange.Kind.CHANGED, FieldChange.Kind.REMOVED, FieldChange.Kind.ADDED),
                changes.stream().map(FieldChange::kind).toList());
    }

    @Test
    void aRemovedFieldKeepsItsPlaceAmongTheOthers() {
        List<FieldChange> changes = AuditDiff.between(map("a", "1", "b", "2", "c", "3", "d", "4"),
                map("a", "9", "c", "9", "e", "9", "d", "9"));
        assertEquals(List.of("a", "b", "c", "e", "d"), changes.stream().map(FieldChange::field).toList());
    }

    @Test
    void createdAndDeletedRecordsShowEveryField() {
        assertEquals(List.of(new FieldChange("name", null, "Aa"), new FieldChange("place", null, "Raalte")),
                AuditDiff.between(null, map("name", "Aa", "place", "Raalte")));
        assertEquals(List.of(new FieldChange("name", "Aa", null)), AuditDiff.between(map("name", "Aa"), null));
    }

    @Test
    void blankAndMissingAreTheSameAndEqualSnapshotsHaveNoChanges() {
        assertTrue(AuditDiff.between(map("email", "", "notes", " "), map("name", "Aa")).stream()
                .allMatch(c -> c.field().equals("name")));
        assertTrue(AuditDiff.same(map("a", "1", "b", ""), map("a", "1")));
        assertFalse(AuditDiff.same(map("a", "1"), map("a", "1 ")), "text is compared exactly");
    }

    @Test
    void anEntryListsTheFieldsItChanged() {
        AuditEntry e = new AuditEntry(1, Instant.parse("2026-11-23T13:05:00Z"), "inkoper", AuditEntityType.PROVIDER, "7",
                "Aa (12345678)", AuditAction.CHANGED, map("place", "Deventer"), map("place", "Zwolle"));
        assertEquals(List.of(new FieldChange("place", "Deventer", "Zwolle")), e.changes());
    }

    @Test
    void aProviderSnapshotNamesEveryFieldAndEachContract() {
        Provider p = new Provider(3L, "12345678", "Praktijk Aa", ProviderType.VERLOSKUNDIGENPRAKTIJK, null, "Markt 1",
                "7411 AB", "Deventer", "Midden-IJssel", "", "info@aa.nl",
                List.of(new ProviderContract("salland", LocalDate.of(2026, 1, 1)), new ProviderContract("vgz", null)),
                null, 4);
        assertEquals(map("agbCode", "12345678", "name", "Praktijk Aa", "type", "VERLOSKUNDIGENPRAKTIJK", "street", "Markt 1",
                "postcode", "7411 AB", "place", "Deventer", "region", "Midden-IJssel", "email", "info@aa.nl",
                "contract.salland", "2026-01-01", "contract.vgz", "true"), AuditSnapshots.provider(p));
    }

    @Test
    void answersAreKeptPerFactAndInsurerWithTheirEvidence() {
        FactAnswer fte = new FactAnswer("fte_midwives", "", FactValue.number("4.50"),
                new Evidence("jaarverslag 2025", LocalDate.of(2026, 3, 2), "J. Jansen"), Instant.now());
        FactAnswer revenue = FactAnswer.of("revenue_with_insurer", "vgz", new FactValue(FactType.MONEY, new BigDecimal("125000")));
        assertEquals(map("fte_midwives", "4.5", "fte_midwives/source", "jaarverslag 2025", "fte_midwives/checkedOn",
                "2026-03-02", "fte_midwives/checkedBy", "J. Jansen", "revenue_with_insurer@vgz", "125000"),
                AuditSnapshots.facts(List.of(revenue, fte)));
    }

    @Test
    void aQuoteSnapshotHasEveryRoundFieldAndListItem() {
        QuoteContent c = QuoteContent.builder().financingRequest(new BigDecimal("1250000.50"))
                .participant(new Participant("Praktijk Aa", "12345678", Discipline.EERSTELIJNS_VERLOSKUNDE))
                .tariffLine(new TariffLine("IGO-01", "Zwangerschap", new BigDecimal("2850"), new BigDecimal("2.5"), null))
                .qualityGoal("minder inleidingen").build();
        Quote q = new Quote(5, 9, "98848251", "IGO Bossche Broek", 2027, "vgz", List.of(
                new QuoteRound(1, RoundSide.IGO, LocalDate.of(2026, 9, 1), null, "IGO", "eerste", false, null, c)));
        Map<String, String> s = AuditSnapshots.quote(q);
        assertEquals("IGO Bossche Broek (98848251)", s.get("igo"));
        assertEquals("IGO", s.get("round.1.side"));
        assertEquals("2026-09-01", s.get("round.1.date"));
        assertEquals("false", s.get("round.1.agreed"));
        assertEquals("1250000.5", s.get("round.1.financingRequest"));
        assertEquals("Praktijk Aa", s.get("round.1.participants[1].name"));
        assertEquals("EERSTELIJNS_VERLOSKUNDE", s.get("round.1.participants[1].discipline"));
        assertEquals("2.5", s.get("round.1.tariffLines[1].indexationPct"));
        assertFalse(s.containsKey("round.1.tariffLines[1].volume"), "a missing figure is left out");
        assertEquals("minder inleidingen", s.get("round.1.qualityGoals[1]"));
    }
}
