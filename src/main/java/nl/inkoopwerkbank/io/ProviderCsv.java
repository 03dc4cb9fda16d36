package nl.inkoopwerkbank.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderField;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.provider.ProviderValidator;

/**
 * The provider register as CSV: a header row, {@code ;} or {@code ,} as separator (detected from the
 * header), UTF-8 with or without BOM. Reading never stops at the first mistake: it returns every parsed
 * provider and every problem with its line and column. Contracts are written as
 * {@code salland:2026-01-01|vgz:2019-01-01}.
 */
public final class ProviderCsv {

    /** Lines longer than this are not a provider register. */
    static final int MAX_FIELD = 10_000;
    /** After this many problems reading stops: the list says so, and the first ones are enough to act on. */
    public static final int MAX_PROBLEMS = 1_000;

    private static final Map<String, ProviderField> HEADER_ALIASES = new HashMap<>();

    static {
        for (ProviderField f : ProviderField.values()) {
            HEADER_ALIASES.put(f.csvColumn(), f);
        }
        HEADER_ALIASES.put("agb", ProviderField.AGB_CODE);
        HEADER_ALIASES.put("agbcode", ProviderField.AGB_CODE);
        HEADER_ALIASES.put("name", ProviderField.NAME);
        HEADER_ALIASES.put("kvk", ProviderField.KVK_NUMBER);
        HEADER_ALIASES.put("kvk_number", ProviderField.KVK_NUMBER);
        HEADER_ALIASES.put("street", ProviderField.STREET);
        HEADER_ALIASES.put("adres", ProviderField.STREET);
        HEADER_ALIASES.put("place", ProviderField.PLACE);
        HEADER_ALIASES.put("woonplaats", ProviderField.PLACE);
        HEADER_ALIASES.put("region", ProviderField.REGION);
        HEADER_ALIASES.put("contact_person", ProviderField.CONTACT_PERSON);
        HEADER_ALIASES.put("contact", ProviderField.CONTACT_PERSON);
        HEADER_ALIASES.put("e_mail", ProviderField.EMAIL);
        HEADER_ALIASES.put("contracts", ProviderField.CONTRACTS);
        HEADER_ALIASES.put("notes", ProviderField.NOTES);
        HEADER_ALIASES.put("opmerkingen", ProviderField.NOTES);
    }

    private static final Set<ProviderField> REQUIRED_COLUMNS =
            Set.of(ProviderField.AGB_CODE, ProviderField.NAME, ProviderField.TYPE, ProviderField.PLACE, ProviderField.REGION);

    /** A provider read from a line, with the line it came from. */
    public record Row(int line, Provider provider) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ProviderCsv() {
    }

    /**
     * Reads a register. {@code knownInsurers} are the insurer ids a contract may name; {@code fileName} is
     * used in problems.
     */
    public static Result read(byte[] bytes, String fileName, Set<String> knownInsurers) {
        return read(bytes, fileName, knownInsurers, line -> { });
    }

