package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.content;
import static nl.inkoopwerkbank.quote.QuoteData.igo;
import static nl.inkoopwerkbank.quote.QuoteData.insurer;
import static nl.inkoopwerkbank.quote.QuoteData.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.RoundComparison;
import nl.inkoopwerkbank.domain.quote.RoundComparison.FieldRow;
import nl.inkoopwerkbank.domain.quote.RoundComparison.LineChange;
import nl.inkoopwerkbank.domain.quote.RoundComparison.LineRow;
import nl.inkoopwerkbank.domain.quote.RoundComparison.TotalRow;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;

/** Two rounds side by side: fields, lines matched by code, totals right - left. */
class RoundComparisonTest {

    /**
     * Left (IGO round 1):
     * <pre>
     * A 100.00 @ 3.5% -> 103.50 x 10 = 1035.00
     * B 200.00 @ 3.5% -> 207.00 x 5  = 1035.00
     * C  50.00 @ 0%   ->  50.00 x 1  =   50.00
     *                                   2120.00   per birth (10) 212.00, part at 23.50% 498.20
     * </pre>
     * Right (insurer round 2):
     * <pre>
     * A 100.0 @ 3.50% -> 103.50 x 10.0 = 1035.00   same values, other scale
     * B 200.00 @ 4%   -> 208.00 x 5    = 1040.00   changed
     * D  30.00 @ 0%   ->  30.00 x 2    =   60.00   added
     *                                     2135.00   per birth 213.50, part at 23.5% = 501.725 -> 501.73
     * </pre>
     */
    static RoundComparison example() {
        QuoteContent left = content(line("A", "100.00", "3.5", "10"), line("B", "200.00", "3.5", "5"),
                line("C", "50.00", "0", "1")).financingRequest(bd("2120.00")).totalVolume(bd("10"))
                .marketSharePct(bd("23.50")).monoReference(new MonoReference(bd("200.00"), List.of())).build();
        QuoteContent right = content(line("A", "100.0", "3.50", "10.0"), line("B", "200.00", "4", "5"),
                line("D", "30.00", "0", "2")).financingRequest(bd("2135.00")).totalVolume(bd("10.0"))
                .marketSharePct(bd("23.5")).monoReference(new MonoReference(bd("200.00"), List.of()))
                .schoning(new Schoning("Ziekenhuis", null, "", SchoningStatus.AGREED, "")).build();
        return RoundComparison.of(igo(1, "2026-08-20", "2026-08-21", left), insurer(2, "2026-09-10", right));
    }

    static FieldRow field(RoundComparison c, String name) {
        return c.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }

