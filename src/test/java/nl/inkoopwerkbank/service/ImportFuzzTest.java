package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.ProviderFactsYaml;
import nl.inkoopwerkbank.io.SheetTable;
import nl.inkoopwerkbank.io.TariffSheet;
import nl.inkoopwerkbank.io.TariffSheetException;

/**
 * Generated bad input for every importer, through the real services on a real H2 file: truncated files at
 * many cut points, wrong encodings (UTF-16, Latin-1, Windows-1252, NUL bytes), huge fields and lines,
 * 10,000 columns or keys, formula-looking values, wrong types, duplicate keys, empty files, binary files and
 * zips under a text or workbook name. For every case: nothing escapes (no exception, no hang), there is at
 * least one problem naming the file and a line, a cell, or why the whole file cannot be read, every message
 * exists in Dutch and English, the backup hook did not run, and the database is exactly as before. The
 * random choices come from a fixed seed, so a failure reproduces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFuzzTest {

    static final long SEED = 20_261_124L;
    /** How many cut points each truncated file gets. */
    static final int CUTS = 16;
    static final int HUGE = 5 * 1024 * 1024;
    /** Below every reader's size limit, so it reaches the value checks. */
    static final int LARGE = 1024 * 1024;

    /** Problems that are about the whole file, so they need no line or cell. */
    static final Set<String> WHOLE_FILE = Set.of("import.file.missing", "import.file.unreadable", "import.file.too-large",
            "import.file.unexpected", "import.csv.empty", "policy.yaml.empty", "policy.yaml.too-large",
            "quote.file.too-large", "quote.import.notXlsx", "quote.import.emptyFile", "quote.import.oldOrEncrypted",
            "quote.import.emptySheet", "quote.import.noLines", "quote.import.sheetNotFound", "policy.yaml.syntax",
            "quote.file.igoNotInWorkbench", "quote.import.mapping.nameMissing", "quote.import.mapping.tariffMissing",
            "quote.import.mapping.volumeMissing", "quote.import.mapping.indexationMissing");

    @TempDir
    static Path dir;
    Workbench wb;
    final List<String> guarded = new ArrayList<>();
    final Messages dutch = Messages.dutch();
    final Messages english = Messages.forLocale(Messages.ENGLISH);

    @BeforeAll
    void open() {
        wb = Workbench.open(dir.resolve("fuzz"), true);
        wb.providers().setImportGuard(guarded::add);
        wb.policies().setImportGuard(guarded::add);
        wb.assessments().setImportGuard(guarded::add);
        wb.quotes().setImportGuard(guarded::add);
    }

    @AfterAll
    void close() {
        wb.close();
    }

    // ------------------------------------------------------------------------------------------ cases

    /** One generated input: what it is, the name it has, its bytes. */
    record Case(String name, String file, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + file + ", " + bytes.length + " bytes)";
        }
    }

    private static Case text(String name, String file, String text) {
        return new Case(name, file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text with {@code from} replaced (once, and it must be there): a targeted change of a valid file. */
    private static Case edit(String name, String file, String base, String from, String to) {
        int at = base.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("the base of " + name + " has no " + from);
        }
        return text(name, file, base.substring(0, at) + to + base.substring(at + from.length()));
    }

    /**
     * Cut points strictly inside lines (never right after a line end: a file cut there may be a valid shorter
     * file), and never in the first {@code from} or last {@code tail} bytes.
     */
    private static List<Integer> cuts(byte[] bytes, Random r, double fromFraction, double toFraction) {
        TreeSet<Integer> out = new TreeSet<>();
        int lo = (int) (bytes.length * fromFraction);
        int hi = (int) (bytes.length * toFraction);
        int tries = 0;
        while (out.size() < CUTS && tries++ < 10_000) {
            int cut = lo + r.nextInt(Math.max(1, hi - lo));
            if (cut > 0 && cut < bytes.length && bytes[cut - 1] != '\n' && bytes[cut - 1] != '\r' && bytes[cut] != '\r'
                    && bytes[cut] != '\n') {
                out.add(cut);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<Case> truncations(String file, byte[] bytes, long seed, double from, double to) {
        List<Case> out = new ArrayList<>();
        for (int cut : cuts(bytes, new Random(seed), from, to)) {
            byte[] part = new byte[cut];
            System.arraycopy(bytes, 0, part, 0, cut);
            out.add(new Case("cut after byte " + cut, file, part));
        }
        return out;
    }

    /** Encodings other than UTF-8 and bytes that are no text; {@code text} contains é and ë. */
    private static List<Case> encodings(String file, String text, long seed) {
        Random r = new Random(seed);
        List<Case> out = new ArrayList<>();
        out.add(new Case("UTF-16LE with BOM", file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE))));
        out.add(new Case("UTF-16BE without BOM", file, text.getBytes(StandardCharsets.UTF_16BE)));
        out.add(new Case("Latin-1 with e-acute and e-umlaut", file, text.getBytes(StandardCharsets.ISO_8859_1)));
        out.add(new Case("Windows-1252 with e-umlaut", file, text.getBytes(Charset.forName("windows-1252"))));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            int at = utf8.length / 4 + r.nextInt(utf8.length / 2);
            byte[] withNul = utf8.clone();
            withNul[at] = 0;
            out.add(new Case("NUL byte at " + at, file, withNul));
        }
        byte[] noise = new byte[4096];
        r.nextBytes(noise);
        out.add(new Case("random bytes", file, noise));
        out.add(new Case("a zip file", file, zip("inhoud.txt", text.getBytes(StandardCharsets.UTF_8))));
        out.add(new Case("a PNG picture", file, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                noise)));
        out.add(new Case("empty (0 bytes)", file, new byte[0]));
        out.add(text("only spaces and empty lines", file, "  \n\n   \r\n"));
        out.add(text("a letter, not a file of this kind", file, "Beste inkoper,\n\nHierbij onze offerte.\n\nGroet, Ruben\n"));
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String resource(String path) {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ checking

    /** Every provider, policy, fact answer and quote: what "the database is unchanged" compares. */
    private String state() {
        List<Provider> providers = wb.providers().all();
        StringBuilder sb = new StringBuilder();
        providers.forEach(p -> sb.append(p).append('\n'));
        wb.policies().all().forEach(p -> sb.append(p.id()).append(' ').append(wb.policies().document(p.id()).orElse(""))
                .append('\n'));
        wb.assessments().sheets(providers.stream().map(Provider::id).toList())
                .forEach((id, sheet) -> sb.append(id).append(' ').append(sheet.answers()).append('\n'));
        wb.quotes().all().forEach(q -> sb.append(q).append('\n'));
        return sb.toString();
    }

    private Path write(Case c) {
        try {
            Path folder = Files.createDirectories(dir.resolve("in"));
            Path f = folder.resolve(c.file());
            Files.write(f, c.bytes());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case is refused with clear problems and nothing changes. */
    private void refused(Case c, Function<Path, List<Problem>> importer) {
        Path f = write(c);
        String before = state();
        guarded.clear();
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importer.apply(f), c::toString);
        assertFalse(problems.isEmpty(), () -> c + " was accepted");
        for (Problem p : problems) {
            assertEquals(c.file(), p.file(), () -> c + ": " + p);
            boolean located = p.line() > 0 || (p.column() != null && !p.column().isBlank())
                    || WHOLE_FILE.contains(p.messageKey());
            assertTrue(located, () -> c + ": no line, cell or whole-file reason in " + p);
            for (Messages m : List.of(dutch, english)) {
                String text = m.get(p.messageKey(), p.args().toArray());
                assertFalse(text.startsWith("!") || text.isBlank(), () -> c + ": no text for " + p);
            }
        }
        assertTrue(guarded.isEmpty(), () -> c + ": the backup ran for a refused import");
        assertEquals(before, state(), () -> c + " changed the database");
    }

    /**
     * A cut YAML file may be a valid shorter file (the format has no end marker): then it is imported as it
     * reads; otherwise it is refused as above. Either way nothing escapes.
     */
    private void refusedOrValid(Case c, Function<Path, List<Problem>> importer) {
        Path f = write(c);
        String before = state();
        guarded.clear();
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importer.apply(f), c::toString);
        if (problems.isEmpty()) {
            assertEquals(1, guarded.size(), () -> c + " was stored without the backup");
            return;
        }
        refused(c, importer);
        assertEquals(before, state());
    }

    private static DynamicTest each(Case c, Consumer<Case> check) {
        return DynamicTest.dynamicTest(c.toString(), () -> check.accept(c));
    }

    // ------------------------------------------------------------------------------------------ provider CSV

    static final String CSV_HEADER = "naam;type;plaats;regio;postcode;contracten;agb_code";

    /** A valid register with the AGB-code last: a line cut anywhere inside is then always wrong. */
    static String csvBase() {
        return CSV_HEADER + "\r\n"
                + "Verloskundigenpraktijk Bosch\u00e9 Ari\u00ebnshof;VERLOSKUNDIGENPRAKTIJK;Deventer;Midden-IJssel;7411 AB;salland:2026-01-01|vgz:2019-01-01;51234567\r\n"
                + "Kraamzorg De Wieg;KRAAMZORGORGANISATIE;Tilburg;Midden-Brabant;5011 CD;caresq:1-1-2024;51234568\r\n"
                + "Echocentrum Korenbloem;ECHOSCOPIEPRAKTIJK;Gouda;Midden-Holland;2801 EF;;51234569\r\n";
    }

    private List<Problem> importCsv(Path file) {
        return wb.providers().importCsv(file).problems();
    }

    @TestFactory
    Stream<DynamicTest> providerCsv() {
        String base = csvBase();
        String f = "aanbieders.csv";
        List<Case> cases = new ArrayList<>();
        cases.addAll(truncations(f, base.getBytes(StandardCharsets.UTF_8), SEED, 0, 1));
        cases.addAll(encodings(f, base, SEED + 1));
        String row = "Kraamzorg De Wieg;KRAAMZORGORGANISATIE;Tilburg;Midden-Brabant;5011 CD;caresq:1-1-2024;51234568";
        cases.add(edit("formula =HYPERLINK in a name", f, base, "Kraamzorg De Wieg", "=HYPERLINK(\"http://x.example\";\"klik\")"));
        cases.add(edit("formula + in a place", f, base, ";Tilburg;", ";+31 6 1234;"));
        cases.add(edit("formula - in a region", f, base, ";Midden-Brabant;", ";-2+3;"));
        cases.add(edit("formula @ in a postcode", f, base, ";5011 CD;", ";@SUM(A1);"));
        cases.add(edit("formula after spaces", f, base, "Kraamzorg De Wieg", "  =1+1"));
        cases.add(edit("unknown type", f, base, "KRAAMZORGORGANISATIE", "KRAAMZORGGG"));
        cases.add(edit("31 February in a contract", f, base, "caresq:1-1-2024", "caresq:31-02-2026"));
        cases.add(edit("text as contract date", f, base, "caresq:1-1-2024", "caresq:volgend jaar"));
        cases.add(edit("unknown insurer", f, base, "caresq:1-1-2024", "menzis:2024-01-01"));
        cases.add(edit("letters in the AGB-code", f, base, "51234568", "5123456A"));
        cases.add(edit("negative AGB-code", f, base, "51234568", "-1234568"));
        cases.add(edit("bad postcode", f, base, "5011 CD", "0011 SS"));
        cases.add(edit("duplicate AGB-code", f, base, row, row + "\r\n" + row.replace("Kraamzorg De Wieg", "Andere naam")));
        cases.add(edit("duplicate column", f, base, CSV_HEADER, CSV_HEADER + ";naam"));
        cases.add(edit("missing column", f, base, CSV_HEADER, CSV_HEADER.replace("regio", "streek")));
        cases.add(edit("a line with too few fields", f, base, row, "Kraamzorg De Wieg;KRAAMZORGORGANISATIE"));
        cases.add(edit("an unclosed quote", f, base, "Kraamzorg De Wieg", "\"Kraamzorg De Wieg"));
        cases.add(edit("a control character", f, base, "Kraamzorg De Wieg", "Kraamzorg\u0007 De Wieg"));
        cases.add(edit("a 5 MB field", f, base, "Kraamzorg De Wieg", "x".repeat(HUGE)));
        cases.add(edit("a 5 MB line without separators", f, base, row, "y".repeat(HUGE)));
        cases.add(edit("a 5 MB quoted field with separators", f, base, "Kraamzorg De Wieg", "\"" + "a;b".repeat(HUGE / 3) + "\""));
        StringBuilder wide = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 10_000; i++) {
            wide.append(";kolom").append(i);
        }
        cases.add(edit("10,000 columns", f, base, CSV_HEADER, wide.toString()));
        StringBuilder manyBad = new StringBuilder(CSV_HEADER).append("\r\n");
        for (int i = 0; i < 3_000; i++) {
            manyBad.append("Praktijk ").append(i).append(";ONBEKEND;Deventer;Midden-IJssel;7411 AB;;5").append(String.format("%07d", i))
                    .append("\r\n");
        }
        cases.add(text("3,000 bad rows", f, manyBad.toString()));
        return cases.stream().map(c -> each(c, x -> refused(x, this::importCsv)));
    }

    @Test
    void aValidRegisterWithByteOrderMarkIsImported() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csvBase().getBytes(StandardCharsets.UTF_8)));
        guarded.clear();
        ProviderService.ImportOutcome outcome = wb.providers().importCsv(file);
        assertTrue(outcome.ok(), outcome.problems().toString());
        assertEquals(List.of("import bom.csv"), guarded);
        assertEquals("Verloskundigenpraktijk Bosch\u00e9 Ari\u00ebnshof", wb.providers().findByAgb("51234567").orElseThrow().name());
    }

    // ------------------------------------------------------------------------------------------ policy files

    @TestFactory
    Stream<DynamicTest> policyFiles() {
        String base = resource("/sample-data/policies/vgz-2027-geboortezorg.yaml");
        String f = "vgz-2027.yaml";
        List<Case> cases = new ArrayList<>();
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        // cut before the requirements are complete: the contract types then name requirements that are not there
        cases.addAll(truncations(f, bytes, SEED + 2, 0, 0.6));
        cases.addAll(encodings(f, base.replace("Inkoopbeleid Geboortezorg 2027", "Inkoopbeleid Geboortez\u00f6rg \u00e9\u00e9n 2027"), SEED + 3));
        cases.add(edit("formula as the year", f, base, "year: 2027", "year: =2026+1"));
        cases.add(edit("text as the year", f, base, "year: 2027", "year: volgend jaar"));
        cases.add(edit("31 February as a date", f, base, "date: 2026-10-01", "date: 2026-02-31"));
        cases.add(edit("a Dutch date", f, base, "date: 2026-10-01", "date: 1-10-2026"));
        cases.add(edit("unknown domain", f, base, "domain: geboortezorg", "domain: tandzorg"));
        cases.add(edit("duplicate key", f, base, "domain: geboortezorg", "domain: geboortezorg\ndomain: msz"));
        cases.add(edit("unknown insurer", f, base, "id: vgz\n", "id: menzis\n"));
        cases.add(edit("a tab for indentation", f, base, "\ndomain:", "\n\tdomain:"));
        cases.add(edit("a 5 MB title", f, base, "title: Inkoopbeleid Geboortezorg 2027", "title: " + "t".repeat(HUGE)));
        cases.add(edit("a 5 MB number", f, base, "year: 2027", "year: " + "9".repeat(HUGE)));
        cases.add(edit("a huge exponent as a threshold", f, base, "op: ge, value: 150}", "op: ge, value: 1.0e+999999999}"));
        cases.add(edit("a 5 MB threshold", f, base, "op: ge, value: 150}", "op: ge, value: " + "9".repeat(HUGE) + "}"));
        cases.add(edit("a 1 MB threshold", f, base, "op: ge, value: 150}", "op: ge, value: " + "9".repeat(LARGE) + "}"));
        cases.add(edit("text as a threshold", f, base, "op: ge, value: 150}", "op: ge, value: veel}"));
        cases.add(edit("an unknown operator", f, base, "op: ge, value: 150}", "op: groter, value: 150}"));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            keys.append("extra").append(i).append(": ").append(i).append('\n');
        }
        cases.add(edit("10,000 unknown keys", f, base, "domain: geboortezorg\n", "domain: geboortezorg\n" + keys));
        cases.add(text("a list instead of a mapping", f, "- id: x\n- id: y\n"));
        cases.add(text("deeply nested", f, "id: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n"));
        cases.add(text("an alias bomb", f, "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"));
        return cases.stream().map(c -> each(c, x -> refused(x, wb.policies()::importFile)));
    }

    // ------------------------------------------------------------------------------------------ facts files

    /** Reads and stores a facts file as the facts import does; the provider is the one the file names. */
    private List<Problem> importFacts(Path file) {
        ProviderFactsYaml.Result r = wb.assessments().readFacts(file);
        if (!r.ok()) {
            return r.problems();
        }
        Provider p = wb.providers().findByAgb(r.provider().agb()).orElseThrow();
        try {
            wb.assessments().importFacts(p.id(), r);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> new Problem(r.file(), 0, v.field(), v.messageKey(), v.args())).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> factsFiles() throws IOException {
        String base = resource("/sample-data/provider-facts/08159418.yaml");
        String f = "08159418.yaml";
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new YAMLMapper().readValue(base, Map.class));
        List<Case> cases = new ArrayList<>();
        // JSON has an end: every cut is a broken file
        cases.addAll(truncations("08159418.json", json.getBytes(StandardCharsets.UTF_8), SEED + 4, 0, 1));
        cases.addAll(encodings(f, base.replace("Het Ven", "H\u00e9t V\u00ebn"), SEED + 5));
        cases.add(edit("text for a yes/no fact", f, base, "vsv_member: true", "vsv_member: misschien"));
        cases.add(edit("text for a number", f, base, "years_in_business: 11", "years_in_business: elf"));
        cases.add(edit("a negative number", f, base, "years_in_business: 11", "years_in_business: -11"));
        cases.add(edit("a formula for a number", f, base, "years_in_business: 11", "years_in_business: =10+1"));
        cases.add(edit("a formula as a quoted number", f, base, "years_in_business: 11", "years_in_business: \"=10+1\""));
        cases.add(edit("a huge exponent", f, base, "years_in_business: 11", "years_in_business: 1.0e+999999999"));
        cases.add(edit("a huge exponent as text", f, base, "years_in_business: 11", "years_in_business: \"1e999999999\""));
        cases.add(edit("a 5 MB number", f, base, "years_in_business: 11", "years_in_business: " + "9".repeat(HUGE)));
        cases.add(edit("a 5 MB quoted number", f, base, "years_in_business: 11", "years_in_business: \"" + "9".repeat(HUGE) + "\""));
        cases.add(edit("a 5 MB evidence source", f, base, "Praktijkjaarverslag 2025", "x".repeat(HUGE)));
        cases.add(edit("a 1 MB number", f, base, "years_in_business: 11", "years_in_business: " + "9".repeat(LARGE)));
        cases.add(edit("a 1 MB quoted number", f, base, "years_in_business: 11", "years_in_business: \"" + "9".repeat(LARGE) + "\""));
        cases.add(edit("a number with 5,000 digits", f, base, "years_in_business: 11", "years_in_business: " + "9".repeat(5_000)));
        cases.add(edit("31 February as checked on", f, base, "checkedOn: 2026-10-01", "checkedOn: 2026-02-31"));
        cases.add(edit("a Dutch 31 February", f, base, "checkedOn: 2026-10-01", "checkedOn: 31-02-2026"));
        cases.add(edit("an unknown choice", f, base, "zorgkantoorregio: MIDDEN_BRABANT", "zorgkantoorregio: ATLANTIS"));
        cases.add(edit("an unknown insurer", f, base, "{caresq: 35000, vgz: 210000}", "{caresq: 35000, menzis: 210000}"));
        cases.add(edit("a fact given twice", f, base, "  uses_ai: false\n", "  uses_ai: false\n  uses_ai: true\n"));
        cases.add(edit("an unknown fact", f, base, "  uses_ai: false\n", "  uses_telepathy: true\n"));
        cases.add(edit("a wrong format line", f, base, "format: inkoopwerkbank-provider-facts/1", "format: iets-anders/9"));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            keys.append("  fact_").append(i).append(": true\n");
        }
        cases.add(edit("10,000 unknown facts", f, base, "facts:\n", "facts:\n" + keys));
        List<DynamicTest> tests = new ArrayList<>(cases.stream().map(c -> each(c, x -> refused(x, this::importFacts))).toList());
        // a cut YAML file can be a shorter valid file: it then imports what it says, else it is refused
        for (Case c : truncations(f, base.getBytes(StandardCharsets.UTF_8), SEED + 6, 0, 1)) {
            tests.add(each(c, x -> refusedOrValid(x, this::importFacts)));
        }
        return tests.stream();
    }

    // ------------------------------------------------------------------------------------------ quote files

    private List<Problem> importQuote(Path file) {
        return wb.quotes().importFile(file).problems();
    }

    @TestFactory
    Stream<DynamicTest> quoteFiles() throws IOException {
        String base = resource("/sample-data/quotes/zevensprong-salland-2027.yaml");
        String f = "zevensprong-2027.yaml";
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new YAMLMapper().readValue(base, Map.class));
        List<Case> cases = new ArrayList<>();
        cases.addAll(truncations("zevensprong-2027.json", json.getBytes(StandardCharsets.UTF_8), SEED + 7, 0, 1));
        cases.addAll(encodings(f, base.replace("Ruben Haverkate", "R\u00e9ben H\u00ebverkate"), SEED + 8));
        cases.add(edit("a formula as the contract year", f, base, "contractYear: 2027", "contractYear: =2026+1"));
        cases.add(edit("text as a tariff", f, base, "tariff: 628.00", "tariff: zeshonderd"));
        cases.add(edit("a formula as a tariff", f, base, "tariff: 628.00", "tariff: \"=A1*2\""));
        cases.add(edit("a negative volume", f, base, "volume: 1150}", "volume: -1150}"));
        cases.add(edit("a Dutch number", f, base, "tariff: 628.00", "tariff: \"628,00\""));
        cases.add(edit("31 February as a round date", f, base, "date: 2026-09-10", "date: 2026-02-31"));
        cases.add(edit("a Dutch 31 February", f, base, "date: 2026-09-10", "date: 31-02-2026"));
        cases.add(edit("an unknown side", f, base, "side: igo", "side: ziekenhuis"));
        cases.add(edit("an unknown discipline", f, base, "discipline: ECHOSCOPIE", "discipline: TANDARTS"));
        cases.add(edit("a duplicate key", f, base, "insurer: salland", "insurer: salland\ninsurer: vgz"));
        cases.add(edit("an unknown insurer", f, base, "insurer: salland", "insurer: menzis"));
        cases.add(edit("a year out of range", f, base, "contractYear: 2027", "contractYear: 1999"));
        cases.add(edit("an IGO that is not in the workbench", f, base, "agb: \"98463114\"", "agb: \"98000001\""));
        cases.add(edit("a huge exponent", f, base, "tariff: 628.00", "tariff: 1e999"));
        cases.add(edit("a 5 MB tariff", f, base, "tariff: 628.00", "tariff: " + "9".repeat(HUGE)));
        cases.add(edit("a 1 MB tariff", f, base, "tariff: 628.00", "tariff: " + "9".repeat(LARGE)));
        cases.add(edit("a tariff of 10^30", f, base, "tariff: 628.00", "tariff: 1e30"));
        cases.add(edit("a 5 MB note", f, base, "note: Offerte 2027", "note: " + "n".repeat(HUGE)));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            lines.append("      - {code: X-").append(i).append(", tariff: 1, indexationPct: 1, volume: -1}\n");
        }
        cases.add(edit("10,000 bad tariff lines", f, base, "    tariffLines:\n", "    tariffLines:\n" + lines));
        List<DynamicTest> tests = new ArrayList<>(cases.stream().map(c -> each(c, x -> refused(x, this::importQuote))).toList());
        for (Case c : truncations(f, base.getBytes(StandardCharsets.UTF_8), SEED + 9, 0, 1)) {
            tests.add(each(c, x -> refusedOrValid(x, this::importQuote)));
        }
        return tests.stream();
    }

    // ------------------------------------------------------------------------------------------ tariff sheets

    /** A tariff sheet: a header and three lines, with {@code change} applied to the worksheet before it is written. */
    static byte[] workbook(Consumer<Worksheet> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wbk = new Workbook(out, "ImportFuzzTest", "1.0");
            Worksheet ws = wbk.newWorksheet("Tarieven");
            String[] header = {"Prestatiecode", "Omschrijving", "Tarief", "Indexatie", "Volume"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            Object[][] rows = {{"IGO-PRE-01", "Prenatale zorg", 628.0, 4.5, 1150}, {"IGO-ECH-01", "Echoscopie", 246.1, 4.4, 1150},
                {"IGO-PAR-01", "Partus", 548.2, 4.4, 495}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        ws.value(r + 1, c, s);
                    } else {
                        ws.value(r + 1, c, (Number) v);
                    }
                }
            }
            change.accept(ws);
            wbk.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The tariff-sheet import as the screen does it: the sheets, the first sheet, the suggested mapping, parse. */
    private List<Problem> importSheet(Path file) {
        try {
            List<String> sheets = wb.quotes().sheetNames(file);
            SheetTable t = wb.quotes().readSheet(file, sheets.get(0));
            return TariffSheet.parse(t, TariffSheet.suggest(t)).problems();
        } catch (TariffSheetException e) {
            return List.of(e.problem());
        }
    }

    @TestFactory
    Stream<DynamicTest> tariffSheets() {
        String f = "tarieven.xlsx";
        byte[] valid = workbook(ws -> { });
        List<Case> cases = new ArrayList<>();
        Random r = new Random(SEED + 10);
        for (int i = 0; i < CUTS; i++) {
            int cut = 1 + r.nextInt(valid.length - 2);
            byte[] part = new byte[cut];
            System.arraycopy(valid, 0, part, 0, cut);
            cases.add(new Case("workbook cut after byte " + cut, f, part));
        }
        byte[] noise = new byte[4096];
        r.nextBytes(noise);
        cases.add(new Case("random bytes", f, noise));
        cases.add(new Case("a zip that is no workbook", f, zip("tarieven.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))));
        cases.add(new Case("an empty zip", f, zip("leeg", new byte[0])));
        cases.add(text("a CSV file named .xlsx", f, "Prestatiecode;Tarief\nIGO-PRE-01;628\n"));
        cases.add(new Case("empty (0 bytes)", f, new byte[0]));
        cases.add(new Case("an old .xls (OLE2) header", f, concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, noise)));
        byte[] damaged = valid.clone();
        for (int i = damaged.length / 3; i < damaged.length / 3 + 200; i++) {
            damaged[i] = (byte) r.nextInt(256);
        }
        cases.add(new Case("a workbook with damaged bytes", f, damaged));
        cases.add(new Case("text as a tariff", f, workbook(ws -> ws.value(2, 2, "n.v.t."))));
        cases.add(new Case("31-02-2026 as a tariff", f, workbook(ws -> ws.value(2, 2, "31-02-2026"))));
        cases.add(new Case("a date as a tariff", f, workbook(ws -> {
            ws.value(2, 2, LocalDate.of(2026, 2, 28));
            ws.style(2, 2).format("yyyy-mm-dd").set();
        })));
        cases.add(new Case("a negative volume", f, workbook(ws -> ws.value(3, 4, -495))));
        cases.add(new Case("a formula without its value", f, workbook(ws -> ws.formula(1, 2, "B2*2"))));
        cases.add(new Case("=HYPERLINK as text in a description", f, workbook(ws -> ws.value(1, 1, "=HYPERLINK(\"http://x.example\")"))));
        cases.add(new Case("@ as text in a code", f, workbook(ws -> ws.value(1, 0, "@SUM(A1)"))));
        cases.add(new Case("a boolean as volume", f, workbook(ws -> ws.value(1, 4, true))));
        cases.add(new Case("a huge exponent as a number", f, workbook(ws -> ws.value(1, 2, new java.math.BigDecimal("1E+999999999")))));
        cases.add(new Case("a 5 MB description", f, workbook(ws -> ws.value(1, 1, "d".repeat(HUGE)))));
        cases.add(new Case("a 5 MB number as text", f, workbook(ws -> ws.value(1, 2, "9".repeat(HUGE)))));
        cases.add(new Case("a 1 MB number as text in the indexation", f, workbook(ws -> ws.value(1, 3, "9".repeat(LARGE)))));
        cases.add(new Case("a number of 10^30", f, workbook(ws -> ws.value(1, 2, new java.math.BigDecimal("1E+30")))));
        cases.add(new Case("10,000 columns", f, workbook(ws -> {
            for (int c = 5; c < 10_005; c++) {
                ws.value(1, c, "x");
            }
            ws.value(2, 2, "n.v.t.");
        })));
        cases.add(new Case("a sheet without lines", f, workbook(ws -> {
            for (int row = 1; row <= 3; row++) {
                for (int c = 0; c < 5; c++) {
                    ws.value(row, c, "");
                }
            }
        })));
        return cases.stream().map(c -> each(c, x -> refused(x, this::importSheet)));
    }

    @Test
    void theValidTariffSheetReadsItsThreeLines() throws IOException {
        Path file = dir.resolve("ok.xlsx");
        Files.write(file, workbook(ws -> { }));
        List<Problem> problems = importSheet(file);
        assertEquals(List.of(), problems);
    }

    // ------------------------------------------------------------------------------------------ sanity

    @Test
    void theValidBasesImport() throws IOException {
        // the bases the cases are made from are right: what fails above fails because of the change
        Path csv = dir.resolve("base.csv");
        Files.writeString(csv, csvBase().replace("5123456", "5223456"), StandardCharsets.UTF_8);
        assertTrue(wb.providers().importCsv(csv).ok());
        Path policy = dir.resolve("vgz.yaml");
        Files.writeString(policy, resource("/sample-data/policies/vgz-2027-geboortezorg.yaml"), StandardCharsets.UTF_8);
        assertEquals(List.of(), wb.policies().importFile(policy));
        Path facts = dir.resolve("08159418.yaml");
        Files.writeString(facts, resource("/sample-data/provider-facts/08159418.yaml"), StandardCharsets.UTF_8);
        assertEquals(List.of(), importFacts(facts));
        Path quote = dir.resolve("zevensprong-2028.yaml");
        Files.writeString(quote, resource("/sample-data/quotes/zevensprong-salland-2027.yaml")
                .replace("contractYear: 2027", "contractYear: 2028"), StandardCharsets.UTF_8);
        QuoteService.FileImport q = wb.quotes().importFile(quote);
        assertTrue(q.ok(), q.problems().toString());
        assertTrue(q.created());
        Quote stored = wb.quotes().find(q.quote().id()).orElseThrow();
        assertEquals(3, stored.rounds().size());
        assertEquals(Set.of(1, 2, 3), stored.rounds().stream().map(x -> x.number()).collect(Collectors.toSet()));
    }
}
