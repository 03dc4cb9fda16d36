package nl.inkoopwerkbank.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables to an .xlsx workbook, one sheet per table, with real cells: numbers and amounts as
 * numbers (from their decimal text, never through {@code double}), dates as dates, percentages as
 * fractions with a percent format. The header row is bold, frozen and carries an auto-filter.
 */
public final class SpreadsheetWriter {

    static final String MONEY_FORMAT = "\"€\" #,##0.00;\"€\" -#,##0.00";
    static final String DATE_FORMAT = "[$-413]d mmmm yyyy";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DECIMAL_FORMAT = "#,##0.##";
    static final String INTEGER_FORMAT = "0";

    private SpreadsheetWriter() {
    }

    /**
     * Writes the workbook; {@code cancelled} is asked between rows, and a cancellation ends the
     * writing with a {@link CancellationException} (the caller's temporary file is then discarded).
     */
    public static void write(List<TableData> tables, OutputStream out, BooleanSupplier cancelled) throws IOException {
        Workbook wb = new Workbook(out, "Inkoopwerkbank", "1.0");
        wb.properties().setTitle(tables.isEmpty() ? "" : tables.get(0).name());
        for (TableData t : tables) {
            sheet(wb.newWorksheet(safeSheetName(t.name())), t, cancelled);
        }
        wb.finish();
    }

    private static void sheet(Worksheet ws, TableData t, BooleanSupplier cancelled) throws IOException {
        List<TableData.Column> cols = t.columns();
        for (int c = 0; c < cols.size(); c++) {
            ws.value(0, c, cols.get(c).header());
            ws.style(0, c).bold().fillColor("E8EEF2").wrapText(true).verticalAlignment("top").set();
            ws.width(c, cols.get(c).width() > 0 ? cols.get(c).width() : 14);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<Object> row = t.rows().get(r);
            for (int c = 0; c < cols.size(); c++) {
                cell(ws, r + 1, c, cols.get(c).kind(), row.get(c));
            }
            if (r % 1000 == 999) {
                ws.flush();
            }
        }
        ws.freezePane(0, 1);
        if (!cols.isEmpty()) {
            ws.setAutoFilter(0, 0, Math.max(0, t.rows().size()), cols.size() - 1);
        }
        ws.finish();
    }

    private static void cell(Worksheet ws, int r, int c, TableData.Kind kind, Object v) {
        if (v == null) {
            return;
        }
        switch (kind) {
            case TEXT -> ws.value(r, c, (String) v);
            case INTEGER -> {
                ws.value(r, c, (Number) v);
                ws.style(r, c).format(INTEGER_FORMAT).set();
            }
            case DECIMAL -> {
                ws.value(r, c, new PlainDecimal((BigDecimal) v));
                ws.style(r, c).format(DECIMAL_FORMAT).set();
            }
            case MONEY -> {
                ws.value(r, c, new PlainDecimal((BigDecimal) v));
                ws.style(r, c).format(MONEY_FORMAT).set();
            }
            case PERCENT -> {
                BigDecimal fraction = ((BigDecimal) v).divide(BigDecimal.valueOf(100),
                        Math.max(2, ((BigDecimal) v).scale() + 2), RoundingMode.UNNECESSARY);
                ws.value(r, c, new PlainDecimal(fraction));
                ws.style(r, c).format(PERCENT_FORMAT).set();
            }
            case DATE -> {
                ws.value(r, c, (LocalDate) v);
                ws.style(r, c).format(DATE_FORMAT).set();
            }
        }
    }

    /** Excel allows at most 31 characters and none of : \ / ? * [ ] in a sheet name. */
    static String safeSheetName(String name) {
        String s = name.replaceAll("[:\\\\/?*\\[\\]]", "-").strip();
        if (s.isEmpty()) {
            s = "Blad";
        }
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** A decimal that the workbook writes as its plain text ({@code 0.0000001}, never {@code 1E-7}). */
    private static final class PlainDecimal extends Number {
        private final BigDecimal value;

        PlainDecimal(BigDecimal value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public float floatValue() {
            return value.floatValue();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }
    }
}
