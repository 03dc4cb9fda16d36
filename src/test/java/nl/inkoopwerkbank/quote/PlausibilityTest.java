package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.content;
import static nl.inkoopwerkbank.quote.QuoteData.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.inkoopwerkbank.domain.quote.AnnualAccounts;
import nl.inkoopwerkbank.domain.quote.Plausibility;
import nl.inkoopwerkbank.domain.quote.Plausibility.Code;
import nl.inkoopwerkbank.domain.quote.Plausibility.Warning;
import nl.inkoopwerkbank.domain.quote.PlausibilityLimits;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/**
 * Every plausibility warning with its boundaries: each case starts from a quote without warnings,
 * changes one thing and expects exactly the listed warning (field, line, arguments), or none.
 */
class PlausibilityTest {

    /**
     * Without warnings: one line 1000.00 at 0% x 1 = 1000.00, financing request 1000.00, 400 births,
     * 25% market share (insurer's part 250.00), 6 of 8 practices, 80 insured, accounts of 2025 in a
     * round of 2026.
     */
    static QuoteContent.Builder clean() {
        return content(line("A", "Prestatie A", "1000.00", "0", "1")).financingRequest(bd("1000.00"))
                .totalVolume(bd("400")).marketSharePct(bd("25")).adherence(6, 8).insuredInCare16Weeks(80)
                .accounts(new AnnualAccounts(2025, true, true));
    }

    static List<Warning> check(QuoteContent c, Integer year) {
        return Plausibility.check(c, QuoteFigures.of(c), PlausibilityLimits.DEFAULT, year);
    }

    static List<Warning> check(QuoteContent c) {
        return check(c, 2026);
    }

    @Test
    void cleanQuoteHasNoWarnings() {
        assertEquals(List.of(), check(clean().build()));
        assertEquals(List.of(), check(QuoteData.full(), 2026));
    }

    @Test
    void messageKeys() {
        for (Code c : Code.values()) {
            assertEquals("quote.warning." + c.name(), c.messageKey());
        }
    }

    static Warning w(Code code, String field, int line, Object... args) {
        return new Warning(code, field, line, Arrays.asList(args));
    }

    // ---------------------------------------------------------------------------------------------
    // market share and total volume

    @ParameterizedTest(name = "market share {0}")
    @CsvSource({"-0.01", "100.01", "-5", "150", "2345"})
    void marketShareOutOfRange(String share) {
        assertEquals(List.of(w(Code.MARKET_SHARE_OUT_OF_RANGE, "marketSharePct", 0, bd(share))),
                check(clean().marketSharePct(bd(share)).financingRequest(null).build()));
    }

    @ParameterizedTest(name = "market share {0}: zero")
    @CsvSource({"0", "0.00"})
    void marketShareZero(String share) {
        assertEquals(List.of(w(Code.MARKET_SHARE_ZERO, "marketSharePct", 0)),
                check(clean().marketSharePct(bd(share)).build()));
    }

    @ParameterizedTest(name = "market share {0}: fine")
    @CsvSource({"0.01", "100", "100.00", "23.45", "-"})
    void marketShareFine(String share) {
        assertEquals(List.of(), check(clean().marketSharePct(bd(share)).build()));
    }

    @ParameterizedTest(name = "total volume {0}")
    @CsvSource({"0, true", "-1, true", "0.1, false", "-, false"})
    void totalVolumeZero(String volume, boolean warned) {
        List<Warning> ws = check(clean().totalVolume(bd(volume)).insuredInCare16Weeks(null).build());
        assertEquals(warned ? List.of(w(Code.TOTAL_VOLUME_ZERO, "totalVolume", 0, bd(volume))) : List.of(), ws);
    }

    // ---------------------------------------------------------------------------------------------
    // tariff lines

