package nl.inkoopwerkbank.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code export summary|summaries|portfolio} on the command line, in process, against the sample
 * database: what each writes (read back), and every refusal (exit code 1, the option named on stderr,
 * nothing written).
 */
class ExportCliTest {

    static final String ZEVENSPRONG = "98463114";
    static final String ZONNELIED = "33129382";
    static final List<String> POLICIES = List.of("salland-2027-geboortezorg", "salland-2027-msz", "vgz-2027-geboortezorg",
            "caresq-2027-geboortezorg", "zorgenzekerheid-2026-geboortezorg");

    /** One database for the class: the commands only read it. */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(shared.resolve("db").toString());
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** Refused: exit code 1, nothing on stdout, these lines on stderr, and no file written in the test's folder. */
    void assertRefused(Run r, List<String> before, String... errLines) throws IOException {
        assertEquals(Cli.EXIT_INVALID, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(Arrays.asList(errLines), r.err().lines().toList());
        assertEquals(before, files(dir), "nothing written");
    }

    // ------------------------------------------------------------------------------------------ summary

    @Test
    void summaryWritesOneProvidersPdfUnderTheDefaultPolicy() throws Exception {
        Path out = dir.resolve("zevensprong.pdf");
        Run r = run("export", "summary", "--provider", ZEVENSPRONG, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals("Samenvatting van IGO De Zevensprong geschreven naar " + out + "\n", r.out());
        assertEquals(List.of("zevensprong.pdf"), files(dir));
        int n = pages(out);
        assertTrue(n >= 1 && n <= 2, n + " pages");
        String t = pdfText(out);
        assertTrue(t.contains("IGO De Zevensprong") && t.contains("AGB 98463114"), t);
        assertTrue(t.contains("Inkoopbeleid Zorginkoopbeleid 2027 Geboortezorg"), "Salland's 2027 policy by default: " + t);
        assertTrue(t.contains("Offerte 2027 · Salland") && t.contains("Akkoord 2026 Ronde 2 Ronde 3"), t);
    }

    @Test
    void summaryWithPolicyAndTypeShowsOnlyThatContract() throws Exception {
        Path out = dir.resolve("sub").resolve("zonnelied vgz.pdf");
        Run r = run("export", "summary", "--provider", " " + ZONNELIED + " ", "--policy", "vgz-2027-geboortezorg",
                "--type", "kraamzorg", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Samenvatting van Kraamzorg Het Zonnelied geschreven naar " + out + "\n", r.out());
        assertEquals(List.of("zonnelied vgz.pdf"), files(dir.resolve("sub")), "the folder is made");
        String t = pdfText(out);
        assertTrue(t.contains("Kraamzorg Het Zonnelied") && t.contains("Zorgovereenkomst Kraamzorg"), t);
        assertTrue(t.contains("Inkoopbeleid Geboortezorg 2027"), t);
        assertFalse(t.contains("Addendum Kraamcentrum"), "only the chosen contract type: " + t);
        assertTrue(pages(out) <= 2);
    }

    @Test
    void summaryRefusesAnUnknownProvider() throws Exception {
        Path out = dir.resolve("x.pdf");
        assertRefused(run("export", "summary", "--provider", "12345678", "--out", out.toString()), List.of(),
                "--provider: geen aanbieder met AGB-code 12345678.");
    }

    @Test
    void summaryRefusesAnUnknownPolicyNamingTheKnownOnes() throws Exception {
        Run r = run("export", "summary", "--provider", ZEVENSPRONG, "--policy", "menzis-2027", "--out",
                dir.resolve("x.pdf").toString());
        assertEquals(Cli.EXIT_INVALID, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("--policy: onbekend inkoopbeleid menzis-2027; bekend zijn: "), r.err());
        for (String id : POLICIES) {
            assertTrue(r.err().contains(id), id + " in " + r.err());
        }
        assertEquals("", r.out());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void summaryRefusesAnUnknownContractType() throws Exception {
        assertRefused(run("export", "summary", "--provider", ZEVENSPRONG, "--policy", "salland-2027-msz", "--type",
                        "kraamzorg", "--out", dir.resolve("x.pdf").toString()), List.of(),
                "--type: beleid salland-2027-msz kent geen contractvorm kraamzorg; wel: ziekenhuis, zbc, dialysecentrum, "
                        + "edc, trombosedienst, audiologisch-centrum, revalidatiecentrum, categorale-instelling.");
    }

    @Test
    void summaryRefusesAContractTypeNotForTheProvidersType() throws Exception {
        assertRefused(run("export", "summary", "--provider", ZEVENSPRONG, "--type", "kraamzorg", "--out",
                        dir.resolve("x.pdf").toString()), List.of(),
                "--type: contractvorm kraamzorg is niet voor een Integrale geboortezorgorganisatie (IGO).");
        assertRefused(run("export", "summary", "--provider", ZONNELIED, "--type", "igo", "--out",
                        dir.resolve("x.pdf").toString()), List.of(),
                "--type: contractvorm igo is niet voor een Kraamzorgorganisatie.");
    }

    @Test
    void summaryRefusesAPolicyWithoutAContractForTheProvider() throws Exception {
        assertRefused(run("export", "summary", "--provider", ZEVENSPRONG, "--policy", "salland-2027-msz", "--out",
                        dir.resolve("x.pdf").toString()), List.of(),
                "--policy: beleid salland-2027-msz heeft geen contract voor een Integrale geboortezorgorganisatie (IGO).");
    }

    @Test
    void summaryRefusesAnotherExtensionThanPdf() throws Exception {
        Path out = dir.resolve("x.txt");
        assertRefused(run("export", "summary", "--provider", ZEVENSPRONG, "--out", out.toString()), List.of(),
                "--out: " + out + " moet eindigen op .pdf.");
        Path xlsx = dir.resolve("x.xlsx");
        assertRefused(run("export", "summary", "--provider", ZEVENSPRONG, "--out", xlsx.toString()), List.of(),
                "--out: " + xlsx + " moet eindigen op .pdf.");
    }

    @Test
    void summaryRefusesAnExistingFolderAsTarget() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("samenvatting.pdf"));
        assertRefused(run("export", "summary", "--provider", ZEVENSPRONG, "--out", folder.toString()),
                List.of("samenvatting.pdf"), "--out: " + folder + " is een map; geef een bestandsnaam.");
        assertEquals(List.of(), files(folder));
    }

    @Test
    void summaryListsEveryProblemAtOnce() throws Exception {
        Path out = dir.resolve("x.doc");
        assertRefused(run("export", "summary", "--provider", "00000000", "--out", out.toString()), List.of(),
                "--out: " + out + " moet eindigen op .pdf.", "--provider: geen aanbieder met AGB-code 00000000.");
    }

    @Test
    void summaryLeavesAnExistingFileAloneWhenRefused() throws Exception {
        Path out = dir.resolve("oud.pdf");
        byte[] old = "oude samenvatting".getBytes(StandardCharsets.UTF_8);
        Files.write(out, old);
        assertRefused(run("export", "summary", "--provider", ZEVENSPRONG, "--type", "geen", "--out", out.toString()),
                List.of("oud.pdf"), "--type: beleid salland-2027-geboortezorg kent geen contractvorm geen; wel: verloskunde, "
                        + "echoscopie, geboortecentrum, kraamzorg, igo, vsv, addendum-ctg, addendum-ipg, "
                        + "addendum-toeslag-beschikbaarheid, addendum-tolk, addendum-ehealth-kraamzorg, "
                        + "addendum-maxmax-kraamzorg.");
        assertArrayEquals(old, Files.readAllBytes(out));
    }

    // ------------------------------------------------------------------------------------------ summaries

    @Test
    void summariesToAFolderWriteOnePdfPerProvider() throws Exception {
        Path folder = dir.resolve("igo");
        Run r = run("export", "summaries", "--policy", "salland-2027-geboortezorg", "--type", "igo", "--out",
                folder.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("4 samenvattingen geschreven in map " + folder + "\n", r.out());
        assertEquals(List.of("4 van 4 samenvattingen klaar"), r.err().lines().toList());
        List<String> names = files(folder);
        assertEquals(4, names.size(), names.toString());
        assertTrue(names.contains("98463114 IGO De Zevensprong - salland-2027-geboortezorg.pdf"), names.toString());
        for (String name : names) {
            Path pdf = folder.resolve(name);
            assertTrue(name.endsWith(" - salland-2027-geboortezorg.pdf"), name);
            int n = pages(pdf);
            assertTrue(n >= 1 && n <= 2, name + ": " + n);
            String agb = name.substring(0, 8);
            assertTrue(pdfText(pdf).contains("AGB " + agb), name);
        }
    }

    @Test
    void summariesToAPdfFileWriteOneCombinedDocument() throws Exception {
        Path out = dir.resolve("geboortecentra.pdf");
        Run r = run("export", "summaries", "--policy", "salland-2027-geboortezorg", "--type", "geboortecentrum", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("4 samenvattingen geschreven naar " + out + "\n", r.out());
        assertEquals(List.of("4 van 4 samenvattingen klaar"), r.err().lines().toList(),
                "the progress counts summaries, not the step that writes the file");
        assertEquals(List.of("geboortecentra.pdf"), files(dir));
        int n = pages(out);
        assertTrue(n >= 4 && n <= 8, "four summaries of one or two pages: " + n);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals("Contractsamenvattingen Zorginkoopbeleid 2027 Geboortezorg (4 aanbieders)",
                    doc.getDocumentInformation().getTitle());
        }
        String t = pdfText(out);
        assertEquals(4, t.split("Contractsamenvatting afgedrukt op", -1).length - 1, "four summaries: " + t);
    }

    @Test
    void summariesRefuseUnknownPolicyAndType() throws Exception {
        Path folder = dir.resolve("map");
        Run policy = run("export", "summaries", "--policy", "onbekend", "--out", folder.toString());
        assertEquals(Cli.EXIT_INVALID, policy.exit());
        assertTrue(policy.err().startsWith("--policy: onbekend inkoopbeleid onbekend; bekend zijn: "), policy.err());
        assertEquals(List.of(), files(dir), "no folder made");

        assertRefused(run("export", "summaries", "--policy", "salland-2027-msz", "--type", "igo", "--out",
                        folder.toString()), List.of(),
                "--type: beleid salland-2027-msz kent geen contractvorm igo; wel: ziekenhuis, zbc, dialysecentrum, edc, "
                        + "trombosedienst, audiologisch-centrum, revalidatiecentrum, categorale-instelling.");
    }

    @Test
    void summariesRefuseAFolderNamedPdfAndAFileAsFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("alle.pdf"));
        assertRefused(run("export", "summaries", "--policy", "salland-2027-geboortezorg", "--out", folder.toString()),
                List.of("alle.pdf"), "--out: " + folder + " is een map; geef een bestandsnaam.");
        Path file = dir.resolve("lijst.txt");
        Files.writeString(file, "blijft");
        assertRefused(run("export", "summaries", "--policy", "salland-2027-geboortezorg", "--out", file.toString()),
                List.of("alle.pdf", "lijst.txt"),
                "--out: " + file + " is een bestand; geef een map of een naam die op .pdf eindigt.");
        assertEquals("blijft", Files.readString(file));
        assertEquals(List.of(), files(folder));
    }

    // ------------------------------------------------------------------------------------------ portfolio

    @Test
    void portfolioAsWorkbookAndAsCsv() throws Exception {
        Path xlsx = dir.resolve("portefeuille.xlsx");
        Run r = run("export", "portfolio", "--out", xlsx.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals("Portefeuille geschreven naar " + xlsx + "\n", r.out());
        int perContract;
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Portefeuille", "Per contract", "Tarieven"), sheets.stream().map(Sheet::getName).toList());
            List<Row> matrix = sheets.get(0).read();
            assertEquals(74, matrix.size(), "a header and the 73 sample providers");
            assertTrue(matrix.stream().anyMatch(row -> row.getCellText(0).equals(ZONNELIED)
                    && row.getCellText(1).equals("Kraamzorg Het Zonnelied")));
            perContract = sheets.get(1).read().size();
            assertEquals("Tarief", sheets.get(2).read().get(0).getCellText(9));
        }

        Path csv = dir.resolve("portefeuille.csv");
        Run c = run("export", "portfolio", "--out", csv.toString());
        assertEquals(0, c.exit(), c.err());
        assertEquals("Portefeuille geschreven naar " + csv + "\n", c.out());
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').detectBomHeader(true).ofCsvRecord(csv)) {
            reader.forEach(rec -> records.add(rec.getFields()));
        }
        assertEquals(List.of("AGB-code", "Naam", "Soort", "Plaats", "Regio", "Verzekeraar", "Beleid", "Contract",
                "Uitkomst", "Niveau", "Knock-outs niet voldaan", "Open eisen", "Einde looptijd", "Volgende termijn", "Wat"),
                records.get(0));
        assertEquals(perContract, records.size(), "the same rows as the workbook's Per contract sheet");
        assertEquals(List.of("portefeuille.csv", "portefeuille.xlsx"), files(dir));
    }

    @Test
    void portfolioRefusesAnotherExtensionAndAFolder() throws Exception {
        Path pdf = dir.resolve("portefeuille.pdf");
        assertRefused(run("export", "portfolio", "--out", pdf.toString()), List.of(),
                "--out: " + pdf + " moet eindigen op .xlsx, .csv.");
        Path folder = Files.createDirectory(dir.resolve("map.xlsx"));
        assertRefused(run("export", "portfolio", "--out", folder.toString()), List.of("map.xlsx"),
                "--out: " + folder + " is een map; geef een bestandsnaam.");
        assertEquals(List.of(), files(folder));
    }
}
