package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.summary.ContractSummary;
import nl.inkoopwerkbank.domain.summary.QuoteSummary;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.export.PdfPages;
import nl.inkoopwerkbank.io.export.PdfReportWriter;

/**
 * Contract summaries, batches of them and the portfolio, from the sample database on a fixed day (23
 * November 2026), read back from the files. The quote figures are checked against numbers computed here
 * from the sample YAML files, following docs/quote-calculations.md.
 */
class ExportServiceTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
    static final Messages NL = Messages.dutch();

    static final String ZEVENSPRONG = "98463114";
    static final String ZONNELIED = "33129382";
    static final String SALLAND_GZ = "salland-2027-geboortezorg";
    static final byte[] OLD = "oude inhoud, niet aanraken\n".getBytes(StandardCharsets.UTF_8);

    /** One sample database for the class: every test only reads it. */
    @TempDir
    static Path shared;

    static Workbench wb;
    static ExportService exports;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        wb = Workbench.open(shared.resolve("db"), true, CLOCK);
        exports = wb.exports();
    }

    @AfterAll
    static void close() {
        wb.close();
    }

    // ------------------------------------------------------------------------------------------ helpers

    static Provider provider(String agb) {
        return exports.provider(agb).orElseThrow(() -> new AssertionError("no sample provider " + agb));
    }

    static Policy policy(String id) {
        return exports.policy(id).orElseThrow(() -> new AssertionError("no policy " + id));
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

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

    static String text(byte[] pdf) throws IOException {
        return flat(String.join("\n", pageTexts(pdf)));
    }

    static void assertContains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), "'" + e + "' in\n" + text);
        }
    }

    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String money(String amount) {
        return Formats.money(new BigDecimal(amount));
    }

    static final Map<String, byte[]> SUMMARIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A provider's summary under the given policy, rendered once for the class. */
    static byte[] summaryPdf(String agb, String policyId) {
        return SUMMARIES.computeIfAbsent(agb + "/" + policyId, k -> {
            try {
                return exports.summaryPdf(provider(agb), policy(policyId), null, NL);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static ReadableWorkbook workbook(Path xlsx) throws IOException {
        return new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
    }

    static Map<String, List<Row>> sheets(Path xlsx) throws IOException {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        try (ReadableWorkbook book = workbook(xlsx)) {
            for (Sheet s : book.getSheets().toList()) {
                out.put(s.getName(), s.read());
            }
        }
        return out;
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null || cell.getType() == CellType.EMPTY ? null : cell.getText());
        }
        return out;
    }

    static BigDecimal number(Row row, int c) {
        Cell cell = row.getCell(c);
        assertEquals(CellType.NUMBER, cell.getType(), "column " + c + " of " + row);
        return cell.asNumber();
    }

    static void assertNumber(BigDecimal expected, Row row, int c) {
        assertEquals(0, expected.compareTo(number(row, c)), "column " + c + ": " + expected + " in " + row);
    }

    static LocalDate date(Row row, int c) {
        Cell cell = row.getCell(c);
        assertEquals(CellType.NUMBER, cell.getType(), "a date cell is a number: column " + c + " of " + row);
        String format = cell.getDataFormatString();
        assertTrue(format != null && format.contains("yyyy"), "date format on column " + c + ": " + format);
        LocalDateTime t = cell.asDate();
        return t.toLocalDate();
    }

    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(';').detectBomHeader(true).ofCsvRecord(file)) {
            for (CsvRecord rec : r) {
                out.add(rec.getFields());
            }
        }
        return out;
    }

    /** The sample providers per type, straight from providers.csv. */
    static Map<String, List<String>> sampleProvidersByType() throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of("sample-data/providers.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(";", -1);
            out.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[1]);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ the sample quotes, computed here

    /** A tariff line as docs/quote-calculations.md computes it. */
    record Line(String code, BigDecimal tariff, BigDecimal indexationPct, BigDecimal volume, BigDecimal indexed,
                BigDecimal total) {
    }

    /** A quote round's figures as docs/quote-calculations.md computes them. */
    record Round(int number, LocalDate date, boolean agreed, BigDecimal financingRequest, BigDecimal totalVolume,
                 BigDecimal marketSharePct, List<Line> lines, BigDecimal total, BigDecimal insurerPart,
                 BigDecimal integralPerBirth, BigDecimal monoPerBirth) {
        Line line(String code) {
            return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
        }
    }

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BigDecimal dec(JsonNode n) {
        return new BigDecimal(n.asText());
    }

    static List<Round> sampleRounds(String file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode root = yaml.readTree(Path.of("sample-data/quotes", file).toFile());
        List<Round> out = new ArrayList<>();
        for (JsonNode r : root.get("rounds")) {
            List<Line> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode l : r.get("tariffLines")) {
                BigDecimal tariff = dec(l.get("tariff"));
                BigDecimal idx = dec(l.get("indexationPct"));
                BigDecimal volume = l.has("volume") ? dec(l.get("volume")) : null;
                // tariff x (100 + indexation) / 100, to the cent half-up; the line total likewise
                BigDecimal indexed = tariff.multiply(HUNDRED.add(idx)).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
                BigDecimal lineTotal = volume == null ? null : indexed.multiply(volume).setScale(2, RoundingMode.HALF_UP);
                lines.add(new Line(l.get("code").asText(), tariff, idx, volume, indexed, lineTotal));
                total = lineTotal == null ? total : total.add(lineTotal);
            }
            BigDecimal volume = dec(r.get("totalVolume"));
            BigDecimal share = dec(r.get("marketSharePct"));
            BigDecimal mono = null;
            JsonNode ref = r.path("monoReference");
            if (ref.has("perBirth")) {
                mono = dec(ref.get("perBirth")).setScale(2, RoundingMode.HALF_UP);
            } else if (ref.has("lines")) {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode ml : ref.get("lines")) {
                    sum = sum.add(dec(ml.get("tariff")).multiply(dec(ml.get("perBirth"))));
                }
                mono = sum.setScale(2, RoundingMode.HALF_UP);
            }
            out.add(new Round(r.get("number").asInt(), LocalDate.parse(r.get("date").asText()),
                    r.path("agreed").asBoolean(false), dec(r.get("financingRequest")), volume, share, lines, total,
                    total.multiply(share).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP),
                    total.divide(volume, 2, RoundingMode.HALF_UP), mono));
        }
        return out;
    }

    static List<Round> zevensprong2026() throws IOException {
        return sampleRounds("zevensprong-salland-2026.yaml");
    }

    static List<Round> zevensprong2027() throws IOException {
        return sampleRounds("zevensprong-salland-2027.yaml");
    }

    @Test
    void theIndependentCalculationAgreesWithTheFiguresTheSampleFilesState() throws Exception {
        // the comments in the sample files state these per-birth amounts; the computation above must find them
        Round agreed2026 = zevensprong2026().get(0);
        assertEquals(new BigDecimal("5714.31"), agreed2026.integralPerBirth());
        assertEquals(new BigDecimal("5758.84"), agreed2026.monoPerBirth());
        List<Round> r2027 = zevensprong2027();
        assertEquals(new BigDecimal("5995.24"), r2027.get(0).integralPerBirth());
        assertEquals(new BigDecimal("5983.85"), r2027.get(0).monoPerBirth());
        assertEquals(new BigDecimal("5960.50"), r2027.get(2).integralPerBirth());
        // and the worked example of docs/quote-calculations.md: 412,35 at 3,455% -> 426,60
        assertEquals(new BigDecimal("426.60"), new BigDecimal("412.35").multiply(HUNDRED.add(new BigDecimal("3.455")))
                .divide(HUNDRED).setScale(2, RoundingMode.HALF_UP));
    }

    // ------------------------------------------------------------------------------------------ choosing

    @Test
    void theOwnInsurersNewestFittingPolicyIsTheDefault() throws Exception {
        assertEquals(SALLAND_GZ, exports.defaultPolicy(provider(ZEVENSPRONG)).orElseThrow().id());
        List<String> forZonnelied = exports.policiesFor(provider(ZONNELIED)).stream().map(Policy::id).toList();
        assertEquals(SALLAND_GZ, forZonnelied.get(0), "own insurer first: " + forZonnelied);
        assertEquals(List.of(SALLAND_GZ, "caresq-2027-geboortezorg", "vgz-2027-geboortezorg",
                "zorgenzekerheid-2026-geboortezorg"), forZonnelied, "then by insurer name");
        String hospital = sampleProvidersByType().get("ZIEKENHUIS").get(0);
        Provider h = wb.providers().all().stream().filter(p -> p.name().equals(hospital)).findFirst().orElseThrow();
        assertEquals(List.of("salland-2027-msz"), exports.policiesFor(h).stream().map(Policy::id).toList());
    }

    @Test
    void aBatchCoversTheProvidersOfTheContractTypeByName() throws Exception {
        Map<String, List<String>> byType = sampleProvidersByType();
        List<String> kraamzorg = exports.providersFor(policy(SALLAND_GZ), "kraamzorg").stream().map(Provider::name).toList();
        List<String> expected = new ArrayList<>(byType.get("KRAAMZORGORGANISATIE"));
        expected.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(expected, kraamzorg);

        List<String> msz = exports.providersFor(policy("salland-2027-msz"), null).stream().map(Provider::name).toList();
        List<String> hospitalsAndZbcs = new ArrayList<>(byType.get("ZIEKENHUIS"));
        hospitalsAndZbcs.addAll(byType.get("ZBC"));
        hospitalsAndZbcs.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(hospitalsAndZbcs, msz);
    }

    @Test
    void theFileNameIsAgbNameAndPolicy() {
        assertEquals("98463114 IGO De Zevensprong - salland-2027-geboortezorg.pdf",
                ExportService.fileName(provider(ZEVENSPRONG), policy(SALLAND_GZ)));
        Provider odd = provider(ZONNELIED);
        odd = new Provider(odd.id(), odd.agbCode(), "Kraamzorg A/B: \"Zon\" <*?|>\\", odd.type(), odd.kvkNumber(),
                odd.street(), odd.postcode(), odd.place(), odd.region(), odd.contactPerson(), odd.email(), odd.contracts(),
                odd.notes(), odd.version());
        assertEquals("33129382 Kraamzorg A_B_ _Zon_ ______ - salland-2027-geboortezorg.pdf",
                ExportService.fileName(odd, policy(SALLAND_GZ)));
    }

    // ------------------------------------------------------------------------------------------ one summary

    @Test
    void zevensprongSummaryShowsProviderOutcomeQuoteAndDeadlines() throws Exception {
        byte[] pdf = summaryPdf(ZEVENSPRONG, SALLAND_GZ);
        List<String> pages = pageTexts(pdf);
        String t = text(pdf);
        assertTrue(pages.size() <= ExportService.MAX_PAGES, "at most two pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(flat(pages.get(i)).contains("Pagina " + (i + 1) + " van " + pages.size()), pages.get(i));
        }

        ContractSummary s = exports.summary(provider(ZEVENSPRONG), policy(SALLAND_GZ), null);
        assertEquals(1, s.contracts().size(), "an IGO can only hold the IGO contract");
        ContractAssessment igo = s.contracts().get(0);
        assertEquals("igo", igo.contract().id());

        assertContains(t, "IGO De Zevensprong", "AGB 98463114", "Integrale geboortezorgorganisatie (IGO)",
                "Salland Zorgverzekeraar", "Contractsamenvatting afgedrukt op 23 november 2026",
                "Vertrouwelijk · Salland Zorgverzekeraar · Zorginkoopbeleid 2027 Geboortezorg",
                "Inkoopbeleid Zorginkoopbeleid 2027 Geboortezorg", "Overeenkomst integrale geboortezorg",
                "UITKOMST " + NL.get(igo.outcome().labelKey()) + " LOOPTIJD 1 januari 2027 t/m 31 december 2027",
                "OPEN EISEN " + igo.open().size(),
                "Offerte 2027 · Salland", "ronde 3 akkoord: Offerte van de IGO, 22 oktober 2026",
                "Akkoord 2026 Ronde 2 Ronde 3 Verschil", "Tarieven per prestatie", "Komende termijnen",
                "Evaluatie schoningsafspraak met IGO De Zevensprong en Ziekenhuis Schipbeek", "3 december 2026",
                "Notities", "Ronde 3 (22 oktober 2026): Herziene offerte na het inkoopgesprek van 15 oktober");
        assertFalse(t.contains("Ronde 1 Ronde"), "round 1 is neither the latest nor the previous: " + t);

        // the key figures, as computed here from the YAML: last year, round 2, round 3, change
        Round y = zevensprong2026().get(0);
        Round r2 = zevensprong2027().get(1);
        Round r3 = zevensprong2027().get(2);
        assertContains(t, "Financieringsvraag (hele IGO) " + money("6400026.50") + " " + money("6825774.32") + " "
                + money("6854575.51") + " + € 28.801,19");
        assertContains(t, "Integraal per bevalling " + Formats.money(y.integralPerBirth()) + " "
                + Formats.money(r2.integralPerBirth()) + " " + Formats.money(r3.integralPerBirth()) + " + € "
                + Formats.money(r3.integralPerBirth().subtract(r2.integralPerBirth())).substring(2));
        assertContains(t, "Deel verzekeraar " + Formats.money(y.insurerPart()) + " " + Formats.money(r2.insurerPart())
                + " " + Formats.money(r3.insurerPart()));
        assertContains(t, "Monodisciplinair per bevalling " + Formats.money(y.monoPerBirth()) + " "
                + Formats.money(r2.monoPerBirth()) + " " + Formats.money(r3.monoPerBirth()) + " gelijk");
        assertContains(t, "Marktaandeel 37,6% 38,2% 38,2% gelijk");

        // budget neutrality in words, with the numbers computed here
        BigDecimal diff = r3.integralPerBirth().subtract(r3.monoPerBirth());
        BigDecimal pct = diff.multiply(HUNDRED).divide(r3.monoPerBirth(), 2, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal("-23.35"), diff);
        assertEquals(new BigDecimal("-0.39"), pct);
        assertContains(t, "Budgetneutraliteit: integraal " + Formats.money(r3.integralPerBirth())
                + " per bevalling tegenover monodisciplinair " + Formats.money(r3.monoPerBirth()) + ", verschil "
                + Formats.money(diff) + " (-0,39%): budgetneutraal.");
        assertContains(t, "Schoning met Ziekenhuis Schipbeek: Afgesproken · geschoond bedrag € 1.498.300,00");

        // every tariff line with last year's, round 2's and round 3's indexed tariff
        for (Line l : r3.lines()) {
            assertContains(t, Formats.money(y.line(l.code()).indexed()) + " " + Formats.money(r2.line(l.code()).indexed())
                    + " " + Formats.money(l.indexed()) + " " + Formats.percent(l.indexationPct(), 2));
        }
    }

    @Test
    void kraamzorgSummaryShowsTheTier() throws Exception {
        byte[] pdf = summaryPdf(ZONNELIED, SALLAND_GZ);
        String t = text(pdf);
        assertTrue(PdfPages.count(pdf) <= ExportService.MAX_PAGES, "at most two pages");
        ContractSummary s = exports.summary(provider(ZONNELIED), policy(SALLAND_GZ), null);
        ContractAssessment kraam = s.contracts().stream().filter(a -> a.contract().id().equals("kraamzorg"))
                .findFirst().orElseThrow();
        assertTrue(kraam.contract().isTiered());
        assertEquals("A", kraam.tier().id(), "the sample provider trains students: tier A");
        assertTrue(kraam.tierFinal());
        assertEquals(Outcome.ELIGIBLE, kraam.outcome());
        assertContains(t, "Kraamzorg Het Zonnelied", "AGB 33129382 · Kraamzorgorganisatie · Deventer",
                "Overeenkomst kraamzorg (A of B) UITKOMST Komt in aanmerking NIVEAU A LOOPTIJD",
                "Alle minimumeisen zijn voldaan.", "Komende termijnen",
                "Inkoopgesprek kraamzorg 2027: overstap naar overeenkomst A", "Lid KSV Midden-IJssel");
        // every contract type it could hold under the policy is in the summary, with its outcome
        for (ContractAssessment a : s.contracts()) {
            assertContains(t, a.contract().name());
        }
        assertEquals(List.of("kraamzorg", "addendum-tolk", "addendum-ehealth-kraamzorg", "addendum-maxmax-kraamzorg"),
                s.contracts().stream().map(a -> a.contract().id()).toList());
        assertFalse(t.contains("Offerte"), "no quote section for a kraamzorg provider");
        // only the tiered contract has a tier badge
        assertEquals(1, t.split("NIVEAU", -1).length - 1, t);
    }

    @Test
    void summariesThatRunLongAreShortenedToTwoPages() throws Exception {
        PdfReportWriter writer = new PdfReportWriter();
        for (String[] c : List.of(new String[] {"08336348", SALLAND_GZ}, new String[] {"22551935", "salland-2027-msz"},
                new String[] {"33990611", "zorgenzekerheid-2026-geboortezorg"})) {
            Provider p = provider(c[0]);
            Policy pol = policy(c[1]);
            ContractSummary s = exports.summary(p, pol, null);
            int full = PdfPages.count(writer.render(exports.document(s, NL)));
            assertTrue(full > ExportService.MAX_PAGES, p.name() + ": the full version is long (" + full + " pages)");
            byte[] pdf = exports.summaryPdf(p, pol, null, NL);
            int pages = PdfPages.count(pdf);
            assertTrue(pages <= ExportService.MAX_PAGES, p.name() + " under " + pol.id() + ": " + pages + " pages");
            String t = text(pdf);
            assertContains(t, p.name(), "AGB " + p.agbCode(), "Komende termijnen", "zie de toetsing in de werkbank");
            for (ContractAssessment a : s.contracts()) {
                assertContains(t, a.contract().name(), NL.get(a.outcome().labelKey()));
            }
        }
    }

    @Test
    void quoteSummaryFiguresMatchTheSampleFiles() throws Exception {
        Provider igo = provider(ZEVENSPRONG);
        Quote q2027 = wb.quotes().find(igo.id(), 2027, "salland").orElseThrow();
        Quote q2026 = wb.quotes().find(igo.id(), 2026, "salland").orElseThrow();
        QuoteSummary q = QuoteSummary.of(q2027, Optional.of(q2026));
        Round y = zevensprong2026().get(0);
        Round r2 = zevensprong2027().get(1);
        Round r3 = zevensprong2027().get(2);

        assertEquals(3, q.latest().number());
        assertEquals(2, q.previous().orElseThrow().number());
        assertEquals(1, q.lastYear().orElseThrow().number(), "last year's agreed round");

        Map<String, BigDecimal[]> expected = new LinkedHashMap<>();
        expected.put("financingRequest", new BigDecimal[] {y.financingRequest(), r2.financingRequest(), r3.financingRequest()});
        expected.put("totalVolume", new BigDecimal[] {y.totalVolume(), r2.totalVolume(), r3.totalVolume()});
        expected.put("marketSharePct", new BigDecimal[] {y.marketSharePct(), r2.marketSharePct(), r3.marketSharePct()});
        expected.put("total", new BigDecimal[] {y.total(), r2.total(), r3.total()});
        expected.put("insurerPart", new BigDecimal[] {y.insurerPart(), r2.insurerPart(), r3.insurerPart()});
        expected.put("costPerBirth", new BigDecimal[] {y.integralPerBirth(), r2.integralPerBirth(), r3.integralPerBirth()});
        expected.put("monoPerBirth", new BigDecimal[] {y.monoPerBirth(), r2.monoPerBirth(), r3.monoPerBirth()});
        assertEquals(List.copyOf(expected.keySet()), q.figures().stream().map(QuoteSummary.KeyFigure::key).toList());
        for (QuoteSummary.KeyFigure f : q.figures()) {
            BigDecimal[] e = expected.get(f.key());
            assertEquals(0, e[0].compareTo(f.lastYear()), f.key() + " last year: " + f);
            assertEquals(0, e[1].compareTo(f.previous()), f.key() + " previous: " + f);
            assertEquals(0, e[2].compareTo(f.latest()), f.key() + " latest: " + f);
            assertEquals(0, e[2].subtract(e[1]).compareTo(f.change()), f.key() + " change = latest - previous: " + f);
        }
        QuoteSummary.KeyFigure cost = q.figures().stream().filter(f -> f.key().equals("costPerBirth")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("25.04"), cost.change(), "5.960,50 - 5.935,46");

        assertEquals(r3.lines().stream().map(Line::code).toList(), q.tariffs().stream().map(QuoteSummary.TariffRow::code).toList());
        for (QuoteSummary.TariffRow row : q.tariffs()) {
            assertEquals(y.line(row.code()).indexed(), row.lastYear(), row.code());
            assertEquals(r2.line(row.code()).indexed(), row.previous(), row.code());
            assertEquals(r3.line(row.code()).indexed(), row.latest(), row.code());
            assertEquals(0, r3.line(row.code()).indexationPct().compareTo(row.latestIndexationPct()), row.code());
            assertEquals(0, r3.line(row.code()).volume().compareTo(row.latestVolume()), row.code());
        }

        BudgetNeutrality n = q.neutrality();
        assertEquals(r3.integralPerBirth(), n.integralPerBirth());
        assertEquals(r3.monoPerBirth(), n.monoPerBirth());
        assertEquals(r3.integralPerBirth().subtract(r3.monoPerBirth()), n.difference());
        assertEquals(new BigDecimal("-0.39"), n.differencePct());
        assertEquals(BudgetNeutrality.Verdict.NEUTRAL, n.verdict());
        assertEquals("Ziekenhuis Schipbeek", q.schoning().hospital());
        assertEquals(SchoningStatus.AGREED, q.schoning().status());
        assertEquals(0, new BigDecimal("1498300").compareTo(q.schoning().amount()));

        // the service puts the same quote and last year's agreement in the summary
        QuoteSummary inSummary = exports.summary(igo, policy(SALLAND_GZ), null).quote().orElseThrow();
        assertEquals(q.figures(), inSummary.figures());
        assertEquals(q.tariffs(), inSummary.tariffs());
    }

    @Test
    void withoutLastYearOrAPreviousRoundThoseColumnsAreEmpty() throws Exception {
        Provider igo = provider(ZEVENSPRONG);
        Quote q2026 = wb.quotes().find(igo.id(), 2026, "salland").orElseThrow();
        QuoteSummary q = QuoteSummary.of(q2026, Optional.empty());
        assertTrue(q.previous().isEmpty());
        assertTrue(q.lastYear().isEmpty());
        for (QuoteSummary.KeyFigure f : q.figures()) {
            assertNull(f.previous(), f.key());
            assertNull(f.lastYear(), f.key());
            assertNull(f.change(), f.key());
        }
        assertEquals(zevensprong2026().get(0).integralPerBirth(), q.figures().get(5).latest());
    }

    @Test
    void writeSummaryWritesThePdfAndAReplacedFileKeepsItsPermissions() throws Exception {
        Path fresh = dir.resolve("nieuw.pdf");
        exports.writeSummary(provider(ZONNELIED), policy(SALLAND_GZ), "kraamzorg", NL, fresh);
        String t = text(Files.readAllBytes(fresh));
        assertContains(t, "Kraamzorg Het Zonnelied", "Overeenkomst kraamzorg (A of B)");
        assertFalse(t.contains("E-health-kraamzorg"), "only the chosen contract type: " + t);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "a new summary is private to the user");

        Path shared = dir.resolve("gedeeld.pdf");
        Files.write(shared, OLD);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        exports.writeSummary(provider(ZONNELIED), policy(SALLAND_GZ), null, NL, shared);
        assertTrue(PdfPages.count(Files.readAllBytes(shared)) >= 1, "replaced by the summary");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertEquals(List.of("gedeeld.pdf", "nieuw.pdf"), files(dir), "no temporary file left");
    }

    // ------------------------------------------------------------------------------------------ batches

    @Test
    void aBatchLaidOutOnSeveralThreadsHasTheSameSummariesAsOneByOne() throws Exception {
        Policy policy = policy(SALLAND_GZ);
        List<Provider> all = exports.providersFor(policy, null);
        Path folder = dir.resolve("alle");
        ExportService.BatchResult result = exports.writeSummaries(all, policy, null, folder, false, NL,
                ExportService.Progress.NONE, () -> false);
        assertEquals(all.size(), result.files().size());
        for (int i = 0; i < all.size(); i++) {
            byte[] alone = exports.summaryPdf(all.get(i), policy, null, NL);
            assertEquals(pageTexts(alone), pageTexts(Files.readAllBytes(result.files().get(i))),
                    "summary of " + all.get(i).name());
        }
    }

    @Test
    void aBatchToAFolderWritesOnePdfPerProvider() throws Exception {
        Policy policy = policy(SALLAND_GZ);
        List<Provider> igos = exports.providersFor(policy, "igo");
        assertEquals(sampleProvidersByType().get("IGO").size(), igos.size());
        Path folder = dir.resolve("samenvattingen");
        Files.createDirectories(folder);
        Files.write(folder.resolve("lees mij.txt"), OLD);
        // an earlier export of the same provider, shared with colleagues
        Path earlier = folder.resolve(ExportService.fileName(provider(ZEVENSPRONG), policy));
        Files.write(earlier, OLD);
        Files.setPosixFilePermissions(earlier, PosixFilePermissions.fromString("rw-r--r--"));

        List<String> progress = new ArrayList<>();
        ExportService.BatchResult result = exports.writeSummaries(igos, policy, "igo", folder, false, NL,
                (done, total) -> progress.add(done + "/" + total), () -> false);

        assertEquals(igos.size(), result.summaries());
        List<Path> expected = igos.stream().map(p -> folder.resolve(ExportService.fileName(p, policy))).toList();
        assertEquals(expected, result.files());
        List<String> names = new ArrayList<>(expected.stream().map(p -> p.getFileName().toString()).toList());
        names.add("lees mij.txt");
        names.sort(Comparator.naturalOrder());
        assertEquals(names, files(folder), "one PDF per provider, nothing else new");
        assertArrayEquals(OLD, Files.readAllBytes(folder.resolve("lees mij.txt")));
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), progress);
        for (int i = 0; i < igos.size(); i++) {
            byte[] pdf = Files.readAllBytes(expected.get(i));
            assertTrue(PdfPages.count(pdf) <= ExportService.MAX_PAGES);
            assertContains(text(pdf), igos.get(i).name(), "AGB " + igos.get(i).agbCode(),
                    "Overeenkomst integrale geboortezorg");
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(earlier)),
                "a replaced summary keeps who may read it");
    }

    @Test
    void aCombinedBatchIsOnePdfWithEveryPage() throws Exception {
        Policy policy = policy(SALLAND_GZ);
        List<Provider> centres = exports.providersFor(policy, "geboortecentrum");
        assertEquals(sampleProvidersByType().get("GEBOORTECENTRUM").size(), centres.size());
        int sum = 0;
        List<Integer> firstPages = new ArrayList<>();
        for (Provider p : centres) {
            firstPages.add(sum);
            sum += PdfPages.count(exports.summaryPdf(p, policy, "geboortecentrum", NL));
        }
        Path target = dir.resolve("geboortecentra.pdf");
        List<String> progress = new ArrayList<>();
        ExportService.BatchResult result = exports.writeSummaries(centres, policy, "geboortecentrum", target, true, NL,
                (done, total) -> progress.add(done + "/" + total), () -> false);

        assertEquals(List.of(target), result.files());
        assertEquals(centres.size(), result.summaries());
        assertEquals(List.of("geboortecentra.pdf"), files(dir));
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), progress, "one step per provider and one for the file");
        byte[] pdf = Files.readAllBytes(target);
        assertEquals(sum, PdfPages.count(pdf), "the pages of every summary");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Contractsamenvattingen Zorginkoopbeleid 2027 Geboortezorg (" + centres.size() + " aanbieders)",
                    doc.getDocumentInformation().getTitle());
        }
        List<String> pages = pageTexts(pdf);
        for (int i = 0; i < centres.size(); i++) {
            assertContains(flat(pages.get(firstPages.get(i))), centres.get(i).name(), "AGB " + centres.get(i).agbCode());
        }
    }

    /** Cancels once {@code after} providers are done; records how far the export got. */
    record Canceller(int after, AtomicInteger done) {
        Canceller(int after) {
            this(after, new AtomicInteger());
        }

        ExportService.Progress progress() {
            return (d, total) -> done.set(d);
        }

        boolean cancelled() {
            return done.get() >= after;
        }
    }

    @Test
    void aCancelledBatchIntoANewFolderLeavesNoFolderBehind() {
        Policy policy = policy(SALLAND_GZ);
        List<Provider> igos = exports.providersFor(policy, "igo");
        Path folder = dir.resolve("nieuwe map").resolve("samenvattingen");
        Canceller c = new Canceller(2);
        assertThrows(CancellationException.class, () -> exports.writeSummaries(igos, policy, "igo", folder, false, NL,
                c.progress(), c::cancelled));
        assertFalse(Files.exists(folder), "the folder the export made is gone again");
    }

    @ParameterizedTest(name = "cancelled after {0} of 4")
    @ValueSource(ints = {0, 2, 4})
    void aCancelledFolderBatchLeavesTheFolderAsItWas(int after) throws Exception {
        Policy policy = policy(SALLAND_GZ);
        List<Provider> igos = exports.providersFor(policy, "igo");
        Path folder = dir.resolve("samenvattingen");
        Files.createDirectories(folder);
        Files.write(folder.resolve("lees mij.txt"), OLD);
        Path earlier = folder.resolve(ExportService.fileName(igos.get(0), policy));
        Files.write(earlier, OLD);
        List<String> before = files(folder);

        Canceller c = new Canceller(after);
        assertThrows(CancellationException.class, () -> exports.writeSummaries(igos, policy, "igo", folder, false, NL,
                c.progress(), c::cancelled));
        assertEquals(after, c.done().get(), "the export got as far as the cancellation");
        assertEquals(before, files(folder), "no new file and no temporary file");
        assertArrayEquals(OLD, Files.readAllBytes(earlier), "an existing summary is untouched");
        assertArrayEquals(OLD, Files.readAllBytes(folder.resolve("lees mij.txt")));
    }

    @ParameterizedTest(name = "cancelled after {0} of 4")
    @ValueSource(ints = {2, 4})
    void aCancelledCombinedBatchLeavesTheOldFile(int after) throws Exception {
        Policy policy = policy(SALLAND_GZ);
        List<Provider> igos = exports.providersFor(policy, "igo");
        Path target = dir.resolve("alle.pdf");
        Files.write(target, OLD);

        Canceller c = new Canceller(after);
        assertThrows(CancellationException.class, () -> exports.writeSummaries(igos, policy, "igo", target, true, NL,
                c.progress(), c::cancelled));
        assertEquals(after, c.done().get());
        assertEquals(List.of("alle.pdf"), files(dir), "no temporary file");
        assertArrayEquals(OLD, Files.readAllBytes(target));
    }

    @Test
    void aFailureHalfwayThroughABatchLeavesNothing() throws Exception {
        Policy policy = policy(SALLAND_GZ);
        List<Provider> igos = exports.providersFor(policy, "igo");
        ExportService.Progress failing = (done, total) -> {
            if (done == 2) {
                throw new IllegalStateException("schijf vol");
            }
        };

        Path folder = dir.resolve("map");
        Files.createDirectories(folder);
        Path earlier = folder.resolve(ExportService.fileName(igos.get(0), policy));
        Files.write(earlier, OLD);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> exports.writeSummaries(igos, policy,
                "igo", folder, false, NL, failing, () -> false));
        assertEquals("schijf vol", e.getMessage());
        assertEquals(List.of(earlier.getFileName().toString()), files(folder));
        assertArrayEquals(OLD, Files.readAllBytes(earlier));

        Path combined = dir.resolve("alle.pdf");
        Files.write(combined, OLD);
        assertThrows(IllegalStateException.class, () -> exports.writeSummaries(igos, policy, "igo", combined, true, NL,
                failing, () -> false));
        assertEquals(List.of("alle.pdf", "map"), files(dir));
        assertArrayEquals(OLD, Files.readAllBytes(combined));
    }

    @Test
    void anEmptyBatchIsRefused() {
        Path folder = dir.resolve("leeg");
        assertThrows(IllegalArgumentException.class, () -> exports.writeSummaries(List.of(), policy(SALLAND_GZ), null,
                folder, false, NL, ExportService.Progress.NONE, () -> false));
        assertFalse(Files.exists(folder));
    }

    // ------------------------------------------------------------------------------------------ portfolio

    static final List<String> PER_CONTRACT_HEADER = List.of("AGB-code", "Naam", "Soort", "Plaats", "Regio",
            "Verzekeraar", "Beleid", "Contract", "Uitkomst", "Niveau", "Knock-outs niet voldaan", "Open eisen",
            "Einde looptijd", "Volgende termijn", "Wat");

    static final List<String> TARIFF_HEADER = List.of("IGO", "AGB-code", "Contractjaar", "Verzekeraar", "Ronde", "Datum",
            "Akkoord", "Code", "Omschrijving", "Tarief", "Indexatie", "Geïndexeerd tarief", "Volume", "Totaal");

    static Row only(List<Row> rows, String... cells) {
        List<Row> found = rows.stream().filter(r -> {
            List<String> t = texts(r);
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null && (i >= t.size() || !cells[i].equals(t.get(i)))) {
                    return false;
                }
            }
            return true;
        }).toList();
        assertEquals(1, found.size(), Arrays.toString(cells) + " in " + found);
        return found.get(0);
    }

    /** The number of contract types every provider could hold, over every policy: the rows of "Per contract". */
    static int contractRows() {
        int n = 0;
        for (Provider p : wb.providers().all()) {
            for (Policy pol : exports.policies()) {
                n += ContractSummary.contractTypesFor(pol, p.type(), null).size();
            }
        }
        return n;
    }

    @Test
    void portfolioWorkbookHasTheThreeSheetsWithRealCells() throws Exception {
        Path xlsx = dir.resolve("portefeuille.xlsx");
        List<String> progress = new ArrayList<>();
        exports.writePortfolio(xlsx, NL, (done, total) -> progress.add(done + "/" + total), () -> false);
        int providers = sampleProvidersByType().values().stream().mapToInt(List::size).sum();
        assertEquals(providers + "/" + providers, progress.get(progress.size() - 1));
        assertEquals(List.of("portefeuille.xlsx"), files(dir));

        Map<String, List<Row>> sheets = sheets(xlsx);
        assertEquals(List.of("Portefeuille", "Per contract", "Tarieven"), List.copyOf(sheets.keySet()));

        // providers x insurers
        List<Row> matrix = sheets.get("Portefeuille");
        assertEquals(providers + 1, matrix.size(), "a header and one row per provider");
        List<String> mh = texts(matrix.get(0));
        assertEquals(List.of("AGB-code", "Naam", "Soort", "Plaats", "Regio"), mh.subList(0, 5));
        for (String insurer : List.of("Caresq", "Salland", "VGZ", "Zorg en Zekerheid")) {
            int at = mh.indexOf(insurer + ": uitkomst");
            assertTrue(at > 0, insurer + " in " + mh);
            assertEquals(List.of(insurer + ": uitkomst", insurer + ": niveau", insurer + ": open eisen",
                    insurer + ": volgende termijn"), mh.subList(at, at + 4));
        }
        int salland = mh.indexOf("Salland: uitkomst");
        Row zonnelied = only(matrix, ZONNELIED, "Kraamzorg Het Zonnelied", "Kraamzorgorganisatie", "Deventer", "Midden-IJssel");
        assertEquals("Komt in aanmerking", texts(zonnelied).get(salland));
        assertEquals("A", texts(zonnelied).get(salland + 1));
        assertNumber(BigDecimal.ZERO, zonnelied, salland + 2);
        assertEquals("0", zonnelied.getCell(salland + 2).getDataFormatString(), "an integer cell");
        assertEquals(LocalDate.of(2026, 11, 26), date(zonnelied, salland + 3), "the meeting in the sample calendar");

        // one row per provider and contract type
        List<Row> perContract = sheets.get("Per contract");
        assertEquals(PER_CONTRACT_HEADER, texts(perContract.get(0)));
        assertEquals(contractRows() + 1, perContract.size());
        Row kraam = only(perContract, ZONNELIED, null, null, null, null, "Salland", "Zorginkoopbeleid 2027 Geboortezorg",
                "Overeenkomst kraamzorg (A of B)");
        assertEquals(List.of("Komt in aanmerking", "A"), texts(kraam).subList(8, 10));
        assertNumber(BigDecimal.ZERO, kraam, 10);
        assertNumber(BigDecimal.ZERO, kraam, 11);
        assertEquals(LocalDate.of(2027, 12, 31), date(kraam, 12));
        assertEquals(LocalDate.of(2026, 11, 26), date(kraam, 13));
        assertEquals("Inkoopgesprek kraamzorg 2027: overstap naar overeenkomst A (Kraamzorg Het Zonnelied)",
                texts(kraam).get(14));
        // the same open requirements as the summary counts
        ContractSummary s = exports.summary(provider(ZONNELIED), policy(SALLAND_GZ), null);
        for (ContractAssessment a : s.contracts()) {
            Row r = only(perContract, ZONNELIED, null, null, null, null, "Salland", null, a.contract().name());
            assertEquals(NL.get(a.outcome().labelKey()), texts(r).get(8));
            assertNumber(BigDecimal.valueOf(a.open().size()), r, 11);
        }
        Row ehealth = only(perContract, ZONNELIED, null, null, null, null, "Salland", null,
                "E-health-kraamzorg - digitale voorlichting en instructie");
        assertEquals("Onvolledig", texts(ehealth).get(8));
        assertNumber(BigDecimal.valueOf(7), ehealth, 11);

        // the tariff lines of every round of every quote
        List<Row> tariffs = sheets.get("Tarieven");
        assertEquals(TARIFF_HEADER, texts(tariffs.get(0)));
        int lines = 0;
        for (String f : Files.readAllLines(Path.of("sample-data/quotes/index.txt"))) {
            if (!f.isBlank() && !f.startsWith("#")) {
                lines += sampleRounds(f.strip()).stream().mapToInt(r -> r.lines().size()).sum();
            }
        }
        assertEquals(lines + 1, tariffs.size());
        Row pre = only(tariffs, "IGO De Zevensprong", ZEVENSPRONG, "2027", "Salland", "1", null, "nee", "IGO-PRE-01");
        assertNumber(new BigDecimal("628.00"), pre, 9);
        assertTrue(pre.getCell(9).getDataFormatString().contains("€"), pre.getCell(9).getDataFormatString());
        assertNumber(new BigDecimal("0.045"), pre, 10);
        assertTrue(pre.getCell(10).getDataFormatString().contains("%"));
        assertNumber(new BigDecimal("628.00").multiply(new BigDecimal("1.045")).setScale(2, RoundingMode.HALF_UP), pre, 11);
        assertNumber(new BigDecimal("656.26"), pre, 11);
        assertNumber(new BigDecimal("1150"), pre, 12);
        assertNumber(new BigDecimal("754699.00"), pre, 13);
        assertEquals(LocalDate.of(2026, 9, 10), date(pre, 5));
        for (int year : List.of(2026, 2027)) {
            for (Round r : year == 2026 ? zevensprong2026() : zevensprong2027()) {
                for (Line l : r.lines()) {
                    Row row = only(tariffs, "IGO De Zevensprong", ZEVENSPRONG, String.valueOf(year), "Salland",
                            String.valueOf(r.number()), null, r.agreed() ? "ja" : "nee", l.code());
                    assertEquals(r.date(), date(row, 5));
                    assertNumber(l.tariff(), row, 9);
                    assertNumber(l.indexationPct().divide(HUNDRED), row, 10);
                    assertNumber(l.indexed(), row, 11);
                    assertNumber(l.volume(), row, 12);
                    assertNumber(l.total(), row, 13);
                }
            }
        }
        // a line without volume has no total: the cell stays empty
        Row noVolume = only(tariffs, "IGO De Maasboog", null, "2027", "VGZ", "1", null, null, "IGO-REG-01");
        assertTrue(noVolume.getOptionalCell(12).map(c -> c.getType() == CellType.EMPTY).orElse(true));
        assertTrue(noVolume.getOptionalCell(13).map(c -> c.getType() == CellType.EMPTY).orElse(true));
    }

    @Test
    void portfolioCsvIsThePerContractTable() throws Exception {
        Path file = dir.resolve("portefeuille.csv");
        exports.writePortfolio(file, NL, ExportService.Progress.NONE, () -> false);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String body = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(body.startsWith(String.join(";", PER_CONTRACT_HEADER) + "\r\n"), body.substring(0, 200));

        List<List<String>> records = csv(file);
        assertEquals(PER_CONTRACT_HEADER, records.get(0));
        assertEquals(contractRows(), records.size() - 1, "one record per provider and contract type");
        List<List<String>> kraam = records.stream().filter(r -> r.get(0).equals(ZONNELIED) && r.get(5).equals("Salland")
                && r.get(7).equals("Overeenkomst kraamzorg (A of B)")).toList();
        assertEquals(1, kraam.size());
        assertEquals(List.of("Komt in aanmerking", "A", "0", "0", "31-12-2027", "26-11-2026",
                "Inkoopgesprek kraamzorg 2027: overstap naar overeenkomst A (Kraamzorg Het Zonnelied)"),
                kraam.get(0).subList(8, 15));

        // the same rows as the workbook's "Per contract" sheet
        Path xlsx = dir.resolve("portefeuille.xlsx");
        exports.writePortfolio(xlsx, NL, ExportService.Progress.NONE, () -> false);
        assertEquals(sheets(xlsx).get("Per contract").size(), records.size());
    }

    /** Where a portfolio export is stopped. */
    enum Stop { WHILE_ASSESSING, WHILE_WRITING }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"portefeuille.xlsx:WHILE_ASSESSING", "portefeuille.xlsx:WHILE_WRITING",
            "portefeuille.csv:WHILE_ASSESSING", "portefeuille.csv:WHILE_WRITING"})
    void aCancelledPortfolioLeavesTheOldFile(String setup) throws Exception {
        String[] s = setup.split(":");
        Path target = dir.resolve(s[0]);
        Stop stop = Stop.valueOf(s[1]);
        Files.write(target, OLD);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean sawTemporaryFile = new AtomicBoolean();
        ExportService.Progress progress = (d, total) -> done.set(d);
        java.util.function.BooleanSupplier cancelled = () -> {
            if (stop == Stop.WHILE_ASSESSING) {
                return done.get() >= 10;
            }
            // once the rows are being written to the temporary file beside the target
            try (Stream<Path> files = Files.list(dir)) {
                boolean writing = files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
                sawTemporaryFile.compareAndSet(false, writing);
                return writing;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThrows(CancellationException.class, () -> exports.writePortfolio(target, NL, progress, cancelled));
        if (stop == Stop.WHILE_ASSESSING) {
            assertEquals(10, done.get());
        } else {
            assertTrue(sawTemporaryFile.get(), "cancelled while the file was being written");
        }
        assertEquals(List.of(s[0]), files(dir), "no temporary file left");
        assertArrayEquals(OLD, Files.readAllBytes(target));
    }

    @Test
    void aFailureWhileBuildingThePortfolioLeavesTheOldFile() throws Exception {
        for (String name : List.of("portefeuille.xlsx", "portefeuille.csv")) {
            Path target = dir.resolve(name);
            Files.write(target, OLD);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> exports.writePortfolio(target, NL,
                    (done, total) -> {
                        if (done == 5) {
                            throw new IllegalStateException("geheugen vol");
                        }
                    }, () -> false));
            assertEquals("geheugen vol", e.getMessage());
            assertArrayEquals(OLD, Files.readAllBytes(target), name);
        }
        assertEquals(List.of("portefeuille.csv", "portefeuille.xlsx"), files(dir), "no temporary file");
    }

    @Test
    void aPortfolioWithAnUnknownExtensionIsRefusedBeforeAnything() {
        Path target = dir.resolve("portefeuille.txt");
        AtomicInteger progress = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> exports.writePortfolio(target, NL,
                (d, t) -> progress.incrementAndGet(), () -> false));
        assertEquals(0, progress.get());
        assertFalse(Files.exists(target));
    }

    // ------------------------------------------------------------------------------------------ a quote's tables

    @Test
    void quoteTablesHoldTheFiguresOfEveryRound() throws Exception {
        Quote q = wb.quotes().find(provider(ZEVENSPRONG).id(), 2027, "salland").orElseThrow();
        Path xlsx = dir.resolve("offerte.xlsx");
        exports.writeQuoteTables(q, xlsx, NL);
        Map<String, List<Row>> sheets = sheets(xlsx);
        assertEquals(List.of("Kerncijfers", "Tarieven"), List.copyOf(sheets.keySet()));
        List<Row> figures = sheets.get("Kerncijfers");
        assertEquals(4, figures.size(), "a header and three rounds");
        List<Round> rounds = zevensprong2027();
        for (Round r : rounds) {
            Row row = figures.get(r.number());
            assertNumber(BigDecimal.valueOf(r.number()), row, 0);
            assertEquals(r.date(), date(row, 2));
            assertEquals(r.agreed() ? "ja" : "nee", texts(row).get(3));
            assertNumber(r.financingRequest(), row, 4);
            assertNumber(r.totalVolume(), row, 5);
            assertNumber(r.marketSharePct().divide(HUNDRED), row, 6);
            assertNumber(r.total(), row, 7);
            assertNumber(r.insurerPart(), row, 8);
            assertNumber(r.integralPerBirth(), row, 9);
            assertNumber(r.monoPerBirth(), row, 10);
            String verdict = r.integralPerBirth().compareTo(r.monoPerBirth()) <= 0 ? "budgetneutraal"
                    : "duurder dan monodisciplinair";
            assertEquals(verdict, texts(row).get(11), "round " + r.number());
        }
        assertEquals("duurder dan monodisciplinair", texts(figures.get(1)).get(11), "round 1 is just above");
        assertEquals(rounds.stream().mapToInt(r -> r.lines().size()).sum() + 1, sheets.get("Tarieven").size());

        Path csvTarget = dir.resolve("offerte.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exports.writeQuoteTables(q, csvTarget, NL));
        assertEquals("offerte.csv: tarieftabellen worden als .xlsx opgeslagen.", e.getMessage());
        assertFalse(Files.exists(csvTarget));
    }
}
