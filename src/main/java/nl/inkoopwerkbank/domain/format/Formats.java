package nl.inkoopwerkbank.domain.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dutch presentation of money and dates: {@code € 1.234,56} (BigDecimal, half-up to the cent) and
 * {@code 1 oktober 2026}. Money is always shown the Dutch way; dates follow the chosen language.
 */
public final class Formats {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Formats() {
    }

    /** {@code € 1.234,56}; half-up rounding to the cent; negative as {@code € -1.234,56}. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat df = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH));
        df.setRoundingMode(RoundingMode.HALF_UP);
        return "€ " + df.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code 1 oktober 2026} in Dutch, {@code 1 October 2026} in English. */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public static String date(LocalDate date) {
        return date(date, DUTCH);
    }

    /**
     * Reads a date as people type it: {@code 1-10-2026}, {@code 01-10-2026}, {@code 1 oktober 2026}
     * (or the English month name), or ISO {@code 2026-10-01}.
     */
    public static Optional<LocalDate> parseDate(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        List<DateTimeFormatter> formats = List.of(
                DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
                DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
                DateTimeFormatter.ofPattern("d MMMM uuuu", locale).withResolverStyle(ResolverStyle.STRICT),
                DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH).withResolverStyle(ResolverStyle.STRICT));
        for (DateTimeFormatter f : formats) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
