package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.choose;
import static nl.inkoopwerkbank.ui.UiTestSupport.dialog;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static nl.inkoopwerkbank.ui.UiTestSupport.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;

/** The export screens clicked through: print preview, batch export of summaries, portfolio to Excel and CSV. */
class ExportScreenTest extends UiTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Override
    Clock clock() {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        return Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 0), zone).toInstant(), zone);
    }

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pages(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private void selectProvider(FxRobot robot, String search, String name) {
        robot.clickOn("#navProviders");
        robot.clickOn("#providerSearch");
        type(robot, search);
        Node cell = robot.lookup(".table-cell").match(n -> n instanceof Labeled l && name.equals(l.getText())).query();
        robot.clickOn(cell);
    }

    private void openExportMenu(FxRobot robot, String item) {
        robot.clickOn("#exportMenu");
        robot.clickOn(robot.lookup(".menu-item .label").match(n -> n instanceof Labeled l && item.equals(l.getText()))
                .queryAs(Node.class));
    }

    @Test
    void thePrintPreviewShowsTheSummaryAndSavesIt(FxRobot robot) throws IOException {
        selectProvider(robot, "Zevensprong", "IGO De Zevensprong");
        robot.clickOn("#summaryButton");
        assertTrue(dialog(robot).isPresent(), "the preview opened");
        assertEquals("Salland Zorgverzekeraar · Zorginkoopbeleid 2027 Geboortezorg",
                robot.lookup("#previewPolicy").queryComboBox().getConverter()
                        .toString((Policy) robot.lookup("#previewPolicy").queryComboBox().getValue()),
                "the own insurer's policy comes first");
        assertEquals(2, robot.lookup(".preview-page").queryAll().size(), "the IGO's summary takes two A4 pages");
        assertEquals("2 pagina's A4", text(robot, "#previewStatus"));
        ImageView first = robot.lookup("#previewPage1").queryAs(ImageView.class);
        assertTrue(first.getImage().getWidth() > first.getImage().getHeight() * 0.6
                && first.getImage().getWidth() < first.getImage().getHeight() * 0.8, "an A4 portrait page");

        // another insurer's policy: the summary is laid out again for VGZ
        choose(robot, "#previewPolicy", "Coöperatie VGZ · Inkoopbeleid Geboortezorg 2027");
        robot.clickOn("#previewSave");
        Path saved = dir.resolve("98463114 IGO De Zevensprong - vgz-2027-geboortezorg.pdf");
        assertTrue(Files.exists(saved), "saved under the proposed name");
        String text = pdfText(saved);
        assertTrue(text.contains("IGO De Zevensprong"), text);
        assertTrue(text.contains("Inkoopbeleid Geboortezorg 2027"), "the chosen policy");
        assertTrue(text.contains("Salland Zorgverzekeraar"), "handed over by the buyer's own insurer");
        assertTrue(text.contains("afgedrukt op 23 november 2026"), text);
        assertTrue(text.contains("Pagina 1 van"), "page numbers");
        assertTrue(text(robot, "#previewStatus").startsWith("Opgeslagen: "), text(robot, "#previewStatus"));

        // no printer in a headless test run: a clear message instead of a silent failure
        robot.clickOn("#printButton");
        assertTrue(robot.lookup(".dialog-pane .header-panel .label").match(n -> n instanceof Labeled l
                && "Geen printer gevonden".equals(l.getText())).tryQuery().isPresent(), "no-printer message");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && "OK".equals(b.getText()))
                .queryAs(Node.class));
        robot.clickOn("#previewClose");
        assertTrue(dialog(robot).isEmpty(), "the preview is closed");
    }

    @Test
    void aBatchOfKraamzorgSummariesIsExportedAsOneFileAndAsAFolder(FxRobot robot) throws IOException {
        Policy salland = app.workbench.policies().find("salland-2027-geboortezorg").orElseThrow();
        List<Provider> kraamzorg = app.workbench.exports().providersFor(salland, "kraamzorg");
        assertTrue(kraamzorg.size() > 5, "enough kraamzorg providers in the sample data: " + kraamzorg.size());

        openExportMenu(robot, "Contractsamenvattingen (PDF)…");
        choose(robot, "#batchPolicy", "Salland Zorgverzekeraar · Zorginkoopbeleid 2027 Geboortezorg");
        choose(robot, "#batchContract", "Overeenkomst kraamzorg (A of B)");
        TableView<?> table = robot.lookup("#batchTable").queryAs(TableView.class);
        assertEquals(kraamzorg.size(), table.getItems().size());
        assertEquals(kraamzorg.size() + " van " + kraamzorg.size() + " aanbieders gekozen", text(robot, "#batchCount"));

        robot.clickOn("#batchNone");
        assertEquals("0 van " + kraamzorg.size() + " aanbieders gekozen", text(robot, "#batchCount"));
        assertTrue(robot.lookup("#batchExport").queryAs(Button.class).isDisabled(), "nothing ticked, nothing to export");
        robot.clickOn("#batchAll");

        robot.clickOn("#batchCombined");
        robot.clickOn("#batchExport");
        Path combined = dir.resolve("Contractsamenvattingen salland-2027-geboortezorg.pdf");
        assertTrue(Files.exists(combined), "the combined file");
        int n = pages(combined);
        assertTrue(n >= kraamzorg.size() && n <= 2 * kraamzorg.size(), "one or two pages per provider: " + n);
        String all = pdfText(combined);
        for (Provider p : kraamzorg) {
            assertTrue(all.contains(p.name()), "summary of " + p.name());
        }
        assertEquals(kraamzorg.size() + " samenvattingen opgeslagen in " + combined, text(robot, "#batchStatus"));

        // one file each, into a folder; an existing file of another name in that folder is left alone
        Path folder = dir.resolve("export");
        Files.createDirectories(folder);
        Path other = folder.resolve("notities.txt");
        Files.write(other, new byte[] {1, 2, 3});
        robot.clickOn("#batchEach");
        robot.clickOn("#batchExport");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertEquals(kraamzorg.size(), pdfs.size(), "one PDF per provider");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(other));
        Path one = folder.resolve(nl.inkoopwerkbank.service.ExportService.fileName(kraamzorg.get(0), salland));
        assertTrue(pdfText(one).contains(kraamzorg.get(0).name()));
        assertTrue(pages(one) <= 2, "at most two pages");
        robot.clickOn("#batchClose");
    }

    @Test
    void thePortfolioScreenHandsItsRowsToTheBatchExport(FxRobot robot) {
        robot.clickOn("#navAssessment");
        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof Labeled l && "Portfolio".equals(l.getText()))
                .queryAs(Node.class));
        choose(robot, "#policyBox", "Salland Zorgverzekeraar · Zorginkoopbeleid 2027 Geboortezorg");
        choose(robot, "#contractBox", "Overeenkomst kraamzorg (A of B)");
        choose(robot, "#outcomeBox", "Komt in aanmerking");
        int shown = robot.lookup("#table").match(Node::isVisible).queryAs(TableView.class).getItems().size();
        assertTrue(shown > 0, "some kraamzorg providers are eligible");
        robot.clickOn("#summariesButton");
        ComboBox<?> policy = robot.lookup("#batchPolicy").queryComboBox();
        assertEquals("salland-2027-geboortezorg", ((Policy) policy.getValue()).id());
        assertEquals("Overeenkomst kraamzorg (A of B)",
                robot.lookup("#batchContract").queryComboBox().getConverter()
                        .toString(robot.lookup("#batchContract").queryComboBox().getValue()));
        int all = robot.lookup("#batchTable").queryAs(TableView.class).getItems().size();
        assertEquals(shown + " van " + all + " aanbieders gekozen", text(robot, "#batchCount"),
                "only the providers the portfolio showed are ticked");
        robot.clickOn("#batchClose");
    }

    @Test
    void thePortfolioIsExportedToExcelAndCsv(FxRobot robot) throws IOException {
        openExportMenu(robot, "Portefeuille (Excel, CSV)…");
        robot.clickOn("#portfolioExport");
        Path xlsx = dir.resolve("Portefeuille 2026.xlsx");
        assertTrue(Files.exists(xlsx), "saved under the proposed name");
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertEquals(List.of("Portefeuille", "Per contract", "Tarieven"),
                    wb.getSheets().map(Sheet::getName).toList());
            Sheet tariffs = wb.getSheets().filter(s -> s.getName().equals("Tarieven")).findFirst().orElseThrow();
            var rows = tariffs.read();
            assertEquals("IGO", rows.get(0).getCell(0).getRawValue());
            assertTrue(rows.size() > 20, "every tariff line of every round: " + rows.size());
        }
        assertEquals("Opgeslagen: " + xlsx, text(robot, "#portfolioStatus"));

        robot.clickOn("#portfolioCsv");
        robot.clickOn("#portfolioExport");
        Path csv = dir.resolve("Portefeuille 2026.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String head = new String(bytes, 3, 200, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(head.startsWith("AGB-code;Naam;Soort;Plaats;Regio;Verzekeraar;Beleid;Contract;Uitkomst"), head);
        robot.clickOn("#portfolioClose");
    }

    @Test
    void aQuotesTariffTablesGoToExcel(FxRobot robot) throws IOException {
        long igo = app.workbench.providers().findByAgb("98463114").orElseThrow().id();
        long quote = app.workbench.quotes().find(igo, 2027, "salland").orElseThrow().id();
        robot.clickOn("#navQuotes");
        robot.interact(() -> app.ui.main().showQuote(quote));
        robot.clickOn("#tariffsExcelButton");
        Path xlsx = dir.resolve("Tarieven IGO De Zevensprong 2027 salland.xlsx");
        assertTrue(Files.exists(xlsx), "saved under the proposed name");
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Kerncijfers", "Tarieven"), sheets.stream().map(Sheet::getName).toList());
            var figures = sheets.get(0).read();
            assertEquals(4, figures.size(), "a header and one row per round");
            // round 3: integral cost per birth € 5.960,50 as a number cell with a euro format
            var cost = figures.get(3).getCell(9);
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, cost.getType());
            assertEquals(0, new java.math.BigDecimal("5960.50").compareTo(cost.asNumber()));
            assertTrue(cost.getDataFormatString().contains("€"), cost.getDataFormatString());
            var tariffs = sheets.get(1).read();
            assertEquals(1 + 3 * 7, tariffs.size(), "seven lines in each of three rounds");
        }
    }
}
