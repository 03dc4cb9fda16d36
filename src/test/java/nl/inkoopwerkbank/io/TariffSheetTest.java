package nl.inkoopwerkbank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.quote.TariffLine;

class TariffSheetTest {

    static final String[] DUTCH_HEADER = {"Prestatiecode", "Omschrijving", "Tarief 2026", "Indexatie", "Verwacht volume"};

    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------------ helpers

    /** Writes a workbook with one sheet per name, each filled by its consumer (rows and columns 0-based). */
    Path xlsx(String file, List<String> sheets, List<Consumer<Worksheet>> fills) throws IOException {
        Path p = dir.resolve(file);
        try (OutputStream os = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(os, "TariffSheetTest", "1.0");
            for (int i = 0; i < sheets.size(); i++) {
                Worksheet ws = wb.newWorksheet(sheets.get(i));
                fills.get(i).accept(ws);
            }
            wb.finish();
        }
        return p;
    }

    Path xlsx(Consumer<Worksheet> fill) throws IOException {
        return xlsx("offerte.xlsx", List.of("Tarieven"), List.of(fill));
    }

    static void header(Worksheet ws, int row, String... names) {
        for (int c = 0; c < names.length; c++) {
            ws.value(row, c, names[c]);
        }
    }

    /** A row from column A; Numbers, Strings and Booleans are written as such, null is left empty. */
    static void row(Worksheet ws, int row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                ws.value(row, c, n);
            } else if (v instanceof String s) {
                ws.value(row, c, s);
            } else if (v instanceof Boolean b) {
                ws.value(row, c, b);
            }
        }
    }

    static void percent(Worksheet ws, int row, int col, double fraction) {
        ws.value(row, col, fraction);
        ws.style(row, col).format("0.0%").set();
    }

    /**
     * Replaces cell {@code ref} of the first sheet by raw XML: the FastExcel writer cannot write error
     * values or formulas with a stored result, Excel can. The cell must have been written as a number.
     */
    static void patchCell(Path file, String ref, String cellXml) throws IOException {
        patch(file, "xl/worksheets/sheet1.xml", "<c r=\"" + ref + "\"[^>]*>.*?</c>", cellXml);
    }

    /** Replaces the first match of a regular expression in one part of the workbook (a zip entry). */
    static void patch(Path file, String part, String regex, String replacement) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] b = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    String s = new String(b, StandardCharsets.UTF_8);
                    String patched = s.replaceFirst(regex, replacement);
                    assertFalse(s.equals(patched), regex + " not found in " + part);
                    b = patched.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static SheetTable read(Path p) throws TariffSheetException {
        return TariffSheet.read(p, "Tarieven", TariffSheet.DEFAULT_MAX_ROWS);
    }

    static ColumnMapping dutchMapping(int headerRow, boolean fraction) {
        return new ColumnMapping(headerRow, "A", "B", "C", "D", "E", fraction, null);
    }

    static TariffLine line(String code, String description, String tariff, String indexation, String volume) {
        return new TariffLine(code, description, dec(tariff), dec(indexation), dec(volume));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static List<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.column() + " " + p.messageKey()).toList();
    }

    static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    // ------------------------------------------------------------------------------------ good sheets

    @Test
    void aGoodDutchSheetUnderATitleRoundTripsToExactDecimals() throws Exception {
        Path p = xlsx(ws -> {
            ws.value(0, 0, "Offerte IGO Voorbeeld, contractjaar 2027");
            header(ws, 2, DUTCH_HEADER);
            row(ws, 3, "IGO-PRE-01", "Prenatale zorg integraal", 102.35000000000001);
            percent(ws, 3, 3, 0.035);
            ws.value(3, 4, 1150);
            row(ws, 4, "IGO-PAR-01", "Partus eerste lijn", new BigDecimal("1234.560"));
            percent(ws, 4, 3, 0.04);
            ws.value(4, 4, 612.5);
            row(ws, 5, "IGO-KRA-01", "Kraamzorg per uur", 61.19);
            percent(ws, 5, 3, 0.034999999999999996);
            ws.value(5, 4, 55200);
            row(ws, 6, "Totaal");
            ws.formula(6, 4, "SUM(E4:E6)");
        });
        SheetTable t = read(p);
        assertEquals("offerte.xlsx", t.file());
        assertEquals(List.of(1, 3, 4, 5, 6, 7), t.rows().stream().map(SheetTable.Row::number).toList());
        SheetTable.Cell c = t.cell(4, "C");
        assertEquals(new SheetTable.Cell("C4", 4, "C", SheetTable.Kind.NUMBER, "102.35000000000001", false), c);
        assertTrue(t.cell(4, "D").percentFormat());
        assertEquals(SheetTable.Kind.FORMULA_WITHOUT_VALUE, t.cell(7, "E").kind());
        assertEquals(SheetTable.Kind.EMPTY, t.cell(2, "A").kind());

        ColumnMapping m = TariffSheet.suggest(t);
        assertEquals(dutchMapping(3, true), m);

        TariffSheet.Result r = TariffSheet.parse(t, m);
        assertTrue(r.ok(), r.problems().toString());
        // exact equality: scale included, so 102.35 and not 102.350000, 1150 and not 1.15E+3
        assertEquals(List.of(
                line("IGO-PRE-01", "Prenatale zorg integraal", "102.35", "3.5", "1150"),
                line("IGO-PAR-01", "Partus eerste lijn", "1234.56", "4", "612.5"),
                line("IGO-KRA-01", "Kraamzorg per uur", "61.19", "3.5", "55200")), r.lines());

        TariffSheet.Preview pv = TariffSheet.preview(t, m);
        assertEquals(List.of(new TariffSheet.Preview.Ignored(7, TariffSheet.Preview.Reason.TOTAL, "Totaal")), pv.ignored());
        assertEquals(List.of(4, 5, 6), pv.lines().stream().map(TariffSheet.Preview.Line::row).toList());
    }

    @Test
    void englishHeadersOnTheFirstRowWithIndexationInPercent() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, "Code", "Description", "Tariff", "Indexation", "Expected volume");
            row(ws, 1, "P1", "Prenatal care", 250, 3.5, 100);
            row(ws, 2, "P2", "Birth", 900, 4, 80);
        });
        SheetTable t = read(p);
        ColumnMapping m = TariffSheet.suggest(t);
        assertEquals(dutchMapping(1, false), m);
        assertEquals(List.of(line("P1", "Prenatal care", "250", "3.5", "100"), line("P2", "Birth", "900", "4", "80")),
                TariffSheet.parse(t, m).lines());
    }

    @Test
    void suggestFindsColumnsInAnyOrderAndLeavesOutWhatItCannotName() throws Exception {
        Path p = xlsx(ws -> {
            ws.value(0, 0, "IGO Voorbeeld");
            header(ws, 1, "Omschrijving", "Prestatie", "Opmerking", "Prijs", "Aantal");
            row(ws, 2, "Echo 20 weken", "E-20", "nieuw", 95.5, 1100);
        });
        SheetTable t = read(p);
        ColumnMapping m = TariffSheet.suggest(t);
        assertEquals(new ColumnMapping(2, "B", "A", "D", null, "E", false, null), m);
        assertEquals(List.of("quote.import.mapping.indexationMissing"), keys(TariffSheet.validate(t, m)));

        ColumnMapping withDefault = m.withIndexation(false, new BigDecimal("3.8"));
        assertEquals(List.of(line("E-20", "Echo 20 weken", "95.5", "3.8", "1100")), TariffSheet.parse(t, withDefault).lines());
        assertEquals(List.of("A", "B", "C", "D", "E"), t.columns());
    }

    @Test
    void headerNamesInDutchAndEnglish() {
        assertEquals(TariffSheet.Field.CODE, TariffSheet.headerField("Prestatiecode"));
        assertEquals(TariffSheet.Field.CODE, TariffSheet.headerField("prestatie"));
        assertEquals(TariffSheet.Field.DESCRIPTION, TariffSheet.headerField("Prestatieomschrijving"));
        assertEquals(TariffSheet.Field.DESCRIPTION, TariffSheet.headerField("Description"));
        assertEquals(TariffSheet.Field.TARIFF, TariffSheet.headerField("Tarief 2026 (\u20ac)"));
        assertEquals(TariffSheet.Field.TARIFF, TariffSheet.headerField("Tarief na indexatie"));
        assertEquals(TariffSheet.Field.TARIFF, TariffSheet.headerField("Price"));
        assertEquals(TariffSheet.Field.INDEXATION, TariffSheet.headerField("Indexatie %"));
        assertEquals(TariffSheet.Field.INDEXATION, TariffSheet.headerField("Index"));
        assertEquals(TariffSheet.Field.VOLUME, TariffSheet.headerField("Verwacht volume 2027"));
        assertEquals(TariffSheet.Field.VOLUME, TariffSheet.headerField("Aantal"));
        assertEquals(TariffSheet.Field.VOLUME, TariffSheet.headerField("Expected volume"));
        assertNull(TariffSheet.headerField("Opmerking"));
    }

    @Test
    void aPercentFormattedCellIsAPercentageAndAPlainNumberFollowsTheFlag() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", 100);
            percent(ws, 1, 3, 0.035);
            ws.value(1, 4, 1);
            row(ws, 2, "B", "b", 100, 0.035, 1);
            row(ws, 3, "C", "c", 100, "3,5%", 1);
        });
        SheetTable t = read(p);
        assertEquals(List.of(new BigDecimal("3.5"), new BigDecimal("0.035"), new BigDecimal("3.5")),
                TariffSheet.parse(t, dutchMapping(1, false)).lines().stream().map(TariffLine::indexationPct).toList());
        assertEquals(List.of(new BigDecimal("3.5"), new BigDecimal("3.5"), new BigDecimal("3.5")),
                TariffSheet.parse(t, dutchMapping(1, true)).lines().stream().map(TariffLine::indexationPct).toList());
    }

    @Test
    void excelsBuiltInPercentFormatCountsAsPercent() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", 100);
            ws.value(1, 3, 0.035);
            ws.style(1, 3).format("0.00%").set();
            ws.value(1, 4, 1);
        });
        // Excel writes "0.00%" as built-in format 10, without a format code in the file; the reader knows it
        patch(p, "xl/styles.xml", "<numFmt numFmtId=\"165\" formatCode=\"0.00%\"/>", "");
        patch(p, "xl/styles.xml", "numFmtId=\"165\"", "numFmtId=\"10\"");
        SheetTable t = read(p);
        assertTrue(t.cell(2, "D").percentFormat());
        assertEquals(new BigDecimal("3.5"), TariffSheet.parse(t, dutchMapping(1, false)).lines().get(0).indexationPct());
    }

    @Test
    void aFormulaWithAStoredResultCountsAsThatResult() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", 1, 3, 10);
            row(ws, 2, "B", "b", 1, 3, 10);
        });
        patchCell(p, "C3", "<c r=\"C3\"><f>C2*204.7</f><v>204.70000000000002</v></c>");
        patchCell(p, "D3", "<c r=\"D3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>");
        SheetTable t = read(p);
        assertEquals(SheetTable.Kind.NUMBER, t.cell(3, "C").kind());
        assertEquals(SheetTable.Kind.ERROR, t.cell(3, "D").kind());
        TariffSheet.Preview pv = TariffSheet.preview(t, dutchMapping(1, false));
        assertEquals(List.of("Tarieven!D3 quote.import.cell.error"), where(pv.problems()));
        assertEquals(List.of("Tarieven!D3", "#DIV/0!", "Indexatie"), pv.problems().get(0).args());
    }

    // ------------------------------------------------------------------------------------ cell rules

    @Test
    void numbersAreRoundedHalfUpToSixDecimalsWithoutTrailingZeros() {
        assertEquals("102.35", TariffSheet.round(new BigDecimal("102.35000000000001")).toString());
        assertEquals("1200", TariffSheet.round(new BigDecimal("1200.000")).toString());
        assertEquals("0.123457", TariffSheet.round(new BigDecimal("0.1234565")).toString());
        assertEquals("-0.123457", TariffSheet.round(new BigDecimal("-0.1234565")).toString());
        assertEquals("0", TariffSheet.round(new BigDecimal("1.0E-7")).toString());
        assertEquals("12345678901234567000", TariffSheet.round(new BigDecimal("1.2345678901234567E19")).toString());
    }

    @Test
    void textInDutchAndPlainNumberFormats() {
        record Case(String text, String value, boolean percent, boolean euro) {
        }
        for (Case c : List.of(
                new Case("\u20ac 1.234,56", "1234.56", false, true),
                new Case("\u20ac\u00a01.234,56", "1234.56", false, true),
                new Case("EUR 99", "99", false, true),
                new Case("1234,56", "1234.56", false, false),
                new Case("1234.56", "1234.56", false, false),
                new Case("1,234.56", "1234.56", false, false),
                new Case("12.345.678", "12345678", false, false),
                new Case("1.234.567,5", "1234567.5", false, false),
                new Case("-1,2", "-1.2", false, false),
                new Case("\u2212 1,2", "-1.2", false, false),
                new Case("-\u20ac 12,50", "-12.50", false, true),
                new Case("\u20ac -12,50", "-12.50", false, true),
                new Case("12,50 \u20ac", "12.50", false, true),
                new Case("3,5%", "3.5", true, false),
                new Case("3,5 %", "3.5", true, false),
                new Case("0,035", "0.035", false, false),
                new Case("0.035", "0.035", false, false),
                new Case(" 42 ", "42", false, false))) {
            TariffSheet.TextNumber n = TariffSheet.textNumber(c.text());
            assertEquals(new TariffSheet.TextNumber(new BigDecimal(c.value()), c.percent(), c.euro(), false), n, c.text());
        }
        for (String bad : List.of("n.v.t.", "?", "12,3,4", "1,2.3", "--5", "\u20ac 3%", "1.23.4", "12.3456.789", "", "-", "1 234", "1e5")) {
            assertNull(TariffSheet.textNumber(bad), bad);
        }
        assertTrue(TariffSheet.textNumber("1.234").ambiguous());
        assertTrue(TariffSheet.textNumber("\u20ac 999.000").ambiguous());
        assertFalse(TariffSheet.textNumber("1234.567").ambiguous());
    }

    @Test
    void dutchTextNumbersInASheet() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", "\u20ac 1.234,56", "3,5%", "1.150");
            row(ws, 2, "B", "b", "-12,5", "0,04", "12,5");
            row(ws, 3, "C", "c", "\u20ac\u00a02.000,00", "4 %", "600");
        });
        SheetTable t = read(p);
        TariffSheet.Result r = TariffSheet.parse(t, dutchMapping(1, true));
        assertEquals(List.of("Tarieven!E2 quote.import.cell.ambiguous"), where(r.problems()));

        patchCell(p, "E2", "<c r=\"E2\" t=\"n\"><v>1150</v></c>");
        r = TariffSheet.parse(read(p), dutchMapping(1, true));
        assertEquals(List.of(
                line("A", "a", "1234.56", "3.5", "1150"),
                line("B", "b", "-12.5", "4", "12.5"),
                line("C", "c", "2000", "4", "600")), r.lines());
    }

    @Test
    void everyBadCellIsReportedWithItsReferenceAndNothingIsImported() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "P01", "goed", 100, 3.5, 10);
            row(ws, 2, "P02", "vraagteken", "?", 3.5, 10);
            row(ws, 3, "P03", "formule", null, 3.5, 10);
            ws.formula(3, 2, "C2*2");
            row(ws, 4, "P04", "deling door nul", 999_001, 3.5, 10);
            row(ws, 5, "P05", "verwijzing", 999_002, 3.5, 10);
            row(ws, 6, "P06", "niet van toepassing", "n.v.t.", 3.5, 10);
            row(ws, 7, "P07", "waar", 100, 3.5, true);
            row(ws, 8, "P08", "negatief volume", 100, 3.5, -3);
            row(ws, 9, "P09", "x".repeat(1001), 100, 3.5, 10);
            row(ws, 10, "P10", "geen tarief", null, 3.5, 10);
            row(ws, 11, "P11", "geen volume", 100, 3.5);
            row(ws, 12, "P12", "index", 100, "12,3,4", 10);
            row(ws, 13, "P13", "korting", "\u20ac -125,50", 3.5, 10);
            row(ws, 14, "P14", "dubbelzinnig", "1.234", 3.5, 10);
            row(ws, 15, "P15", "procent als tarief", "3,5%", 3.5, 10);
            row(ws, 16, null, null, 100, 3.5, 10);
            row(ws, 17, "P17", "euro als volume", 100, 3.5, "\u20ac 5");
            row(ws, 18, "P18", "onwaar als index", 100, false, 10);
        });
        patchCell(p, "C5", "<c r=\"C5\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>");
        patchCell(p, "C6", "<c r=\"C6\" t=\"e\"><v>#REF!</v></c>");
        SheetTable t = read(p);

        TariffSheet.Preview pv = TariffSheet.preview(t, dutchMapping(1, false));
        assertEquals(List.of(
                "Tarieven!C3 quote.import.cell.notAmount",
                "Tarieven!C4 quote.import.cell.formulaWithoutValue",
                "Tarieven!C5 quote.import.cell.error",
                "Tarieven!C6 quote.import.cell.error",
                "Tarieven!C7 quote.import.cell.notAmount",
                "Tarieven!E8 quote.import.cell.boolean",
                "Tarieven!E9 quote.import.cell.negativeVolume",
                "Tarieven!B10 quote.import.cell.tooLong",
                "Tarieven!C11 quote.import.cell.missingTariff",
                "Tarieven!E12 quote.import.cell.missingVolume",
                "Tarieven!D13 quote.import.cell.notPercent",
                "Tarieven!C15 quote.import.cell.ambiguous",
                "Tarieven!C16 quote.import.cell.notAmount",
                "Tarieven!A17 quote.import.cell.unnamed",
                "Tarieven!E18 quote.import.cell.notVolume",
                "Tarieven!D19 quote.import.cell.boolean"), where(pv.problems()));

        Problem c7 = pv.problems().get(4);
        assertEquals(new Problem("offerte.xlsx", 7, "Tarieven!C7", "quote.import.cell.notAmount",
                List.of("Tarieven!C7", "n.v.t.", "Tarief 2026")), c7);
        assertEquals(List.of("Tarieven!C4", "=C2*2", "Tarief 2026"), pv.problems().get(1).args());
        assertEquals(List.of("Tarieven!C6", "#REF!", "Tarief 2026"), pv.problems().get(3).args());
        assertEquals(List.of("Tarieven!B10", TariffSheet.MAX_TEXT, "Omschrijving"), pv.problems().get(7).args());
        assertEquals(List.of(17), pv.problems().get(13).args());

        // the good row and the discount row parse; the others have no line
        assertEquals(List.of(line("P01", "goed", "100", "3.5", "10"), line("P13", "korting", "-125.5", "3.5", "10")),
                pv.tariffLines());

        TariffSheet.Result r = TariffSheet.parse(t, dutchMapping(1, false));
        assertEquals(List.of(), r.lines());
        assertEquals(pv.problems(), r.problems());
        assertFalse(r.ok());
    }

    @Test
    void oneBadCellIsEnoughToImportNothing() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            for (int i = 1; i <= 20; i++) {
                row(ws, i, "P" + i, "regel " + i, 100 + i, 3.5, 10);
            }
            ws.value(20, 2, "n.v.t.");
        });
        TariffSheet.Result r = TariffSheet.parse(read(p), dutchMapping(1, false));
        assertEquals(List.of(), r.lines());
        assertEquals(List.of("Tarieven!C21 quote.import.cell.notAmount"), where(r.problems()));
        assertEquals(21, r.problems().get(0).line());
    }

    @Test
    void aSheetNameWithSpacesIsQuotedInTheReference() throws Exception {
        Path p = xlsx("offerte.xlsx", List.of("Tarieven 2027"), List.of(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", "?", 3, 1);
        }));
        SheetTable t = TariffSheet.read(p, "Tarieven 2027", 100);
        assertEquals(List.of("'Tarieven 2027'!C2 quote.import.cell.notAmount"),
                where(TariffSheet.parse(t, dutchMapping(1, false)).problems()));
    }

    // ------------------------------------------------------------------------------------ ignored rows

    @Test
    void totalsRowsAreIgnoredButListedAndEmptyRowsSkipped() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "P1", "Totaalpakket integrale zorg", 100, 3, 1);
            // row 3 left completely empty
            row(ws, 3, "P2", "Echo", 50, 3, 2);
            ws.value(4, 6, "let op: exclusief btw"); // a note outside the mapped columns
            row(ws, 5, null, "Subtotaal", 150);
            row(ws, 6, "TOTAAL 2027:", null, 150);
            row(ws, 7, null, "Total", 150);
            ws.value(8, 1, "   ");
        });
        SheetTable t = read(p);
        TariffSheet.Preview pv = TariffSheet.preview(t, dutchMapping(1, false));
        assertTrue(pv.ok(), pv.problems().toString());
        assertEquals(List.of(line("P1", "Totaalpakket integrale zorg", "100", "3", "1"), line("P2", "Echo", "50", "3", "2")),
                pv.tariffLines());
        assertEquals(List.of(
                new TariffSheet.Preview.Ignored(5, TariffSheet.Preview.Reason.EMPTY, ""),
                new TariffSheet.Preview.Ignored(6, TariffSheet.Preview.Reason.TOTAL, "Subtotaal"),
                new TariffSheet.Preview.Ignored(7, TariffSheet.Preview.Reason.TOTAL, "TOTAAL 2027:"),
                new TariffSheet.Preview.Ignored(8, TariffSheet.Preview.Reason.TOTAL, "Total")), pv.ignored());
        assertEquals("quote.import.ignored.total", pv.ignored().get(1).reason().labelKey());
        assertEquals("quote.import.ignored.empty", pv.ignored().get(0).reason().labelKey());
    }

    @Test
    void totalWordsOnlyAtTheStartAndAsAWord() {
        assertTrue(TariffSheet.isTotal("Totaal"));
        assertTrue(TariffSheet.isTotal(" total costs"));
        assertTrue(TariffSheet.isTotal("Sub-totaal"));
        assertTrue(TariffSheet.isTotal("Totaal: 12 prestaties"));
        assertFalse(TariffSheet.isTotal("Totaalpakket"));
        assertFalse(TariffSheet.isTotal("Totale zorg"));
        assertFalse(TariffSheet.isTotal("Kraamzorg totaal"));
    }

    // ------------------------------------------------------------------------------------ sheets and files

    @Test
    void sheetsInWorkbookOrderAndASheetThatIsNotThere() throws Exception {
        Path p = xlsx("offerte.xlsx", List.of("Toelichting", "Tarieven"),
                List.of(ws -> ws.value(0, 0, "Zie tabblad Tarieven"), ws -> ws.value(0, 0, "x")));
        assertEquals(List.of("Toelichting", "Tarieven"), TariffSheet.sheets(p));
        TariffSheetException e = assertThrows(TariffSheetException.class, () -> TariffSheet.read(p, "Tarieven 2027", 100));
        assertEquals(new Problem("offerte.xlsx", 0, null, "quote.import.sheetNotFound", List.of("offerte.xlsx", "Tarieven 2027")),
                e.problem());
    }

    @Test
    void anEmptySheetIsAProblemNotAnException() throws Exception {
        Path p = xlsx(ws -> {
        });
        SheetTable t = read(p);
        assertTrue(t.isEmpty());
        assertEquals(0, t.lastRow());
        TariffSheet.Result r = TariffSheet.parse(t, TariffSheet.suggest(t));
        assertEquals(List.of(new Problem("offerte.xlsx", 0, "Tarieven", "quote.import.emptySheet", List.of("Tarieven"))),
                r.problems());
    }

    @Test
    void aHeaderWithoutDataRowsIsAProblem() throws Exception {
        Path p = xlsx(ws -> header(ws, 0, DUTCH_HEADER));
        SheetTable t = read(p);
        assertEquals(List.of("quote.import.noLines"), keys(TariffSheet.parse(t, TariffSheet.suggest(t)).problems()));
    }

    @Test
    void filesThatAreNoXlsxWorkbook() throws Exception {
        Path text = dir.resolve("tarieven.xlsx");
        Files.writeString(text, "Prestatiecode;Tarief\nIGO-01;1234,56\n");
        Path empty = dir.resolve("leeg.xlsx");
        Files.write(empty, new byte[0]);
        Path good = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", 1, 2, 3);
        });
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("afgebroken.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path ole = dir.resolve("oud.xlsx");
        Files.write(ole, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        Path zipWithoutWorkbook = dir.resolve("zip.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zipWithoutWorkbook))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("geen werkmap".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }

        assertFileProblem(text, "quote.import.notXlsx");
        assertFileProblem(empty, "quote.import.emptyFile");
        assertFileProblem(truncated, "quote.import.notXlsx");
        assertFileProblem(ole, "quote.import.oldOrEncrypted");
        assertFileProblem(zipWithoutWorkbook, "quote.import.notXlsx");
        assertFileProblem(dir.resolve("bestaat-niet.xlsx"), "quote.import.fileNotFound");
        assertFileProblem(dir, "quote.import.unreadable");
    }

    static void assertFileProblem(Path file, String key) {
        String name = file.getFileName().toString();
        TariffSheetException e = assertThrows(TariffSheetException.class, () -> TariffSheet.sheets(file), name);
        assertEquals(key, e.problem().messageKey(), name);
        assertEquals(name, e.problem().file());
        assertEquals(name, e.problem().args().get(0));
        e = assertThrows(TariffSheetException.class, () -> TariffSheet.read(file, "Tarieven", 100), name);
        assertEquals(key, e.problem().messageKey(), name);
    }

    @Test
    void moreRowsThanAllowedIsRefused() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            for (int i = 1; i <= 25; i++) {
                row(ws, i, "P" + i, "regel", 1, 2, 3);
            }
        });
        assertEquals(26, TariffSheet.read(p, "Tarieven", 26).rows().size());
        TariffSheetException e = assertThrows(TariffSheetException.class, () -> TariffSheet.read(p, "Tarieven", 20));
        assertEquals(new Problem("offerte.xlsx", 21, "Tarieven", "quote.import.tooManyRows", List.of("Tarieven", 20)),
                e.problem());
    }

    // ------------------------------------------------------------------------------------ mapping

    @Test
    void mappingProblems() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", 1, 2, 3);
        });
        SheetTable t = read(p);
        assertEquals(List.of(), TariffSheet.validate(t, dutchMapping(1, false)));

        ColumnMapping nothing = new ColumnMapping(9, null, " ", null, null, null, false, null);
        assertEquals(List.of("quote.import.mapping.nameMissing", "quote.import.mapping.tariffMissing",
                "quote.import.mapping.volumeMissing", "quote.import.mapping.indexationMissing",
                "quote.import.mapping.headerRow"), keys(TariffSheet.validate(t, nothing)));
        assertEquals(List.of(9, 2), TariffSheet.validate(t, nothing).get(4).args());

        ColumnMapping twice = new ColumnMapping(1, "a", "B", "C", "C", "c", false, null);
        assertEquals(List.of("C quote.import.mapping.duplicateColumn"), where(TariffSheet.validate(t, twice)));
        assertEquals("A", twice.code());

        ColumnMapping badColumn = new ColumnMapping(-1, "A", "B", "3X", "D", "XFE", false, null);
        assertEquals(List.of("3X quote.import.mapping.badColumn", "XFE quote.import.mapping.badColumn",
                "null quote.import.mapping.headerRow"), where(TariffSheet.validate(t, badColumn)));

        // a preview with a bad mapping shows only the mapping problems, parse imports nothing
        TariffSheet.Preview pv = TariffSheet.preview(t, twice);
        assertEquals(List.of(), pv.lines());
        assertEquals(List.of("quote.import.mapping.duplicateColumn"), keys(TariffSheet.parse(t, twice).problems()));
    }

    @Test
    void defaultIndexationFillsEmptyIndexationCells() throws Exception {
        Path p = xlsx(ws -> {
            header(ws, 0, DUTCH_HEADER);
            row(ws, 1, "A", "a", 100, 2.5, 3);
            row(ws, 2, "B", "b", 100, null, 3);
        });
        SheetTable t = read(p);
        assertEquals(java.util.Arrays.asList(new BigDecimal("2.5"), null),
                TariffSheet.parse(t, dutchMapping(1, false)).lines().stream().map(TariffLine::indexationPct).toList());
        assertEquals(List.of(new BigDecimal("2.5"), new BigDecimal("3.4")),
                TariffSheet.parse(t, dutchMapping(1, false).withIndexation(false, new BigDecimal("3.4")))
                        .lines().stream().map(TariffLine::indexationPct).toList());
    }

    @Test
    void columnLettersAndIndexes() {
        assertEquals("A", ColumnMapping.letter(0));
        assertEquals("Z", ColumnMapping.letter(25));
        assertEquals("AA", ColumnMapping.letter(26));
        assertEquals("XFD", ColumnMapping.letter(16_383));
        assertEquals(16_383, ColumnMapping.index("XFD"));
        assertEquals(27, ColumnMapping.index("AB"));
        assertEquals(-1, ColumnMapping.index("XFE"));
        assertEquals(-1, ColumnMapping.index("a"));
        assertEquals(-1, ColumnMapping.index(""));
    }

    // ------------------------------------------------------------------------------------ sample data

    @Test
    void theSampleQuoteImportsWithTheSuggestedMapping() throws Exception {
        Path p = Path.of("sample-data/quotes/zevensprong-2027-tarieven.xlsx");
        List<String> sheets = TariffSheet.sheets(p);
        assertEquals(List.of("Tarieven"), sheets);
        SheetTable t = TariffSheet.read(p, sheets.get(0), TariffSheet.DEFAULT_MAX_ROWS);
        ColumnMapping m = TariffSheet.suggest(t);
        assertEquals(dutchMapping(3, true), m);
        TariffSheet.Preview pv = TariffSheet.preview(t, m);
        assertTrue(pv.ok(), pv.problems().toString());
        List<TariffLine> lines = pv.tariffLines();
        assertEquals(7, lines.size());
        assertEquals(List.of(TariffSheet.Preview.Reason.TOTAL),
                pv.ignored().stream().map(TariffSheet.Preview.Ignored::reason).toList());
        List<String> codes = new ArrayList<>();
        for (TariffLine l : lines) {
            codes.add(l.code());
            assertTrue(l.code().startsWith("IGO-"), l.code());
            assertTrue(l.indexationPct().compareTo(new BigDecimal("3.4")) >= 0
                    && l.indexationPct().compareTo(new BigDecimal("4.5")) <= 0, l.toString());
            assertTrue(l.tariff().signum() > 0 && l.volume().signum() > 0, l.toString());
        }
        assertEquals(codes.size(), codes.stream().distinct().count());
        assertEquals(new BigDecimal("1150"), lines.get(0).volume(), "prenatal care: one per birth");
    }
}
