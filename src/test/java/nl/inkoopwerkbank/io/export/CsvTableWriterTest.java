package nl.inkoopwerkbank.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.io.export.TableData.Column;
import nl.inkoopwerkbank.io.export.TableData.Kind;

/**
 * {@link CsvTableWriter}: the bytes as Dutch Excel wants them (BOM, {@code ;}, CRLF, decimal comma,
 * dd-MM-yyyy), formula-looking text defused, and the fields read back identically with FastCSV.
 */
class CsvTableWriterTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final List<Column> COLUMNS = List.of(
            new Column("Code", Kind.TEXT, 0),
            new Column("Aantal", Kind.INTEGER, 0),
            new Column("Volume", Kind.DECIMAL, 0),
            new Column("Tarief", Kind.MONEY, 0),
            new Column("Indexatie", Kind.PERCENT, 0),
            new Column("Datum", Kind.DATE, 0));

    static byte[] write(TableData t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter.write(t, out, () -> false);
        return out.toByteArray();
    }

    static String body(byte[] csv) {
        assertTrue(csv.length >= 3, "at least the BOM");
        assertArrayEquals(BOM, Arrays.copyOf(csv, 3), "UTF-8 byte order mark first");
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    static List<List<String>> readBack(byte[] csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .ofCsvRecord(new ByteArrayInputStream(csv))) {
            for (CsvRecord rec : r) {
                out.add(rec.getFields());
            }
        }
        return out;
    }

    static TableData table(List<List<Object>> rows) {
        return new TableData("Tarieven", COLUMNS, rows);
    }

    @Test
    void bytesAreWhatDutchExcelExpects() throws Exception {
        byte[] csv = write(table(List.of(
                Arrays.asList("IGO-PRE-01", 1150, new BigDecimal("1150.5"), new BigDecimal("1234.56"),
                        new BigDecimal("38.2"), LocalDate.of(2026, 11, 23)),
                Arrays.asList("IGO-PAR-02", -3, new BigDecimal("0.0000001"), new BigDecimal("12345678901234.56"),
                        new BigDecimal("4.5"), LocalDate.of(2027, 1, 5)),
                Arrays.asList(null, null, null, null, null, null))));
        assertEquals("Code;Aantal;Volume;Tarief;Indexatie;Datum\r\n"
                + "IGO-PRE-01;1150;1150,5;1234,56;38,2;23-11-2026\r\n"
                + "IGO-PAR-02;-3;0,0000001;12345678901234,56;4,5;05-01-2027\r\n"
                + ";;;;;\r\n", body(csv));
        assertFalse(body(csv).startsWith("\uFEFF"), "the BOM appears once");
    }

    @Test
    void amountsHaveADecimalCommaAndNoGroupingOrExponent() {
        assertEquals("1234,56", CsvTableWriter.field(Kind.MONEY, new BigDecimal("1234.56")));
        assertEquals("-1234567,8", CsvTableWriter.field(Kind.MONEY, new BigDecimal("-1234567.8")));
        assertEquals("0,0000001", CsvTableWriter.field(Kind.DECIMAL, new BigDecimal("1E-7")));
        assertEquals("1200", CsvTableWriter.field(Kind.DECIMAL, new BigDecimal("1.2E+3")));
        assertEquals("38,2", CsvTableWriter.field(Kind.PERCENT, new BigDecimal("38.2")), "percent as read, not a fraction");
        assertEquals("5000000000", CsvTableWriter.field(Kind.INTEGER, 5_000_000_000L));
        assertEquals("23-11-2026", CsvTableWriter.field(Kind.DATE, LocalDate.of(2026, 11, 23)));
        assertEquals("", CsvTableWriter.field(Kind.MONEY, null));
    }

    @Test
    void textThatLooksLikeAFormulaGetsAnApostrophe() throws Exception {
        List<String> texts = List.of("=SUM(A1)", "+31 570 123456", "-5 dagen", "@HYPERLINK(\"x\")", "\tTAB",
                "gewoon = gelijk", "'al een apostrof", "");
        List<List<Object>> rows = new ArrayList<>();
        for (String t : texts) {
            rows.add(Arrays.asList(t, null, null, null, null, null));
        }
        List<List<String>> back = readBack(write(table(rows)));
        assertEquals(List.of("'=SUM(A1)", "'+31 570 123456", "'-5 dagen", "'@HYPERLINK(\"x\")", "'\tTAB",
                        "gewoon = gelijk", "'al een apostrof", ""),
                back.subList(1, back.size()).stream().map(r -> r.get(0)).toList());
        // a negative amount is a number, not a formula
        assertEquals("-12,5", CsvTableWriter.field(Kind.MONEY, new BigDecimal("-12.5")));
    }

    @Test
    void quotesSemicolonsAndNewlinesAreQuotedAndReadBackIdentically() throws Exception {
        List<String> texts = List.of("Kraamzorg \"Het Zonnelied\"", "a;b;c", "regel 1\r\nregel 2", "regel 1\nregel 2",
                "Zoë Geëlen ≥ € 1.234,56", "  spaties  ", "#geen commentaar", "\"", ";");
        List<List<Object>> rows = new ArrayList<>();
        for (String t : texts) {
            rows.add(Arrays.asList(t, 1, null, null, null, null));
        }
        byte[] csv = write(table(rows));
        String body = body(csv);
        assertTrue(body.contains("\"Kraamzorg \"\"Het Zonnelied\"\"\";1;;;;\r\n"), body);
        assertTrue(body.contains("\r\n\"a;b;c\";1;;;;\r\n"), body);
        assertTrue(body.contains("\r\n\"regel 1\r\nregel 2\";1;;;;\r\n"), body);
        List<List<String>> back = readBack(csv);
        assertEquals(texts.size() + 1, back.size(), "one record per row, multi-line fields included");
        assertEquals(List.of("Code", "Aantal", "Volume", "Tarief", "Indexatie", "Datum"), back.get(0));
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(List.of(texts.get(i), "1", "", "", "", ""), back.get(i + 1), "row " + (i + 1));
        }
    }

    @Test
    void everyLineEndsWithCrLf() throws Exception {
        String body = body(write(table(List.of(Arrays.asList("a", 1, null, null, null, null),
                Arrays.asList("b", 2, null, null, null, null)))));
        assertTrue(body.endsWith("\r\n"));
        assertFalse(body.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(body.replace("\r\n", "").contains("\r"), "no bare CR");
        assertEquals(3, body.split("\r\n").length);
    }

    @Test
    void anEmptyTableIsTheHeaderOnly() throws Exception {
        assertEquals("Code;Aantal;Volume;Tarief;Indexatie;Datum\r\n", body(write(table(List.of()))));
    }

    @Test
    void aCancellationBetweenRowsStopsTheWriting() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(Arrays.asList("regel " + i, i, null, null, null, null));
        }
        AtomicInteger asked = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(CancellationException.class, () -> CsvTableWriter.write(table(rows), out,
                () -> asked.incrementAndGet() > 5));
        assertEquals(6, asked.get(), "asked before each row, stopped at the first yes");
        String written = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertFalse(written.contains("regel 5"), "no row after the cancellation: " + written);
    }
}