    static Stream<Arguments> lineCases() {
        // line 2 of two lines (so the line number is visible); its name is its code "B"
        return Stream.of(
                Arguments.of("-", "3.5", "1", w(Code.LINE_WITHOUT_TARIFF, "tariffLines.tariff", 2, 2, "B")),
                Arguments.of("0", "3.5", "1", w(Code.LINE_TARIFF_NOT_POSITIVE, "tariffLines.tariff", 2, 2, "B", bd("0"))),
                Arguments.of("-0.01", "3.5", "1",
                        w(Code.LINE_TARIFF_NOT_POSITIVE, "tariffLines.tariff", 2, 2, "B", bd("-0.01"))),
                Arguments.of("0.01", "3.5", "1", null),
                Arguments.of("10.00", "-", "1", w(Code.LINE_WITHOUT_INDEXATION, "tariffLines.indexationPct", 2, 2, "B")),
                Arguments.of("10.00", "-2", "1", null),
                Arguments.of("10.00", "-2.00", "1", null),
                Arguments.of("10.00", "10", "1", null),
                Arguments.of("10.00", "10.000", "1", null),
                Arguments.of("10.00", "0", "1", null),
                Arguments.of("10.00", "-2.01", "1", w(Code.INDEXATION_OUT_OF_RANGE, "tariffLines.indexationPct", 2,
                        2, "B", bd("-2.01"), bd("-2"), bd("10"))),
                Arguments.of("10.00", "10.01", "1", w(Code.INDEXATION_OUT_OF_RANGE, "tariffLines.indexationPct", 2,
                        2, "B", bd("10.01"), bd("-2"), bd("10"))),
                Arguments.of("10.00", "35", "1", w(Code.INDEXATION_OUT_OF_RANGE, "tariffLines.indexationPct", 2,
                        2, "B", bd("35"), bd("-2"), bd("10"))),
                Arguments.of("10.00", "3.5", "-", w(Code.LINE_WITHOUT_VOLUME, "tariffLines.volume", 2, 2, "B")),
                Arguments.of("10.00", "3.5", "0", w(Code.LINE_VOLUME_ZERO, "tariffLines.volume", 2, 2, "B")),
                Arguments.of("10.00", "3.5", "-1", w(Code.LINE_VOLUME_ZERO, "tariffLines.volume", 2, 2, "B")),
                Arguments.of("10.00", "3.5", "0.01", null));
    }

    @ParameterizedTest(name = "line B: tariff {0}, indexation {1}, volume {2}")
    @MethodSource("lineCases")
    void lineChecks(String tariff, String pct, String volume, Warning expected) {
        // no financing request, so the total check stays out of the way
        QuoteContent c = content(line("A", "100.00", "3.5", "1"), line("B", tariff, pct, volume)).totalVolume(bd("400"))
                .build();
        assertEquals(expected == null ? List.of() : List.of(expected), check(c));
    }

    @Test
    void aLineMissingEverythingGetsThreeWarningsInOrder() {
        QuoteContent c = content(new TariffLine("", "Echo extra", null, null, null)).build();
        assertEquals(List.of(w(Code.LINE_WITHOUT_VOLUME, "tariffLines.volume", 1, 1, "Echo extra"),
                w(Code.LINE_WITHOUT_TARIFF, "tariffLines.tariff", 1, 1, "Echo extra"),
                w(Code.LINE_WITHOUT_INDEXATION, "tariffLines.indexationPct", 1, 1, "Echo extra")), check(c));
    }

    @Test
    void customLimits() {
        PlausibilityLimits strict = new PlausibilityLimits(bd("0"), bd("5"), bd("0.10"));
        QuoteContent c = content(line("A", "100.00", "-0.5", "1"), line("B", "100.00", "5", "1"),
                line("C", "100.00", "5.01", "1")).build();
        List<Warning> ws = Plausibility.check(c, QuoteFigures.of(c), strict, null);
        assertEquals(List.of(w(Code.INDEXATION_OUT_OF_RANGE, "tariffLines.indexationPct", 1, 1, "A", bd("-0.5"), bd("0"), bd("5")),
                w(Code.INDEXATION_OUT_OF_RANGE, "tariffLines.indexationPct", 3, 3, "C", bd("5.01"), bd("0"), bd("5"))), ws);
    }

    // ---------------------------------------------------------------------------------------------
    // duplicates

    @Test
    void duplicateCodes() {
        QuoteContent c = content(line("A", "10.00", "0", "1"), line("B", "10.00", "0", "1"), line("A", "20.00", "0", "1"),
                line("A", "30.00", "0", "1")).build();
        // every later line with the same code points at the first
        assertEquals(List.of(w(Code.DUPLICATE_LINE, "tariffLines.code", 3, 3, "A", 1),
                w(Code.DUPLICATE_LINE, "tariffLines.code", 4, 4, "A", 1)), check(c));
    }