    /**
     * Reads a register, telling {@code rowRead} the line of every record as it is read (for progress). A
     * {@link CancellationException} thrown by {@code rowRead} stops the reading and is passed on; any other
     * failure of the CSV parser becomes a problem. The text is decoded while it is parsed, so the file is
     * not held a second time as one string.
     */
    public static Result read(byte[] bytes, String fileName, Set<String> knownInsurers, IntConsumer rowRead) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Optional<Problem> unreadable = TextFiles.check(bytes, fileName, "import.csv.not-utf8");
        if (unreadable.isPresent()) {
            return new Result(rows, List.of(unreadable.get()));
        }
        int start = TextFiles.hasBom(bytes) ? 3 : 0;
        if (blank(bytes, start)) {
            problems.add(Problem.at(fileName, 1, null, "import.csv.empty"));
            return new Result(rows, problems);
        }
        char separator = firstLineHas(bytes, start, (byte) ';') ? ';' : ',';

        Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
                StandardCharsets.UTF_8);
        int line = 1;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            Map<ProviderField, Integer> columns = null;
            int headerCount = 0;
            for (CsvRecord record : reader) {
                line = (int) record.getStartingLineNumber();
                rowRead.accept(line);
                if (columns == null) {
                    columns = header(record, fileName, problems);
                    headerCount = record.getFieldCount();
                    if (!problems.isEmpty()) {
                        return new Result(rows, capped(problems, fileName, line));
                    }
                    continue;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    return new Result(rows, capped(problems, fileName, line));
                }
                if (record.getFieldCount() != headerCount) {
                    problems.add(Problem.at(fileName, line, null, "import.csv.field-count", record.getFieldCount(), headerCount));
                    continue;
                }
                Provider p = parseRow(record, columns, line, fileName, knownInsurers, problems);
                if (p != null) {
                    rows.add(new Row(line, p));
                }
            }
            if (columns == null) {
                problems.add(Problem.at(fileName, 1, null, "import.csv.empty"));
            }
        } catch (CsvParseException | UncheckedIOException e) {
            int at = lineOf(e);
            problems.add(Problem.at(fileName, at > 0 ? at : line, null, "import.csv.malformed", TextFiles.reason(e)));
        } catch (IOException e) {
            problems.add(Problem.at(fileName, line, null, "import.csv.malformed", TextFiles.reason(e)));
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // whatever else the parser trips over: the file cannot be read, and the user is told so
            problems.add(Problem.at(fileName, line, null, "import.file.unexpected", TextFiles.reason(e)));
        }
        return new Result(rows, capped(problems, fileName, line));
    }

    /** At most {@link #MAX_PROBLEMS}, and then one more that says the list was cut. */
    private static List<Problem> capped(List<Problem> problems, String fileName, int line) {
        if (problems.size() < MAX_PROBLEMS) {
            return problems;
        }
        List<Problem> out = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        out.add(Problem.at(fileName, line, null, "import.too-many-problems", MAX_PROBLEMS));
        return out;
    }

    private static boolean blank(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean firstLineHas(byte[] bytes, int from, byte wanted) {
        for (int i = from; i < bytes.length && bytes[i] != '\n'; i++) {
            if (bytes[i] == wanted) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                try {
                    return Integer.parseInt(matcher.group(1));
                } catch (NumberFormatException tooBig) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static Map<ProviderField, Integer> header(CsvRecord record, String fileName, List<Problem> problems) {
        Map<ProviderField, Integer> columns = new EnumMap<>(ProviderField.class);
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            ProviderField f = HEADER_ALIASES.get(name);
            if (f == null) {
                problems.add(Problem.at(fileName, 1, record.getField(i), "import.csv.unknown-column"));
            } else if (columns.putIfAbsent(f, i) != null) {
                problems.add(Problem.at(fileName, 1, record.getField(i), "import.csv.duplicate-column"));
            }
        }
        for (ProviderField f : REQUIRED_COLUMNS) {
            if (!columns.containsKey(f)) {
                problems.add(Problem.at(fileName, 1, f.csvColumn(), "import.csv.missing-column"));
            }
        }
        return columns;
    }

    private static Provider parseRow(CsvRecord record, Map<ProviderField, Integer> columns, int line, String fileName,
                                     Set<String> knownInsurers, List<Problem> problems) {
        int before = problems.size();
        Map<ProviderField, String> v = new EnumMap<>(ProviderField.class);
        for (Map.Entry<ProviderField, Integer> e : columns.entrySet()) {
            String raw = record.getField(e.getValue());
            String control;
            if (raw.length() > MAX_FIELD) {
                problems.add(Problem.at(fileName, line, e.getKey().csvColumn(), "import.csv.field-too-long", MAX_FIELD));
                raw = "";
            } else if ((control = controlCharacter(raw, e.getKey() == ProviderField.NOTES)) != null) {
                problems.add(Problem.at(fileName, line, e.getKey().csvColumn(), "import.csv.control-character", control));
                raw = "";
            } else if (looksLikeFormula(raw.strip(), e.getKey())) {
                problems.add(Problem.at(fileName, line, e.getKey().csvColumn(), "import.csv.formula"));
                raw = "";
            }
            v.put(e.getKey(), raw.trim());
        }
        ProviderType type = parseType(v.get(ProviderField.TYPE));
        if (type == null && !v.getOrDefault(ProviderField.TYPE, "").isEmpty()) {
            problems.add(Problem.at(fileName, line, ProviderField.TYPE.csvColumn(), "import.csv.unknown-type",
                    v.get(ProviderField.TYPE)));
        }
        List<ProviderContract> contracts = parseContracts(v.getOrDefault(ProviderField.CONTRACTS, ""), line, fileName,
                knownInsurers, problems);
        Provider p = new Provider(null,
                ProviderValidator.normalizeNumber(v.get(ProviderField.AGB_CODE)),
                v.get(ProviderField.NAME),
                type,
                ProviderValidator.normalizeNumber(v.getOrDefault(ProviderField.KVK_NUMBER, "")),
                v.getOrDefault(ProviderField.STREET, ""),
                ProviderValidator.normalizePostcode(v.getOrDefault(ProviderField.POSTCODE, "")),
                v.get(ProviderField.PLACE),
                v.get(ProviderField.REGION),
                v.getOrDefault(ProviderField.CONTACT_PERSON, ""),
                v.getOrDefault(ProviderField.EMAIL, ""),
                contracts,
                v.getOrDefault(ProviderField.NOTES, ""),
                0);
        Set<String> reported = problems.subList(before, problems.size()).stream().map(Problem::column)
                .collect(Collectors.toSet());
        for (var violation : ProviderValidator.validate(p)) {
            if (violation.field().equals(ProviderField.TYPE.csvColumn()) && type == null
                    && !v.getOrDefault(ProviderField.TYPE, "").isEmpty()) {
                continue; // already reported as unknown type
            }
            if (reported.contains(violation.field())) {
                continue; // a refused value (formula, control character, too long) needs no second message
            }
            problems.add(new Problem(fileName, line, violation.field(), violation.messageKey(), violation.args()));
        }
        return problems.size() == before ? p : null;
    }

    /**
     * A value a spreadsheet would run as a formula: it starts with {@code =}, {@code +}, {@code -} or
     * {@code @} (after spaces). Notes may start a list with {@code -} or {@code +}, or mention someone with
     * {@code @}; only {@code =} is refused there.
     */
    static boolean looksLikeFormula(String value, ProviderField field) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return field == ProviderField.NOTES ? c == '=' : "=+-@".indexOf(c) >= 0;
    }

    /**
     * The first control character in a value as {@code 0007}, or null: C0 and C1 controls and the
     * non-characters U+FFFE and U+FFFF; a tab is fine, and line breaks are fine in the notes.
     */
    static String controlCharacter(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || (lineBreaksAllowed && (c == '\n' || c == '\r'))) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                return String.format(Locale.ROOT, "%04X", (int) c);
            }
        }
        return null;
    }

    static ProviderType parseType(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String norm = raw.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace('/', '_');
        for (ProviderType t : ProviderType.values()) {
            if (t.name().equals(norm)) {
                return t;
            }
        }
        return switch (norm) {
            case "EERSTELIJNS_GEBOORTECENTRUM", "EERSTELIJNSGEBOORTECENTRUM" -> ProviderType.GEBOORTECENTRUM;
            case "ZZP_PLATFORM", "BEMIDDELINGSBUREAU_ZZP_PLATFORM", "BEMIDDELINGSPLATFORM" -> ProviderType.BEMIDDELINGSBUREAU;
            case "KRAAMZORG" -> ProviderType.KRAAMZORGORGANISATIE;
            case "ZORGGROEP" -> ProviderType.VERLOSKUNDIGE_ZORGGROEP;
            default -> null;
        };
    }

    private static List<ProviderContract> parseContracts(String raw, int line, String fileName, Set<String> known,
                                                         List<Problem> problems) {
        List<ProviderContract> out = new ArrayList<>();
        if (raw.isBlank()) {
            return out;
        }
        for (String part : raw.split("\\|")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            String insurer = (colon < 0 ? p : p.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
            String date = colon < 0 ? "" : p.substring(colon + 1).trim();
            if (!known.contains(insurer)) {
                problems.add(Problem.at(fileName, line, ProviderField.CONTRACTS.csvColumn(), "import.csv.unknown-insurer",
                        insurer, String.join(", ", known.stream().sorted().collect(Collectors.toList()))));
                continue;
            }
            LocalDate since = null;
            if (!date.isEmpty()) {
                Optional<LocalDate> parsed = Formats.parseDate(date, Formats.DUTCH);
                if (parsed.isEmpty()) {
                    problems.add(Problem.at(fileName, line, ProviderField.CONTRACTS.csvColumn(), "import.csv.bad-date", date));
                    continue;
                }
                since = parsed.get();
            }
            out.add(new ProviderContract(insurer, since));
        }
        return out;
    }

    /** Writes the register: {@code ;}-separated, UTF-8 with BOM (so Dutch Excel opens it), CRLF line ends. */
    public static void write(List<Provider> providers, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(w);
        List<String> header = new ArrayList<>();
        for (ProviderField f : ProviderField.values()) {
            header.add(f.csvColumn());
        }
        csv.writeRecord(header);
        for (Provider p : providers) {
            csv.writeRecord(
                    p.agbCode(), p.name(), p.type().name(), nz(p.kvkNumber()), nz(p.street()), nz(p.postcode()),
                    p.place(), p.region(), nz(p.contactPerson()), nz(p.email()),
                    p.contracts().stream()
                            .map(c -> c.insurerId() + (c.since() == null ? "" : ":" + c.since()))
                            .collect(Collectors.joining("|")),
                    nz(p.notes()));
        }
        csv.flush();
        w.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static void write(List<Provider> providers, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(providers, out));
    }
}
