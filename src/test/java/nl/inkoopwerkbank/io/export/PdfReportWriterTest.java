package nl.inkoopwerkbank.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.io.export.ReportDocument.Align;
import nl.inkoopwerkbank.io.export.ReportDocument.Badges;
import nl.inkoopwerkbank.io.export.ReportDocument.Block;
import nl.inkoopwerkbank.io.export.ReportDocument.Callout;
import nl.inkoopwerkbank.io.export.ReportDocument.Column;
import nl.inkoopwerkbank.io.export.ReportDocument.Field;
import nl.inkoopwerkbank.io.export.ReportDocument.Fields;
import nl.inkoopwerkbank.io.export.ReportDocument.Heading;
import nl.inkoopwerkbank.io.export.ReportDocument.Paragraph;
import nl.inkoopwerkbank.io.export.ReportDocument.Row;
import nl.inkoopwerkbank.io.export.ReportDocument.Table;
import nl.inkoopwerkbank.io.export.ReportDocument.Tone;

/**
 * A hand-made {@link ReportDocument} rendered by {@link PdfReportWriter} and read back with PDFBox: the
 * words, the page labels, the embedded fonts, the PDF/A identification and the metadata title.
 */
class PdfReportWriterTest {

    static final String PAGE_LABEL = "Pagina {0} van {1}";
    static final String TITLE = "Verloskundigenpraktijk De Wilgenhoek";

    static final PdfReportWriter WRITER = new PdfReportWriter();

    /** The small document, rendered once: most tests only read it. */
    static byte[] small;

    @BeforeAll
    static void renderSmall() throws IOException {
        small = WRITER.render(smallDocument());
    }