    @Test
    void codesAreCaseSensitive() {
        QuoteContent c = content(line("A", "10.00", "0", "1"), line("a", "10.00", "0", "1")).build();
        assertEquals(List.of(), check(c));
    }

    @Test
    void duplicateDescriptionsWhenThereIsNoCode() {
        QuoteContent c = content(line("", "Partus thuis", "10.00", "0", "1"), line("", "Partus kliniek", "10.00", "0", "1"),
                line("", " partus THUIS ", "10.00", "0", "1")).build();
        assertEquals(List.of(w(Code.DUPLICATE_LINE, "tariffLines.code", 3, 3, "partus THUIS", 1)), check(c));
    }

    @Test
    void sameDescriptionWithDifferentCodesIsNoDuplicate() {
        QuoteContent c = content(line("P1", "Partus", "10.00", "0", "1"), line("P2", "Partus", "10.00", "0", "1")).build();
        assertEquals(List.of(), check(c));
    }

    @Test
    void unnamedLinesAreNotDuplicatesOfEachOther() {
        QuoteContent c = content(line("", "", "10.00", "0", "1"), line("", "", "10.00", "0", "1")).build();
        assertEquals(List.of(), check(c));
    }

    // ---------------------------------------------------------------------------------------------
    // total against the financing request (total 1000.00, insurer's part 250.00 at 25%)

    @ParameterizedTest(name = "request {0}: warned {1}")
    @CsvSource({
            "1000.00, false",
            "1001.00, false",   // 1.00 off: inclusive tolerance
            "999.00,  false",
            "1001.01, true",
            "998.99,  true",
            "250.00,  false",   // the insurer's part
            "251.00,  false",
            "249.00,  false",
            "251.01,  true",
            "248.99,  true",
            "625.00,  true",
            "0,       true",
    })
    void totalAgainstFinancingRequest(String request, boolean warned) {
        List<Warning> ws = check(clean().financingRequest(bd(request)).build());
        BigDecimal total = bd("1000.00");
        assertEquals(warned ? List.of(w(Code.TOTAL_DIFFERS_FROM_REQUEST, "financingRequest", 0, total, bd(request),
                total.subtract(bd(request)))) : List.of(), ws);
    }

    @Test
    void withoutMarketShareOnlyTheTotalCounts() {
        assertEquals(List.of(w(Code.TOTAL_DIFFERS_FROM_REQUEST, "financingRequest", 0, bd("1000.00"), bd("250.00"),
                bd("750.00"))), check(clean().marketSharePct(null).financingRequest(bd("250.00")).build()));
        assertEquals(List.of(), check(clean().marketSharePct(null).financingRequest(bd("1000.00")).build()));
    }

    @Test
    void noComparisonWhileTheTotalIsIncompleteOrAbsent() {
        // line B has no volume: no total to compare (only the line warning)
        QuoteContent c = clean().tariffLine(line("B", "10.00", "0", "-")).financingRequest(bd("5.00")).build();
        assertEquals(Set.of(Code.LINE_WITHOUT_VOLUME), codes(check(c)));
        QuoteContent empty = clean().tariffLines(List.of()).financingRequest(bd("5.00")).build();
        assertEquals(List.of(), check(empty));
    }

    @Test
    void largeTotalsToleranceIsOneEuro() {
        // full quote: total 1965126.75, part 460822.22
        assertEquals(List.of(), check(QuoteData.full().toBuilder().financingRequest(bd("1965127.75")).build()));
        assertEquals(List.of(), check(QuoteData.full().toBuilder().financingRequest(bd("460821.22")).build()));
        assertEquals(Set.of(Code.TOTAL_DIFFERS_FROM_REQUEST),
                codes(check(QuoteData.full().toBuilder().financingRequest(bd("1965127.76")).build())));
        assertEquals(Set.of(Code.TOTAL_DIFFERS_FROM_REQUEST),
                codes(check(QuoteData.full().toBuilder().financingRequest(bd("460823.23")).build())));
    }

    // ---------------------------------------------------------------------------------------------
    // adherence, insured, accounts

