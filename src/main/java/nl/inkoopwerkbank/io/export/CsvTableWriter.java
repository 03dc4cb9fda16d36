package nl.inkoopwerkbank.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes a table as CSV that Dutch Excel opens as it is: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF line ends, decimals with a comma and no grouping ({@code 1234,56}), dates as
 * {@code 23-11-2026}. A text that starts like a formula ({@code = + - @}) gets a leading apostrophe so
 * a spreadsheet never runs it.
 */
public final class CsvTableWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private CsvTableWriter() {
    }

    public static void write(TableData table, OutputStream out, BooleanSupplier cancelled) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(w);
        csv.writeRecord(table.columns().stream().map(TableData.Column::header).toList());
        for (List<Object> row : table.rows()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<String> fields = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                fields.add(field(table.columns().get(c).kind(), row.get(c)));
            }
            csv.writeRecord(fields);
        }
        csv.flush();
        w.flush();
    }

    static String field(TableData.Kind kind, Object v) {
        if (v == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> defuse((String) v);
            case INTEGER -> v.toString();
            case DECIMAL, MONEY, PERCENT -> ((BigDecimal) v).toPlainString().replace('.', ',');
            case DATE -> DATE.format((LocalDate) v);
        };
    }

    private static String defuse(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
