package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.content;
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

import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;

/**
 * The figures of a round, with their documented rounding: every money figure half-up to the cent
 * (not banker's rounding), births half-up to one decimal, and the total as the sum of the rounded line
 * totals. Expected values are computed by hand; BigDecimal equality is used where the scale (cents)
 * matters, so 103.46 must come back as 103.46 and not as 103.460.
 */
class QuoteFiguresTest {

    @ParameterizedTest(name = "{0} at {1}% -> {2}")
    @CsvSource({
            // tariff, indexation %, indexed tariff (half-up to the cent)
            "100.00,  3.455,   103.46",   // 103.455 -> up
            "100.00,  3.5,     103.50",
            "100,     0,       100.00",   // scale 2 even when the input has none
            "100.00,  0.00,    100.00",
            "100.00, -1.5,      98.50",   // negative indexation
            "99.99,  -2,        97.99",   // 99.99 x 0.98 = 97.9902
            "10.00,   0.05,     10.01",   // 10.005: half-up gives 10.01, banker's would give 10.00
            "10.00,   0.25,     10.03",   // 10.025: half-up 10.03, banker's 10.02
            "10.00,   0.049,    10.00",   // 10.0049 -> down
            "10.00,   0.0499,   10.00",   // 10.00499 -> down
            "200.00, -0.0025,  200.00",   // 199.995 -> up to 200.00
            "57.30,   3.455,    59.28",   // 57.30 x 1.03455 = 59.279715
            "1234.56, 2.1,    1260.49",   // 1234.56 x 1.021 = 1260.48576
            "1.005,   0,         1.01",   // a tariff with a third decimal is rounded as well
            "0.00,    5,         0.00",
            "-10.00,  0.05,    -10.01",   // -10.005: half-up rounds away from zero
            "100.00, 100,      200.00",
            "100.00, -100,       0.00",
    })
    void indexedTariffHalfUpToTheCent(String tariff, String pct, String expected) {
        BigDecimal indexed = QuoteFigures.indexedTariff(bd(tariff), bd(pct));
        assertEquals(new BigDecimal(expected), indexed, "exact value and scale 2");

        QuoteFigures f = QuoteFigures.of(content(line("A", tariff, pct, "1")).build());
        assertEquals(new BigDecimal(expected), f.lines().get(0).indexedTariff());
    }

    @ParameterizedTest(name = "tariff {0}, indexation {1} -> null")
    @CsvSource({"-, 3.5", "100.00, -", "-, -"})
    void indexedTariffNeedsBothInputs(String tariff, String pct) {
        assertNull(QuoteFigures.indexedTariff(bd(tariff), bd(pct)));
    }

    @ParameterizedTest(name = "{0} at {1}% x {2} -> {3}")
    @CsvSource({
            // tariff, indexation, volume, line total
            "100.00, 3.455, 0.333,   34.45",    // 103.46 x 0.333 = 34.45218
            "100.00, 3.455, 2.5,    258.65",    // 103.46 x 2.5
            "10.00,  0.05,  0.5,      5.01",    // 10.01 x 0.5 = 5.005 -> up (banker's: 5.00)
            "57.30,  3.455, 12.5,   741.00",    // 59.28 x 12.5
            "1234.56, 2.1,  3,     3781.47",    // 1260.49 x 3
            "99.99,  -2,    1.25,   122.49",    // 97.99 x 1.25 = 122.4875
            "100.00, 3.5,   0,        0.00",    // zero volume: a total of zero, not missing
            "0.67,   0,     0.5,      0.34",    // 0.335 -> up
            "1000.00, 3.455, 400, 413820.00",
    })
    void lineTotalIsIndexedTariffTimesVolumeHalfUp(String tariff, String pct, String volume, String expected) {
        QuoteFigures f = QuoteFigures.of(content(line("A", tariff, pct, volume)).build());
        QuoteFigures.Line l = f.lines().get(0);
        assertEquals(1, l.number());
        assertEquals(new BigDecimal(expected), l.total());
        assertEquals(new BigDecimal(expected), f.total(), "one line: the total is its line total");
        assertTrue(f.totalComplete());
    }

    @Test
    void totalIsTheSumOfTheRoundedLineTotals() {
        // each line: 0.67 x 0.5 = 0.335 -> 0.34; the sum of the rounded lines is 1.02, while rounding
        // the unrounded sum (1.005) would give 1.01
        QuoteFigures f = QuoteFigures.of(content(line("A", "0.67", "0", "0.5"), line("B", "0.67", "0", "0.5"),
                line("C", "0.67", "0", "0.5")).build());
        assertEquals(List.of(bd("0.34"), bd("0.34"), bd("0.34")), f.lines().stream().map(QuoteFigures.Line::total).toList());
        assertEquals(bd("1.02"), f.total());
        assertEquals(List.of(1, 2, 3), f.lines().stream().map(QuoteFigures.Line::number).toList());
    }