    static TotalRow total(RoundComparison c, String name) {
        return c.totals().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void linesMatchedByCode() {
        RoundComparison c = example();
        assertEquals(List.of("A", "B", "C", "D"), c.lines().stream().map(LineRow::key).toList());
        assertEquals(List.of(LineChange.SAME, LineChange.CHANGED, LineChange.REMOVED, LineChange.ADDED),
                c.lines().stream().map(LineRow::change).toList());
        LineRow removed = c.lines().get(2);
        assertEquals(bd("50.00"), removed.left().total());
        assertNull(removed.right());
        LineRow added = c.lines().get(3);
        assertNull(added.left());
        assertEquals(bd("60.00"), added.right().total());
        LineRow changed = c.lines().get(1);
        assertEquals(bd("1035.00"), changed.left().total());
        assertEquals(bd("1040.00"), changed.right().total());
    }

    @Test
    void fieldsCompareByValue() {
        RoundComparison c = example();
        assertEquals(List.of("financingRequest", "totalVolume", "marketSharePct", "insuredInCare16Weeks", "participants",
                "adherenceJoined", "adherenceTotal", "legalForm", "mandatesInWriting", "board", "qualityGoals",
                "accounts.year", "accounts.approved", "monoClaims", "schoning.status", "schoning.amount",
                "schoning.hospital"), c.fields().stream().map(FieldRow::field).toList());
        // 10 vs 10.0 and 23.50 vs 23.5 are unchanged
        assertFalse(field(c, "totalVolume").changed());
        assertFalse(field(c, "marketSharePct").changed());
        assertEquals(List.of("financingRequest", "schoning.status", "schoning.hospital"),
                c.changedFields().stream().map(FieldRow::field).toList());
        assertEquals(bd("2120.00"), field(c, "financingRequest").left());
        assertEquals(SchoningStatus.AGREED, field(c, "schoning.status").right());
    }

    @Test
    void totalsDifferenceIsRightMinusLeft() {
        RoundComparison c = example();
        assertEquals(List.of("total", "insurerPart", "costPerBirth", "monoPerBirth", "neutralityDifference"),
                c.totals().stream().map(TotalRow::field).toList());
        assertTotal(total(c, "total"), "2120.00", "2135.00", "15.00");
        // 2120.00 x 0.235 = 498.20; 2135.00 x 0.235 = 501.725 -> 501.73
        assertTotal(total(c, "insurerPart"), "498.20", "501.73", "3.53");
        assertTotal(total(c, "costPerBirth"), "212.00", "213.50", "1.50");
        assertTotal(total(c, "monoPerBirth"), "200.00", "200.00", "0.00");
        assertFalse(total(c, "monoPerBirth").changed());
        // 212.00 - 200.00 = 12.00; 213.50 - 200.00 = 13.50
        assertTotal(total(c, "neutralityDifference"), "12.00", "13.50", "1.50");
        assertTrue(total(c, "total").changed());
    }

    static void assertTotal(TotalRow row, String left, String right, String difference) {
        assertEquals(bd(left), row.left(), row.field());
        assertEquals(bd(right), row.right(), row.field());
        assertEquals(bd(difference), row.difference(), row.field());
    }

    @Test
    void decreaseIsNegative() {
        // swap the sides: right - left is now negative
        RoundComparison c = example();
        RoundComparison back = RoundComparison.of(c.right(), c.left());
        assertEquals(bd("-15.00"), total(back, "total").difference());
        assertEquals(List.of(LineChange.SAME, LineChange.CHANGED, LineChange.REMOVED, LineChange.ADDED),
                back.lines().stream().map(LineRow::change).toList());
        assertEquals(List.of("A", "B", "D", "C"), back.lines().stream().map(LineRow::key).toList());
    }

    @Test
    void unknownTotalHasNoDifference() {
        QuoteContent left = content(line("A", "100.00", "0", "1")).build();
        RoundComparison c = RoundComparison.of(igo(1, "2026-08-20", null, left), igo(2, "2026-08-25", null, QuoteContent.EMPTY));
        TotalRow t = total(c, "total");
        assertEquals(bd("100.00"), t.left());
        assertNull(t.right());
        assertNull(t.difference());
        assertTrue(t.changed());
        TotalRow none = total(c, "costPerBirth");
        assertNull(none.difference());
        assertFalse(none.changed(), "unknown on both sides");
        assertEquals(List.of(LineChange.REMOVED), c.lines().stream().map(LineRow::change).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what | left tariff;indexation;volume;description | right ... | change
            "same values, other scale | 100.00;3.5;10;Partus   | 100;3.50;10.000;Partus | SAME",
            "tariff                   | 100.00;3.5;10;Partus   | 100.01;3.5;10;Partus   | CHANGED",
            "indexation               | 100.00;3.5;10;Partus   | 100.00;3.6;10;Partus   | CHANGED",
            "volume                   | 100.00;3.5;10;Partus   | 100.00;3.5;11;Partus   | CHANGED",
            "description              | 100.00;3.5;10;Partus   | 100.00;3.5;10;Partus thuis | CHANGED",
            "tariff now missing       | 100.00;3.5;10;Partus   | -;3.5;10;Partus        | CHANGED",
            "both missing the volume  | 100.00;3.5;-;Partus    | 100.00;3.5;-;Partus    | SAME",
    })
    void lineChange(String what, String left, String right, LineChange expected) {
        RoundComparison c = RoundComparison.of(igo(1, "2026-08-20", null, content(parse(left)).build()),
                igo(2, "2026-08-25", null, content(parse(right)).build()));
        assertEquals(1, c.lines().size());
        assertEquals("P", c.lines().get(0).key());
        assertEquals(expected, c.lines().get(0).change(), what);
    }

    static nl.inkoopwerkbank.domain.quote.TariffLine parse(String s) {
        String[] a = s.split(";");
        return line("P", a[3], a[0], a[1], a[2]);
    }

    @Test
    void duplicateCodesAreKeptApart() {
        QuoteContent left = content(line("A", "10.00", "0", "1"), line("A", "20.00", "0", "1"), line("A", "30.00", "0", "1"))
                .build();
        QuoteContent right = content(line("A", "10.00", "0", "1"), line("A", "25.00", "0", "1")).build();
        RoundComparison c = RoundComparison.of(igo(1, "2026-08-20", null, left), igo(2, "2026-08-25", null, right));
        assertEquals(List.of("A", "A #2", "A #3"), c.lines().stream().map(LineRow::key).toList());
        assertEquals(List.of(LineChange.SAME, LineChange.CHANGED, LineChange.REMOVED),
                c.lines().stream().map(LineRow::change).toList());
        assertEquals(List.of(bd("20.00"), bd("25.00")),
                List.of(c.lines().get(1).left().total(), c.lines().get(1).right().total()));
        // 60.00 -> 35.00
        assertEquals(bd("-25.00"), total(c, "total").difference());
    }

    @Test
    void linesWithoutCodeMatchByDescriptionIgnoringCase() {
        QuoteContent left = content(line("", "Echo extra", "50.00", "0", "1")).build();
        QuoteContent right = content(line("", "ECHO EXTRA", "50.00", "0", "1"), line("", "Lactatiekundige", "40.00", "0", "1"))
                .build();
        RoundComparison c = RoundComparison.of(igo(1, "2026-08-20", null, left), igo(2, "2026-08-25", null, right));
        assertEquals(List.of("echo extra", "lactatiekundige"), c.lines().stream().map(LineRow::key).toList());
        // matched by key, but the description itself differs in case: shown as changed
        assertEquals(List.of(LineChange.CHANGED, LineChange.ADDED), c.lines().stream().map(LineRow::change).toList());
    }

    @Test
    void identicalRoundsChangeNothing() {
        QuoteContent full = QuoteData.full();
        RoundComparison c = RoundComparison.of(igo(1, "2026-08-20", null, full), igo(2, "2026-08-25", null, full));
        assertEquals(List.of(), c.changedFields());
        assertTrue(c.lines().stream().allMatch(l -> l.change() == LineChange.SAME));
        assertTrue(c.totals().stream().noneMatch(TotalRow::changed));
        assertEquals(BigDecimal.ZERO.setScale(2), total(c, "total").difference());
    }
}
