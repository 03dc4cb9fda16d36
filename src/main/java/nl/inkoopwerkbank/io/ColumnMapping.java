package nl.inkoopwerkbank.io;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Which sheet column holds which field of a tariff line. Columns are letters as Excel shows them
 * ({@code "C"}); null (or blank) means not mapped. {@code headerRow} is the 1-based row of the column
 * headers, 0 when the sheet has none; the data are the rows below it.
 * <p>
 * Required: code or description, tariff and volume; indexation unless {@code defaultIndexationPct} is
 * given (which then also fills empty indexation cells). {@code indexationAsFraction}: a plain number in
 * the indexation column is a fraction (0.035 = 3.5%); a number formatted as percent in Excel, or a text
 * with {@code %}, is always read as the percentage it shows. See docs/quote-import.md.
 */
public record ColumnMapping(int headerRow, String code, String description, String tariff, String indexation,
                            String volume, boolean indexationAsFraction, BigDecimal defaultIndexationPct) {

    /** The last column of an Excel sheet (XFD = 16384). */
    static final int MAX_COLUMNS = 16_384;

    public ColumnMapping {
        code = column(code);
        description = column(description);
        tariff = column(tariff);
        indexation = column(indexation);
        volume = column(volume);
    }

    /** The same mapping with another header row (the dialog's row chooser). */
    public ColumnMapping withHeaderRow(int row) {
        return new ColumnMapping(row, code, description, tariff, indexation, volume, indexationAsFraction,
                defaultIndexationPct);
    }

    /** The same mapping with the fraction flag and default indexation changed. */
    public ColumnMapping withIndexation(boolean asFraction, BigDecimal defaultPct) {
        return new ColumnMapping(headerRow, code, description, tariff, indexation, volume, asFraction, defaultPct);
    }

    /** The column letters of a 0-based column index: 0 = A, 25 = Z, 26 = AA. */
    public static String letter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("column index " + index);
        }
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.append((char) ('A' + (n - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** The 0-based index of column letters ({@code "AA"} = 26), or -1 when it is no column of a sheet. */
    public static int index(String letters) {
        if (letters == null || letters.isEmpty() || letters.length() > 3) {
            return -1;
        }
        int n = 0;
        for (char ch : letters.toCharArray()) {
            if (ch < 'A' || ch > 'Z') {
                return -1;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n > MAX_COLUMNS ? -1 : n - 1;
    }

    private static String column(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