    @ParameterizedTest(name = "{0} of {1}: warned {2}")
    @CsvSource({"9, 8, true", "8, 8, false", "0, 0, false", "1, 0, true", "9, -, false", "-, 8, false"})
    void adherenceJoinedAboveTotal(String joined, String total, boolean warned) {
        Integer j = joined.equals("-") ? null : Integer.valueOf(joined);
        Integer t = total.equals("-") ? null : Integer.valueOf(total);
        assertEquals(warned ? List.of(w(Code.ADHERENCE_JOINED_ABOVE_TOTAL, "adherenceJoined", 0, j, t)) : List.of(),
                check(clean().adherence(j, t).build()));
    }

    @ParameterizedTest(name = "{0} insured, {1} births: warned {2}")
    @CsvSource({"401, 400, true", "400, 400, false", "0, 400, false", "401, 400.5, true", "400, 400.5, false", "401, -, false"})
    void insuredAboveVolume(int insured, String volume, boolean warned) {
        assertEquals(warned ? List.of(w(Code.INSURED_16_WEEKS_ABOVE_VOLUME, "insuredInCare16Weeks", 0, insured, bd(volume)))
                : List.of(), check(clean().insuredInCare16Weeks(insured).totalVolume(bd(volume)).build()));
    }

    @ParameterizedTest(name = "accounts {0}, round of {1}: warned {2}")
    @CsvSource({"2024, 2026, true", "2025, 2026, false", "2026, 2026, true", "2020, 2026, true", "-, 2026, false",
            "2020, -, false"})
    void accountsOfTheLastClosedYear(String accounts, String year, boolean warned) {
        Integer a = accounts.equals("-") ? null : Integer.valueOf(accounts);
        Integer y = year.equals("-") ? null : Integer.valueOf(year);
        assertEquals(warned ? List.of(w(Code.ACCOUNTS_NOT_LAST_YEAR, "accounts.year", 0, a, y - 1)) : List.of(),
                check(clean().accounts(new AnnualAccounts(a, true, true)).build(), y));
    }

    @Test
    void everyCodeIsReachable() {
        // one quote that trips every check at once, in the documented order
        QuoteContent c = content(line("A", "-", "-", "-"), line("B", "0", "12", "0"), line("A", "10.00", "0", "1"))
                .marketSharePct(bd("101")).totalVolume(bd("0")).adherence(9, 8).insuredInCare16Weeks(1)
                .accounts(new AnnualAccounts(2020, true, true)).build();
        QuoteContent zero = clean().marketSharePct(bd("0")).financingRequest(bd("5000.00")).build();
        QuoteContent fraction = content(line("F", "10.00", "0.035", "1")).build();
        Set<Code> all = EnumSet.noneOf(Code.class);
        all.addAll(codes(check(fraction)));
        all.addAll(codes(check(c)));
        all.addAll(codes(check(zero)));
        assertEquals(EnumSet.allOf(Code.class), all);
        assertEquals(List.of(Code.MARKET_SHARE_OUT_OF_RANGE, Code.TOTAL_VOLUME_ZERO, Code.LINE_WITHOUT_VOLUME,
                Code.LINE_WITHOUT_TARIFF, Code.LINE_WITHOUT_INDEXATION, Code.LINE_VOLUME_ZERO, Code.LINE_TARIFF_NOT_POSITIVE,
                Code.INDEXATION_OUT_OF_RANGE, Code.DUPLICATE_LINE, Code.ADHERENCE_JOINED_ABOVE_TOTAL,
                Code.INSURED_16_WEEKS_ABOVE_VOLUME, Code.ACCOUNTS_NOT_LAST_YEAR),
                check(c).stream().map(Warning::code).toList());
        assertTrue(codes(check(zero)).containsAll(Set.of(Code.MARKET_SHARE_ZERO, Code.TOTAL_DIFFERS_FROM_REQUEST)));
    }

    @ParameterizedTest(name = "indexation {0}: looks like a fraction {1}")
    @CsvSource({"0.035, true", "0.099, true", "0.1, false", "0, false", "-0.05, true", "3.5, false", "0.5, false"})
    void indexationTypedAsAFractionIsReported(String indexation, boolean warned) {
        List<Code> codes = check(content(line("F", "10.00", indexation, "1")).build()).stream().map(Warning::code).toList();
        assertEquals(warned, codes.contains(Code.INDEXATION_LOOKS_LIKE_FRACTION), codes.toString());
    }

    static Set<Code> codes(List<Warning> ws) {
        return ws.stream().map(Warning::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(Code.class)));
    }
}
