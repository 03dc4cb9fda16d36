package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.content;
import static nl.inkoopwerkbank.quote.QuoteData.line;
import static nl.inkoopwerkbank.quote.QuoteData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality.Basis;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality.Verdict;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;

/**
 * Budget neutrality: integral cost per birth against the mono reference (entered, or from the
 * reference table), the difference to the cent and the percentage half-up to two decimals.
 */
class BudgetNeutralityTest {

    /** One line "tariff x volume" at 0% and the same total volume: the cost per birth is exactly the tariff. */
    static QuoteContent.Builder perBirth(String costPerBirth) {
        return content(line("IGO", costPerBirth, "0", "100")).totalVolume(bd("100"));
    }

    static BudgetNeutrality of(QuoteContent c) {
        return BudgetNeutrality.of(c, QuoteFigures.of(c));
    }

    @ParameterizedTest(name = "integral {0} vs entered {1}: {4}")
    @CsvSource({
            // integral per birth, entered mono, difference, percent, verdict
            "4000.00, 4000.00,    0.00,   0.00, NEUTRAL",   // exactly equal is neutral
            "4000.01, 4000.00,    0.01,   0.00, ABOVE",     // one cent above; 0.01 x 100 / 4000 = 0.00025
            "4000.00, 3999.99,    0.01,   0.00, ABOVE",
            "3999.99, 4000.00,   -0.01,   0.00, NEUTRAL",   // -0.00025 -> 0.00
            "4000.00, 3000.00, 1000.00,  33.33, ABOVE",     // 33.333...
            "2000.00, 3000.00,-1000.00, -33.33, NEUTRAL",
            "4000.00, 6000.00,-2000.00, -33.33, NEUTRAL",   // -33.333...
            "5000.00, 3000.00, 2000.00,  66.67, ABOVE",     // 66.666... -> up
            "8.05,    8.00,       0.05,   0.63, ABOVE",     // 0.625: half-up 0.63, banker's 0.62
            "7.95,    8.00,      -0.05,  -0.63, NEUTRAL",   // -0.625: half-up away from zero
            "8.15,    8.00,       0.15,   1.88, ABOVE",     // 1.875 -> 1.88 (banker's also 1.88)
            "8.25,    8.00,       0.25,   3.13, ABOVE",     // 3.125: half-up 3.13, banker's 3.12
            "4000.00, 3999.995,   0.00,   0.00, NEUTRAL",   // the entered amount is rounded to 4000.00 first
            "4000.00, 4000.004,   0.00,   0.00, NEUTRAL",   // 4000.004 -> 4000.00
    })
    void enteredReference(String integral, String mono, String diff, String pct, Verdict verdict) {
        BudgetNeutrality n = of(perBirth(integral).monoReference(new MonoReference(bd(mono), List.of())).build());
        assertEquals(Basis.ENTERED, n.basis());
        assertEquals(bd(integral), n.integralPerBirth());
        assertEquals(QuoteFigures.cents(bd(mono)), n.monoPerBirth());
        assertEquals(new BigDecimal(diff), n.difference());
        assertEquals(0, new BigDecimal(pct).compareTo(n.differencePct()), "percent " + n.differencePct());
        assertEquals(2, n.differencePct().scale());
        assertEquals(verdict, n.verdict());
    }

    @Test
    void enteredAmountWinsOverTheTable() {
        BudgetNeutrality n = of(perBirth("4000.00").monoReference(new MonoReference(bd("4000.00"),
                List.of(ref("A", "5000.00", "1")))).build());
        assertEquals(Basis.ENTERED, n.basis());
        assertEquals(bd("4000.00"), n.monoPerBirth());
        assertEquals(Verdict.NEUTRAL, n.verdict());
    }