    @Test
    void fullQuoteFigures() {
        QuoteFigures f = QuoteFigures.of(QuoteData.full());
        assertEquals(List.of(bd("1034.55"), bd("2587.50"), bd("59.28")),
                f.lines().stream().map(QuoteFigures.Line::indexedTariff).toList());
        assertEquals(List.of(bd("413820.00"), bd("389418.75"), bd("1161888.00")),
                f.lines().stream().map(QuoteFigures.Line::total).toList());
        // 413820.00 + 389418.75 + 1161888.00
        assertEquals(bd("1965126.75"), f.total());
        assertTrue(f.totalComplete());
        // 1965126.75 x 23.45 / 100 = 460822.222875 -> 460822.22
        assertEquals(bd("460822.22"), f.insurerPart());
        // 400 x 23.45 / 100 = 93.8
        assertEquals(bd("93.8"), f.insurerBirths());
        // 1965126.75 / 400 = 4912.816875 -> 4912.82
        assertEquals(bd("4912.82"), f.costPerBirth());
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({
            "tariff,     -,      3.5, 10, -",
            "indexation, 100.00, -,   10, -",
            "volume,     100.00, 3.5, -,  103.50",
    })
    void missingInputMakesTheLineTotalNullAndTheTotalIncomplete(String what, String tariff, String pct, String volume,
                                                                 String indexed) {
        // line 1 is complete (50.00 x 2 = 100.00), line 2 misses one input
        QuoteFigures f = QuoteFigures.of(content(line("A", "50.00", "0", "2"), line("B", tariff, pct, volume))
                .totalVolume(bd("10")).marketSharePct(bd("50")).build());
        assertEquals(bd(indexed), f.lines().get(1).indexedTariff());
        assertNull(f.lines().get(1).total(), what + " missing: no line total");
        assertFalse(f.totalComplete());
        // the total holds what could be added (line 1); totalComplete says it is not the whole table
        assertEquals(bd("100.00"), f.total());
    }

    @Test
    void emptyTableHasNoTotal() {
        QuoteFigures f = QuoteFigures.of(QuoteContent.builder().totalVolume(bd("400")).marketSharePct(bd("23.45")).build());
        assertTrue(f.lines().isEmpty());
        assertNull(f.total());
        assertFalse(f.totalComplete());
        assertNull(f.insurerPart());
        assertNull(f.costPerBirth());
        // the insurer's births do not depend on the table
        assertEquals(bd("93.8"), f.insurerBirths());
    }

    @ParameterizedTest(name = "total {0} x {1}% -> {2}")
    @CsvSource({
            // total (one line, tariff x 1), market share %, insurer's part
            "0.50,       1,       0.01",      // 0.005 -> up (banker's: 0.00)
            "0.50,       3,       0.02",      // 0.015 -> up
            "1000.00,   25,     250.00",
            "1000.00,    0,       0.00",
            "1000.00,  100,    1000.00",
            "999.99,    33.33,  333.30",      // 333.296667 -> 333.30
            "1965126.75, 23.45, 460822.22",   // 460822.222875
            "12345.67,  12.345, 1524.07",     // 1524.0729615 -> 1524.07
    })
    void insurersPartHalfUpToTheCent(String total, String share, String expected) {
        QuoteFigures f = QuoteFigures.of(content(line("A", total, "0", "1")).marketSharePct(bd(share)).build());
        assertEquals(new BigDecimal(expected), f.insurerPart());
    }

    @Test
    void noInsurersPartWithoutMarketShare() {
        QuoteFigures f = QuoteFigures.of(content(line("A", "1000.00", "0", "1")).build());
        assertNull(f.insurerPart());
        assertNull(f.insurerBirths());
    }

    @ParameterizedTest(name = "{0} births x {1}% -> {2}")
    @CsvSource({
            // total volume, market share %, insurer's births (one decimal, half-up)
            "400,   23.45, 93.8",    // 93.8
            "333,   23.45, 78.1",    // 78.0885
            "250,   12.34, 30.9",    // 30.85: half-up 30.9, banker's 30.8
            "250,   12.3,  30.8",    // 30.75: half-up 30.8 (banker's also 30.8)
            "250,   12.26, 30.7",    // 30.65: half-up 30.7, banker's 30.6
            "333,   23.40, 77.9",    // 77.922
            "0,     23.45,  0.0",
            "1000,   0,     0.0",
            "120.5, 50,    60.3",    // 60.25 -> up
    })
    void insurersBirthsToOneDecimalHalfUp(String volume, String share, String expected) {
        QuoteFigures f = QuoteFigures.of(QuoteContent.builder().totalVolume(bd(volume)).marketSharePct(bd(share)).build());
        assertEquals(new BigDecimal(expected), f.insurerBirths());
    }

    @ParameterizedTest(name = "total {0} / {1} births -> {2}")
    @CsvSource({
            // total (one line), total volume, cost per birth (half-up to the cent); - = none
            "1.00,        8,   0.13",      // 0.125: half-up 0.13, banker's 0.12
            "1.00,        3,   0.33",      // 0.3333
            "2.00,        3,   0.67",      // 0.6667
            "1965126.75, 400,  4912.82",   // 4912.816875
            "4000.00,    1,    4000.00",
            "100.00,     0.5,  200.00",    // a fractional volume
            "100.00,     0,    -",         // zero births: no cost per birth (no division by zero)
            "100.00,    -5,    -",         // negative births: none either
            "100.00,     -,    -",         // missing volume
    })
    void costPerBirthHalfUp(String total, String volume, String expected) {
        QuoteFigures f = QuoteFigures.of(content(line("A", total, "0", "1")).totalVolume(bd(volume)).build());
        assertEquals(bd(expected), f.costPerBirth());
    }
}