    static ReportDocument smallDocument() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("Aanbieder", 1));
        blocks.add(new Fields(List.of(new Field("AGB-code", "08993378"), new Field("Regio", "Midden-IJssel"),
                new Field("Contactpersoon", "Zoë Geëlen"), new Field("E-mail", null)), 2));
        blocks.add(new Badges(List.of(new Field("Uitkomst", "Komt in aanmerking", Tone.GOOD),
                new Field("Niveau", "B", Tone.WARNING))));
        blocks.add(new Heading("Tarieven", 2, "geïndexeerd tarief"));
        blocks.add(new Table(List.of(new Column("Prestatie", Align.LEFT, 0), new Column("Tarief", Align.RIGHT, 20)),
                List.of(new Row(List.of("Prenatale zorg", "€ 1.234,56")),
                        new Row(List.of("Partus", "€ 567,89"), List.of(Tone.NORMAL, Tone.BAD), true,
                                List.of("tweede regel onder de cel"))),
                "geen tarieven"));
        blocks.add(new Table(List.of(new Column("Leeg", Align.LEFT, 0)), List.of(), "Geen openstaande termijnen."));
        blocks.add(new Paragraph("Eis: aantal bevallingen ≥ 100 per jaar.", Tone.MUTED));
        blocks.add(new Callout("Kleinste stap naar niveau A:", "opleidingsplan indienen.", Tone.WARNING));
        return new ReportDocument(TITLE, "AGB 08993378 · Verloskundigenpraktijk · Deventer",
                "Salland Zorgverzekeraar", "Contractsamenvatting\nafgedrukt op 23 november 2026",
                "Vertrouwelijk · Salland Zorgverzekeraar", PAGE_LABEL, "nl", blocks);
    }

    // ------------------------------------------------------------------------------------------ helpers

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text with every run of white space (line wraps included) as one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The text of each page, in page order. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc));
            }
            return pages;
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static XMPMetadata xmp(PDDocument doc) throws Exception {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        assertNotNull(metadata, "the document carries XMP metadata");
        try (InputStream in = metadata.exportXMPMetadata()) {
            return new DomXmpParser().parse(in.readAllBytes());
        }
    }

    /** Every font on every page (and in the page's form XObjects): name -> embedded. */
    static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collectFonts(page.getResources(), out, 0);
        }
        return out;
    }

    private static void collectFonts(PDResources res, List<PDFont> out, int depth) throws IOException {
        if (res == null || depth > 5) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            out.add(res.getFont(name));
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), out, depth + 1);
            }
        }
    }

    static void assertPdfA2u(PDDocument doc) throws Exception {
        PDFAIdentificationSchema id = xmp(doc).getPDFAIdentificationSchema();
        assertNotNull(id, "PDF/A identification in XMP");
        assertEquals(2, id.getPart(), "PDF/A part");
        assertEquals("U", id.getConformance(), "PDF/A conformance");
    }

    static String dcTitle(PDDocument doc) throws Exception {
        DublinCoreSchema dc = xmp(doc).getDublinCoreSchema();
        assertNotNull(dc, "Dublin Core schema in XMP");
        return dc.getTitle();
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    static ReportDocument longTableDocument(String title, int rows) {
        List<Row> rs = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            rs.add(new Row(List.of(String.format("Regel %03d", i), "Omschrijving van regel " + i,
                    String.format("€ %d,%02d", i * 7, i % 100))));
        }
        return new ReportDocument(title, "", "Salland Zorgverzekeraar", "", "voet", PAGE_LABEL, "nl",
                List.of(new Heading("Lange tabel", 1),
                        new Table(List.of(new Column("Regelnummer", Align.LEFT, 20),
                                new Column("Omschrijving", Align.LEFT, 0),
                                new Column("Bedrag", Align.RIGHT, 20)), rs, "")));
    }

    // ------------------------------------------------------------------------------------------ tests

    @Test
    void theWordsOfTheDocumentAreInThePdf() throws Exception {
        String t = flat(text(small));
        assertEquals(1, pages(small), t);
        for (String expected : List.of(TITLE, "AGB 08993378 · Verloskundigenpraktijk · Deventer",
                "Salland Zorgverzekeraar", "afgedrukt op 23 november 2026", "Aanbieder", "AGB-code", "08993378",
                "Midden-IJssel", "Zoë Geëlen", "Komt in aanmerking", "geïndexeerd tarief", "Prestatie",
                "Prenatale zorg", "€ 1.234,56", "€ 567,89", "tweede regel onder de cel", "Geen openstaande termijnen.",
                "Eis: aantal bevallingen ≥ 100 per jaar.", "Kleinste stap naar niveau A:", "opleidingsplan indienen.",
                "Vertrouwelijk · Salland Zorgverzekeraar")) {
            assertTrue(t.contains(expected), "'" + expected + "' in\n" + t);
        }
        // a blank field value is shown as a dash, the empty table's text stands in for its rows
        assertTrue(t.contains("E-mail —"), t);
        assertFalse(t.contains("geen tarieven"), "the empty text only shows for a table without rows:\n" + t);
        // badge labels are printed in capitals by the style sheet
        assertTrue(t.contains("UITKOMST"), t);
    }

    @Test
    void everyPageCarriesItsPageLabel() throws Exception {
        byte[] pdf = WRITER.render(longTableDocument("Paginanummers", 140));
        List<String> pages = pageTexts(pdf);
        assertTrue(pages.size() >= 3, "the long table runs over several pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String label = "Pagina " + (i + 1) + " van " + pages.size();
            assertEquals(1, count(pages.get(i), label), "page " + (i + 1) + ":\n" + pages.get(i));
            assertEquals(1, count(pages.get(i), "voet"), "the footer on page " + (i + 1));
        }
        assertEquals(1, count(pageTexts(small).get(0), "Pagina 1 van 1"));
    }

    @Test
    void everyFontIsEmbeddedLiberationSans() throws Exception {
        try (PDDocument doc = Loader.loadPDF(small)) {
            List<PDFont> fonts = fonts(doc);
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                assertTrue(f.getName().contains("LiberationSans"), "only the bundled font is used: " + f.getName());
            }
            // both the regular and the bold face are used (title and badges are bold)
            Set<String> names = new TreeSet<>(fonts.stream().map(PDFont::getName).toList());
            assertTrue(names.stream().anyMatch(n -> n.contains("Bold")), names.toString());
            assertTrue(names.stream().anyMatch(n -> !n.contains("Bold")), names.toString());
        }
    }

    @Test
    void isPdfA2uWithTheTitleInTheMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(small)) {
            assertPdfA2u(doc);
            assertEquals(TITLE, doc.getDocumentInformation().getTitle());
            assertEquals(TITLE, dcTitle(doc));
            assertEquals("Salland Zorgverzekeraar", doc.getDocumentInformation().getAuthor());
            assertEquals("nl", doc.getDocumentCatalog().getLanguage());
            assertFalse(doc.getDocumentCatalog().getOutputIntents().isEmpty(), "an sRGB output intent");
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(doc.getPage(0).getMediaBox().getHeight()), "A4 height in points");
        }
    }

    @Test
    void writeGivesTheSameDocumentAsRenderOnAStream() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(smallDocument(), out);
        assertEquals(text(small), text(out.toByteArray()));
    }

    @Test
    void hostileTextIsPrintedAsTextAndDoesNotBreakTheLayout() throws Exception {
        String script = "<script>alert('x')</script>";
        String amp = "Tom & Jerry &amp; \"Zoë\" 'quoted' \\ back";
        String control = "bel\u0007tab\u0001null\u0000eind";
        String css = "\"; } body { display: none; } @page { content: \"";
        String title = "IGO " + script + " & \"Co\" \u0007 " + css;
        List<Block> blocks = List.of(
                new Heading(script, 1, amp),
                new Fields(List.of(new Field(amp, script), new Field(control, css)), 2),
                new Table(List.of(new Column(script, Align.LEFT, 0), new Column(amp, Align.RIGHT, 30)),
                        List.of(new Row(List.of(control, "]]> <!-- -->"), List.of(), false, List.of(script))), ""),
                new Paragraph("regel een\nregel twee\r\n" + control, Tone.NORMAL),
                new Callout(script, amp, Tone.BAD),
                new Badges(List.of(new Field(script, control))),
                // a second page, so the running header (the title) and page counters are laid out as well
                new Table(List.of(new Column("Vulling", Align.LEFT, 0)),
                        java.util.stream.IntStream.rangeClosed(1, 90).mapToObj(i -> new Row(List.of("vulregel " + i)))
                                .toList(), ""));
        ReportDocument doc = new ReportDocument(title, amp + " " + control, script, control + "\n" + amp,
                "voet " + script + " " + control + " " + css, PAGE_LABEL, "nl", blocks);

        byte[] pdf = WRITER.render(doc);
        List<String> pages = pageTexts(pdf);
        String raw = String.join("\n", pages);
        String all = flat(raw);
        assertTrue(pages.size() >= 2, "the filler table runs onto a second page");
        assertTrue(all.contains("<script>alert('x')</script>"), "markup is shown as text:\n" + raw);
        assertTrue(all.contains("Tom & Jerry &amp; \"Zoë\" 'quoted' \\ back"), "entities are not decoded twice:\n" + raw);
        assertTrue(all.contains("]]> <!-- -->"), raw);
        assertTrue(raw.contains("regel een\nregel twee\n"), "a newline is a line break:\n" + raw);
        // control characters become spaces; the words around them survive
        assertTrue(all.contains("bel tab null eind"), raw);
        assertFalse(raw.contains("\u0007") || raw.contains("\u0000") || raw.contains("\u0001"), raw);
        assertTrue(all.contains("vulregel 90"), "nothing after the hostile blocks is lost:\n" + raw);
        for (int i = 0; i < pages.size(); i++) {
            String page = flat(pages.get(i));
            assertTrue(page.contains("Pagina " + (i + 1) + " van " + pages.size()), "page label on page " + (i + 1)
                    + " despite hostile footer and title:\n" + page);
            assertTrue(page.contains("voet <script>alert('x')</script> bel tab null eind"),
                    "footer as text on page " + (i + 1) + ":\n" + page);
            assertTrue(page.contains("body { display: none; }"), "CSS-looking text is printed, not applied:\n" + page);
        }
        // the running title (second page on) is the title as text
        assertTrue(flat(pages.get(1)).contains("IGO <script>alert('x')</script> & \"Co\""), pages.get(1));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String metaTitle = d.getDocumentInformation().getTitle();
            assertTrue(metaTitle.startsWith("IGO <script>alert('x')</script> & \"Co\""), metaTitle);
            assertFalse(metaTitle.contains("\u0007"), metaTitle);
            assertPdfA2u(d);
        }
    }

    @Test
    void charactersXmlForbidsBecomeSpacesInsteadOfFailingTheRender() throws Exception {
        // U+FFFE and U+FFFF (e.g. from a CSV import) and a surrogate without its other half
        String bad = "voor\uFFFEmidden\uFFFFna\uD800eind\uDC00slot";
        ReportDocument doc = new ReportDocument("Titel " + bad, bad, bad, bad, "voet " + bad, PAGE_LABEL, "nl",
                List.of(new Heading(bad, 1), new Fields(List.of(new Field(bad, bad)), 1),
                        new Table(List.of(new Column(bad, Align.LEFT, 0)), List.of(new Row(List.of(bad))), ""),
                        new Paragraph(bad, Tone.NORMAL)));
        byte[] pdf = WRITER.render(doc);
        String t = flat(text(pdf));
        assertTrue(count(t, "voor midden na eind slot") >= 8, "every occurrence printed with spaces:\n" + t);
        assertTrue(t.contains("voet voor midden na eind slot"), t);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals("Titel voor midden na eind slot", d.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aLongTablePaginatesWithItsHeaderAndLosesNoRow() throws Exception {
        int rows = 300;
        byte[] pdf = WRITER.render(longTableDocument("Lange tabel", rows));
        List<String> pages = pageTexts(pdf);
        assertTrue(pages.size() >= 5, "300 rows take several A4 pages: " + pages.size());
        String all = String.join("\n", pages);
        for (int i = 1; i <= rows; i++) {
            String r = String.format("Regel %03d", i);
            assertEquals(1, count(all, r + " "), r + " exactly once");
            assertTrue(all.contains("Omschrijving van regel " + i + " "), "row " + i);
        }
        // rows come in order, page after page
        Matcher m = Pattern.compile("Regel (\\d{3})").matcher(all);
        int last = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            assertEquals(last + 1, n, "rows in order");
            last = n;
        }
        assertEquals(rows, last);
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("Regelnummer Omschrijving Bedrag"), "the header row repeats on page "
                    + (i + 1) + ":\n" + pages.get(i));
        }
    }

    @Test
    void combinePutsTheDocumentsInOrderUnderOneTitle() throws Exception {
        byte[] a = small;
        byte[] b = WRITER.render(longTableDocument("Tweede", 60));
        byte[] c = WRITER.render(longTableDocument("Derde", 140));
        int expected = pages(a) + pages(b) + pages(c);
        assertTrue(pages(b) >= 2 && pages(c) >= 3, "parts of different lengths");

        String title = "Contractsamenvattingen Zorginkoopbeleid 2027 Geboortezorg (3 aanbieders)";
        byte[] all = WRITER.combine(List.of(a, b, c), title);
        assertEquals(expected, pages(all));
        try (PDDocument doc = Loader.loadPDF(all)) {
            assertEquals(title, doc.getDocumentInformation().getTitle());
            assertEquals(title, dcTitle(doc));
            assertPdfA2u(doc);
            for (PDFont f : fonts(doc)) {
                assertTrue(f.isEmbedded(), f.getName());
            }
        }
        List<String> pages = pageTexts(all);
        assertTrue(flat(pages.get(0)).contains(TITLE), "the first document first");
        assertTrue(pages.get(pages(a)).contains("Tweede"), "then the second");
        assertTrue(pages.get(pages(a) + pages(b)).contains("Derde"), "then the third");
        // each part keeps its own page numbering
        assertTrue(pages.get(pages(a) + pages(b)).contains("Pagina 1 van " + pages(c)));
        assertTrue(pages.get(expected - 1).contains("Pagina " + pages(c) + " van " + pages(c)));
    }

    @Test
    void combineRefusesAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> WRITER.combine(List.of(), "leeg"));
    }

    @Test
    void pdfPagesCountsAndRendersEveryPage() throws Exception {
        assertEquals(1, PdfPages.count(small));
        List<PdfPages.Page> rendered = PdfPages.render(small, 36f);
        assertEquals(1, rendered.size());
        PdfPages.Page p = rendered.get(0);
        // A4 at 36 dpi: 8.27 x 11.69 inch
        assertEquals(298, p.width(), 1);
        assertEquals(421, p.height(), 1);
        assertEquals(p.width() * p.height(), p.argb().length);
        long dark = java.util.Arrays.stream(p.argb()).filter(px -> (px & 0xFF) < 128).count();
        assertTrue(dark > 100, "the page has ink on it: " + dark);
    }
}
