package nl.inkoopwerkbank.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.inkoopwerkbank.io.export.TableData.Column;
import nl.inkoopwerkbank.io.export.TableData.Kind;

/**
 * {@link TableData} written by {@link SpreadsheetWriter} and read back with the FastExcel reader (cell
 * types, raw values and number formats) and as raw sheet XML (frozen header, auto-filter, bold header).
 */
class SpreadsheetWriterTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    static final List<Column> COLUMNS = List.of(
            new Column("Code", Kind.TEXT, 12),
            new Column("Aantal", Kind.INTEGER, 8),
            new Column("Volume", Kind.DECIMAL, 10),
            new Column("Tarief", Kind.MONEY, 14),
            new Column("Indexatie", Kind.PERCENT, 10),
            new Column("Datum", Kind.DATE, 0));

    static TableData tariffs() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("IGO-PRE-01", 1150, new BigDecimal("1150.5"), new BigDecimal("1234.56"),
                new BigDecimal("38.2"), DAY));
        rows.add(Arrays.asList("=SUM(A1)", 5_000_000_000L, new BigDecimal("0.0000001"),
                new BigDecimal("12345678901234.56"), new BigDecimal("4.5"), LocalDate.of(1999, 12, 31)));
        rows.add(Arrays.asList("Zoë & <b>\"vet\"</b>", -3, new BigDecimal("-12.5"), new BigDecimal("-0.01"),
                new BigDecimal("100"), LocalDate.of(2027, 1, 1)));
        rows.add(Arrays.asList("leeg", null, null, null, null, null));
        return new TableData("Tarieven", COLUMNS, rows);
    }

    static byte[] write(List<TableData> tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter.write(tables, out, () -> false);
        return out.toByteArray();
    }

    record Read(List<String> sheetNames, Map<String, List<Row>> rows) {
        List<Row> sheet(String name) {
            List<Row> r = rows.get(name);
            assertNotNull(r, "sheet " + name + " in " + sheetNames);
            return r;
        }
    }

    static Read read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<String> names = new ArrayList<>();
            Map<String, List<Row>> rows = new HashMap<>();
            for (Sheet s : wb.getSheets().toList()) {
                names.add(s.getName());
                rows.put(s.getName(), s.read());
            }
            return new Read(names, rows);
        }
    }

    /** The text of one file inside the .xlsx package. */
    String part(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(name);
            assertNotNull(e, name + " in the workbook");
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    static Cell cell(Row row, int c) {
        return row.getCell(c);
    }

    static void assertNumber(String expected, Cell cell) {
        assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
        assertEquals(expected, cell.getRawValue(), "written as plain decimal text");
        assertEquals(0, new BigDecimal(expected).compareTo(cell.asNumber()), cell.toString());
    }

    static long excelSerial(LocalDate d) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
    }

    // ------------------------------------------------------------------------------------------ tests

    @Test
    void everyKindIsARealCellWithItsFormat() throws Exception {
        Read r = read(write(List.of(tariffs())));
        assertEquals(List.of("Tarieven"), r.sheetNames());
        List<Row> rows = r.sheet("Tarieven");
        assertEquals(5, rows.size(), "header and four rows");

        Row header = rows.get(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            assertEquals(CellType.STRING, cell(header, c).getType());
            assertEquals(COLUMNS.get(c).header(), cell(header, c).asString());
        }

        Row first = rows.get(1);
        assertEquals(CellType.STRING, cell(first, 0).getType());
        assertEquals("IGO-PRE-01", cell(first, 0).asString());

        assertNumber("1150", cell(first, 1));
        assertEquals("0", cell(first, 1).getDataFormatString(), "integer format");

        assertNumber("1150.5", cell(first, 2));
        assertEquals("#,##0.##", cell(first, 2).getDataFormatString());

        assertNumber("1234.56", cell(first, 3));
        String money = cell(first, 3).getDataFormatString();
        assertTrue(money.contains("€") && money.contains("#,##0.00"), "money format: " + money);

        // 38.2 means 38,2%: stored as the fraction with a percent format
        assertNumber("0.382", cell(first, 4));
        assertEquals("0.0%", cell(first, 4).getDataFormatString());

        Cell date = cell(first, 5);
        assertEquals(CellType.NUMBER, date.getType(), "a date is a number with a date format");
        assertEquals(0, new BigDecimal(excelSerial(DAY)).compareTo(new BigDecimal(date.getRawValue())), date.getRawValue());
        assertEquals(LocalDateTime.of(2026, 11, 23, 0, 0), date.asDate());
        String dateFormat = date.getDataFormatString();
        assertTrue(dateFormat.contains("d") && dateFormat.contains("mmmm") && dateFormat.contains("yyyy"), dateFormat);
    }

    @Test
    void bigAndSmallDecimalsAreWrittenWithoutExponent() throws Exception {
        Row second = read(write(List.of(tariffs()))).sheet("Tarieven").get(2);
        assertNumber("5000000000", cell(second, 1));
        assertNumber("0.0000001", cell(second, 2));
        assertNumber("12345678901234.56", cell(second, 3));
        assertNumber("0.045", cell(second, 4));
        assertEquals(LocalDateTime.of(1999, 12, 31, 0, 0), cell(second, 5).asDate());

        Row third = read(write(List.of(tariffs()))).sheet("Tarieven").get(3);
        assertNumber("-3", cell(third, 1));
        assertNumber("-12.5", cell(third, 2));
        assertNumber("-0.01", cell(third, 3));
        assertNumber("1.00", cell(third, 4));

        String xml = part(write(List.of(tariffs())), "xl/worksheets/sheet1.xml");
        assertFalse(Pattern.compile("<v>[^<]*[eE][^<]*</v>").matcher(xml).find(), "no exponent anywhere:\n" + xml);
    }

    @Test
    void textStaysTextExactly() throws Exception {
        List<Row> rows = read(write(List.of(tariffs()))).sheet("Tarieven");
        // a spreadsheet cell holds a string, never a formula: no apostrophe is needed in xlsx
        assertEquals(CellType.STRING, cell(rows.get(2), 0).getType());
        assertEquals("=SUM(A1)", cell(rows.get(2), 0).asString());
        assertEquals("Zoë & <b>\"vet\"</b>", cell(rows.get(3), 0).asString());
        String xml = part(write(List.of(tariffs())), "xl/worksheets/sheet1.xml");
        assertFalse(xml.contains("<f>"), "no formula cells:\n" + xml);
    }

    @Test
    void nullValuesLeaveTheCellEmpty() throws Exception {
        Row empty = read(write(List.of(tariffs()))).sheet("Tarieven").get(4);
        assertEquals("leeg", empty.getCell(0).asString());
        for (int c = 1; c < COLUMNS.size(); c++) {
            int col = c;
            assertTrue(empty.getOptionalCell(c).map(x -> x.getType() == CellType.EMPTY).orElse(true),
                    "column " + col + " empty: " + empty);
        }
    }

    @Test
    void headerRowIsBoldFrozenAndFiltered() throws Exception {
        byte[] xlsx = write(List.of(tariffs()));
        String sheet = part(xlsx, "xl/worksheets/sheet1.xml");
        Matcher pane = Pattern.compile("<pane [^>]*>").matcher(sheet);
        assertTrue(pane.find(), sheet);
        assertTrue(pane.group().contains("ySplit=\"1\""), pane.group());
        assertTrue(pane.group().contains("state=\"frozen\""), pane.group());
        assertFalse(pane.group().contains("xSplit=\"1\""), "no frozen column: " + pane.group());
        Matcher filter = Pattern.compile("<autoFilter ref=\"([A-Z]+\\d+:[A-Z]+\\d+)\"").matcher(sheet);
        assertTrue(filter.find(), sheet);
        assertEquals("A1:F5", filter.group(1), "the filter covers the header and every row");

        // bold: the style of each header cell points at a font with <b/>; a data cell's font is not bold
        Document styles = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(part(xlsx, "xl/styles.xml").getBytes(StandardCharsets.UTF_8)));
        Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
        NodeList xfs = cellXfs.getElementsByTagName("xf");
        NodeList fonts = ((Element) styles.getElementsByTagName("fonts").item(0)).getElementsByTagName("font");
        for (String ref : List.of("A1", "B1", "C1", "D1", "E1", "F1", "A2", "D2")) {
            Matcher c = Pattern.compile("<c r=\"" + ref + "\"([^>]*)>").matcher(sheet);
            assertTrue(c.find(), ref + " is written:\n" + sheet);
            Matcher s = Pattern.compile(" s=\"(\\d+)\"").matcher(c.group(1));
            Element xf = (Element) xfs.item(s.find() ? Integer.parseInt(s.group(1)) : 0);
            Element font = (Element) fonts.item(Integer.parseInt(xf.getAttribute("fontId")));
            boolean bold = font.getElementsByTagName("b").getLength() > 0;
            assertEquals(ref.endsWith("1"), bold, ref + " bold");
        }
    }

    @Test
    void eachTableIsASheetWithASafeName() throws Exception {
        TableData a = new TableData("Portefeuille", List.of(new Column("Naam", Kind.TEXT, 0)),
                List.of(List.of("Kraamzorg Het Zonnelied")));
        TableData b = new TableData("Per contract: 2027/2028 [concept]*?", List.of(new Column("Naam", Kind.TEXT, 0)),
                List.of());
        TableData c = new TableData("Een heel erg lange naam voor een tabblad in Excel", List.of(
                new Column("Aantal", Kind.INTEGER, 0)), List.of(List.of(7)));
        byte[] xlsx = write(List.of(a, b, c));
        Read r = read(xlsx);
        assertEquals(List.of("Portefeuille", "Per contract- 2027-2028 -concep", "Een heel erg lange naam voor ee"),
                r.sheetNames());
        assertEquals("Kraamzorg Het Zonnelied", r.sheet("Portefeuille").get(1).getCell(0).asString());
        assertEquals(1, r.sheet("Per contract- 2027-2028 -concep").size(), "an empty table still has its header");
        assertEquals(0, new BigDecimal(7).compareTo(r.sheet("Een heel erg lange naam voor ee").get(1).getCell(0).asNumber()));
        assertTrue(part(xlsx, "docProps/core.xml").contains("Portefeuille"), "the first table names the workbook");
    }

    @Test
    void manyRowsAreAllWritten() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            rows.add(List.of("regel " + i, i, new BigDecimal(i).movePointLeft(2)));
        }
        TableData t = new TableData("Veel", List.of(new Column("Regel", Kind.TEXT, 0), new Column("Nr", Kind.INTEGER, 0),
                new Column("Bedrag", Kind.MONEY, 0)), rows);
        List<Row> back = read(write(List.of(t))).sheet("Veel");
        assertEquals(2501, back.size());
        for (int i = 1; i <= 2500; i++) {
            Row row = back.get(i);
            assertEquals("regel " + i, row.getCell(0).asString());
            assertEquals(0, new BigDecimal(i).compareTo(row.getCell(1).asNumber()));
            assertEquals(0, new BigDecimal(i).movePointLeft(2).compareTo(row.getCell(2).asNumber()), "row " + i);
        }
    }

    @Test
    void aCancellationBetweenRowsStopsTheWriting() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(List.of("regel " + i));
        }
        TableData t = new TableData("Veel", List.of(new Column("Regel", Kind.TEXT, 0)), rows);
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> SpreadsheetWriter.write(List.of(t), new ByteArrayOutputStream(),
                () -> asked.incrementAndGet() > 10));
        assertEquals(11, asked.get(), "asked once per row, and stopped at the first yes");
    }

    // ------------------------------------------------------------------------------------------ TableData

    @Test
    void tableDataRefusesAValueOfTheWrongKindNamingTableRowAndColumn() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("IGO-PRE-01", 1, null, new BigDecimal("1.00"), null, DAY));
        rows.add(Arrays.asList("IGO-PAR-01", 2, null, 628.0, null, DAY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TableData("Tarieven", COLUMNS, rows));
        assertEquals("Tarieven: row 2, column 'Tarief' expects MONEY but got Double", e.getMessage());

        for (Object wrong : List.<Object>of(1, "12", 1.5)) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new TableData("T",
                    List.of(new Column("Volume", Kind.DECIMAL, 0)), List.of(List.of(wrong))));
            assertTrue(x.getMessage().contains("column 'Volume' expects DECIMAL"), x.getMessage());
        }
        IllegalArgumentException dt = assertThrows(IllegalArgumentException.class, () -> new TableData("T",
                List.of(new Column("Datum", Kind.DATE, 0)), List.of(List.of(DAY.atStartOfDay()))));
        assertEquals("T: row 1, column 'Datum' expects DATE but got LocalDateTime", dt.getMessage());
        IllegalArgumentException txt = assertThrows(IllegalArgumentException.class, () -> new TableData("T",
                List.of(new Column("Naam", Kind.TEXT, 0)), List.of(List.of(12))));
        assertEquals("T: row 1, column 'Naam' expects TEXT but got Integer", txt.getMessage());
        IllegalArgumentException in = assertThrows(IllegalArgumentException.class, () -> new TableData("T",
                List.of(new Column("Aantal", Kind.INTEGER, 0)), List.of(List.of(new BigDecimal("1")))));
        assertEquals("T: row 1, column 'Aantal' expects INTEGER but got BigDecimal", in.getMessage());
    }

    @Test
    void tableDataRefusesARowOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TableData("Portefeuille",
                COLUMNS, List.of(Arrays.asList("a", 1, null, null, null, null), List.of("b", 2))));
        assertEquals("Portefeuille: row 2 has 2 values for 6 columns", e.getMessage());
    }

    @Test
    void tableDataKeepsItsOwnCopyOfTheRows() {
        List<Object> row = new ArrayList<>(List.of("a"));
        List<List<Object>> rows = new ArrayList<>(List.of(row));
        TableData t = new TableData("T", List.of(new Column("Naam", Kind.TEXT, 0)), rows);
        row.set(0, 12);
        rows.add(List.of("b"));
        assertEquals(List.of(List.of("a")), t.rows(), "later changes to the input do not slip past the checks");
        assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).set(0, 1));
    }
}
