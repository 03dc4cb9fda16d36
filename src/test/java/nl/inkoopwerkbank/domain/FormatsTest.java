package nl.inkoopwerkbank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.domain.format.Formats;

class FormatsTest {

    @Test
    void moneyIsDutchWithEuroSignAndTwoDecimals() {
        assertEquals("€ 1.234,56", Formats.money(new BigDecimal("1234.56")));
        assertEquals("€ 1.234.567,89", Formats.money(new BigDecimal("1234567.89")));
        assertEquals("€ 0,00", Formats.money(BigDecimal.ZERO));
        assertEquals("€ 250.000,00", Formats.money(new BigDecimal("250000")));
    }

    @Test
    void moneyRoundsHalfUpToTheCent() {
        assertEquals("€ 0,01", Formats.money(new BigDecimal("0.005")));
        assertEquals("€ 0,00", Formats.money(new BigDecimal("0.0049")));
        assertEquals("€ 2,68", Formats.money(new BigDecimal("2.675")));
        assertEquals("€ -1,01", Formats.money(new BigDecimal("-1.005")));
    }

    @Test
    void datesAreWrittenOutInDutchByDefault() {
        assertEquals("1 oktober 2026", Formats.date(LocalDate.of(2026, 10, 1)));
        assertEquals("12 november 2026", Formats.date(LocalDate.of(2026, 11, 12)));
        assertEquals("1 October 2026", Formats.date(LocalDate.of(2026, 10, 1), Locale.ENGLISH));
    }

    @Test
    void datesAreReadAsPeopleTypeThem() {
        LocalDate expected = LocalDate.of(2026, 10, 1);
        assertEquals(Optional.of(expected), Formats.parseDate("1-10-2026", Formats.DUTCH));
        assertEquals(Optional.of(expected), Formats.parseDate("01-10-2026", Formats.DUTCH));
        assertEquals(Optional.of(expected), Formats.parseDate("1 oktober 2026", Formats.DUTCH));
        assertEquals(Optional.of(expected), Formats.parseDate("2026-10-01", Formats.DUTCH));
        assertEquals(Optional.of(expected), Formats.parseDate("1 October 2026", Locale.ENGLISH));
        assertEquals(Optional.empty(), Formats.parseDate("31-02-2026", Formats.DUTCH));
        assertEquals(Optional.empty(), Formats.parseDate("morgen", Formats.DUTCH));
    }
}