    @Test
    void tableIsTheSumOfTariffTimesPerBirthRoundedOnce() {
        // 1000.00 x 1 + 2500.00 x 0.62 + 57.30 x 49 = 1000.00 + 1550.00 + 2807.70 = 5357.70
        MonoReference table = new MonoReference(null, List.of(ref("PRE", "1000.00", "1"), ref("PARTUS", "2500.00", "0.62"),
                ref("KRAAM", "57.30", "49")));
        assertEquals(0, bd("5357.70").compareTo(BudgetNeutrality.referencePerBirth(table)));
        BudgetNeutrality n = of(perBirth("5357.70").monoReference(table).build());
        assertEquals(Basis.REFERENCE_TABLE, n.basis());
        assertEquals(bd("5357.70"), n.monoPerBirth());
        assertEquals(bd("0.00"), n.difference());
        assertEquals(Verdict.NEUTRAL, n.verdict());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name | tariff;perBirth,... | exact sum | rounded mono per birth
            "sum rounded once, not per line | 10.01;0.5,10.01;0.5 | 10.010 | 10.01",   // 5.005 + 5.005; per line would be 10.02
            "half-up                        | 1.00;0.125          | 0.125  | 0.13",    // banker's: 0.12
            "below half                     | 1.00;0.1249         | 0.1249 | 0.12",
            "third of a cent                | 333.33;0.333        | 110.99889 | 111.00",
            "zero per birth                 | 1000.00;0,50.00;1   | 50.00  | 50.00",
    })
    void tableRounding(String name, String lines, String exact, String rounded) {
        List<ReferenceLine> refs = java.util.Arrays.stream(lines.split(","))
                .map(s -> s.split(";")).map(a -> ref("X", a[0], a[1])).toList();
        MonoReference table = new MonoReference(null, refs);
        assertEquals(0, bd(exact).compareTo(BudgetNeutrality.referencePerBirth(table)));
        BudgetNeutrality n = of(perBirth("1.00").monoReference(table).build());
        assertEquals(Basis.REFERENCE_TABLE, n.basis());
        assertEquals(new BigDecimal(rounded), n.monoPerBirth());
    }

    @ParameterizedTest(name = "table line {0};{1}: no basis")
    @CsvSource({"-, 1", "1000.00, -", "-, -"})
    void tableLineWithAMissingNumberGivesNoBasis(String tariff, String perBirth) {
        BudgetNeutrality n = of(perBirth("4000.00").monoReference(new MonoReference(null,
                List.of(ref("A", "2000.00", "1"), ref("B", tariff, perBirth)))).build());
        assertEquals(Basis.NONE, n.basis());
        assertNull(n.monoPerBirth());
        assertEquals(bd("4000.00"), n.integralPerBirth());
        assertNull(n.difference());
        assertNull(n.differencePct());
        assertEquals(Verdict.UNKNOWN, n.verdict());
    }

    @Test
    void noReferenceAtAll() {
        BudgetNeutrality n = of(perBirth("4000.00").build());
        assertEquals(Basis.NONE, n.basis());
        assertNull(n.monoPerBirth());
        assertEquals(Verdict.UNKNOWN, n.verdict());
    }

    @Test
    void monoZeroHasADifferenceButNoPercent() {
        BudgetNeutrality n = of(perBirth("4000.00").monoReference(new MonoReference(bd("0"), List.of())).build());
        assertEquals(bd("0.00"), n.monoPerBirth());
        assertEquals(bd("4000.00"), n.difference());
        assertNull(n.differencePct());
        assertEquals(Verdict.ABOVE, n.verdict());
    }

    @Test
    void monoZeroFromTheTable() {
        BudgetNeutrality n = of(perBirth("0.00").monoReference(new MonoReference(null, List.of(ref("A", "100.00", "0"))))
                .build());
        assertEquals(Basis.REFERENCE_TABLE, n.basis());
        assertEquals(bd("0.00"), n.difference());
        assertNull(n.differencePct());
        assertEquals(Verdict.NEUTRAL, n.verdict());
    }

    @Test
    void incompleteTotalsAreUnknown() {
        // line B has no volume: the total is incomplete, so there is no integral cost per birth
        QuoteContent c = content(line("A", "4000.00", "0", "100"), line("B", "10.00", "0", "-"))
                .totalVolume(bd("100")).monoReference(new MonoReference(bd("4000.00"), List.of())).build();
        BudgetNeutrality n = of(c);
        assertNull(n.integralPerBirth());
        assertEquals(bd("4000.00"), n.monoPerBirth());
        assertEquals(Basis.ENTERED, n.basis());
        assertNull(n.difference());
        assertNull(n.differencePct());
        assertEquals(Verdict.UNKNOWN, n.verdict());
    }

    @ParameterizedTest(name = "total volume {0}: unknown")
    @CsvSource({"-", "0"})
    void noBirthsIsUnknown(String volume) {
        QuoteContent c = content(line("A", "4000.00", "0", "100")).totalVolume(bd(volume))
                .monoReference(new MonoReference(bd("4000.00"), List.of())).build();
        BudgetNeutrality n = of(c);
        assertNull(n.integralPerBirth());
        assertEquals(Verdict.UNKNOWN, n.verdict());
    }

    @Test
    void emptyTableIsUnknown() {
        QuoteContent c = QuoteContent.builder().totalVolume(bd("100"))
                .monoReference(new MonoReference(bd("4000.00"), List.of())).build();
        assertEquals(Verdict.UNKNOWN, of(c).verdict());
    }

    @Test
    void fullQuote() {
        // integral 4912.82 (see QuoteFiguresTest) against entered 5000.00: -87.18, -87.18 x 100 / 5000 = -1.7436
        BudgetNeutrality n = of(QuoteData.full());
        assertEquals(bd("4912.82"), n.integralPerBirth());
        assertEquals(bd("-87.18"), n.difference());
        assertEquals(bd("-1.74"), n.differencePct());
        assertEquals(Verdict.NEUTRAL, n.verdict());
    }
}
