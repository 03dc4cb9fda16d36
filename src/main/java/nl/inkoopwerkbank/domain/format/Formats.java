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

    /** {@code 21 november 2026 14:05} in Dutch, {@code 21 November 2026 14:05} in English. */
    public static String dateTime(java.time.LocalDateTime at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(at);
    }

    public static String dateTime(java.time.LocalDateTime at) {
        return dateTime(at, DUTCH);
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

    /**
     * A number for display and editing the Dutch way, exactly as stored: {@code 1234,5}, {@code 3,455}
     * (no thousands separators, no rounding). Empty for null.
     */
    public static String decimal(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString().replace('.', ',');
    }

    /** A number with thousands separators, rounded half-up to at most {@code maxDecimals}: {@code 1.150} or {@code 437,5}. */
    public static String number(BigDecimal n, int maxDecimals) {
        if (n == null) {
            return "";
        }
        DecimalFormat df = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DUTCH));
        df.setMaximumFractionDigits(maxDecimals);
        df.setRoundingMode(RoundingMode.HALF_UP);
        return df.format(n);
    }

    /**
     * A percentage with its precision stated by the caller: {@code 38,25%} for 38.25 with two decimals,
     * half-up; trailing zeros are dropped ({@code 3,5%}).
     */
    public static String percent(BigDecimal pct, int maxDecimals) {
        return pct == null ? "" : number(pct, maxDecimals) + "%";
    }

    /**
     * Reads a number as people type it in the Netherlands: {@code 1.234,56}, {@code 1234,56},
     * {@code € 250.000}, {@code 3,5%}, {@code -1,2}, or with a decimal point when there is no comma and
     * the dots are not thousands groups ({@code 1234.56}). Empty when it is not a number.
     */
    /** A number typed with more characters than this is not one a buyer means (and would be slow to read). */
    public static final int MAX_NUMBER_TEXT = 60;

    public static Optional<BigDecimal> parseNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replace("€", "").replace("%", "").replace('\u00a0', ' ').replace(" ", "").strip();
        if (t.isEmpty() || t.length() > MAX_NUMBER_TEXT || !t.matches("-?[0-9.,]+")) {
            return Optional.empty();
        }
        String normal;
        if (t.contains(",")) {
            if (t.indexOf(',') != t.lastIndexOf(',')) {
                return Optional.empty();
            }
            normal = t.replace(".", "").replace(',', '.');
        } else if (t.matches("-?[0-9]{1,3}(\\.[0-9]{3})+")) {
            normal = t.replace(".", "");
        } else {
            normal = t;
        }
        try {
            return Optional.of(new BigDecimal(normal));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
