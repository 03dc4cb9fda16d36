package nl.inkoopwerkbank.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.quote.QuoteValidator;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/**
 * The tariff lines of an IGO's quote from an .xlsx sheet: list the sheets, read one, suggest a column
 * mapping, preview and parse. Parsing reports every problem with the file, the row and the cell
 * ({@code Tarieven!C7}) and returns lines only when there is none. The rules are in
 * docs/quote-import.md: numbers from the stored decimal text (never a double) rounded half-up to
 * {@value #DECIMALS} decimals, Dutch number text, {@code %} always meaning percent, totals rows ignored.
 */
public final class TariffSheet {

    /** A sensible bound for {@link #read}: a tariff table has tens of rows, not tens of thousands. */
    public static final int DEFAULT_MAX_ROWS = 10_000;
    /** Numbers are rounded half-up to this many decimals (the store keeps six). */
    public static final int DECIMALS = QuoteValidator.MAX_SCALE;
    /** Longest text a cell may hold (the store's limit for code and description). */
    public static final int MAX_TEXT = QuoteValidator.MAX_TEXT;

    /** Cells that lie about their formats are read as error cells instead of failing the whole sheet. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
    /** Excel's error values, as the stored result of a formula (they then arrive as text). */
    private static final Set<String> ERROR_CODES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    private static final Pattern TOTAL = Pattern.compile("^(sub[- ]?)?(totaal|total)(?!\\p{L}).*", Pattern.DOTALL);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How long a bad value may be in a message before it is shortened. */
    private static final int SHOWN = 60;
    /** How many rows from the top {@link #suggest} looks at for a header. */
    private static final int HEADER_SEARCH = 50;

    /** The fields of a tariff line, in the order the mapping names them. */
    enum Field {
        CODE, DESCRIPTION, TARIFF, INDEXATION, VOLUME;

        String column(ColumnMapping m) {
            return switch (this) {
                case CODE -> m.code();
                case DESCRIPTION -> m.description();
                case TARIFF -> m.tariff();
                case INDEXATION -> m.indexation();
                case VOLUME -> m.volume();
            };
        }

        boolean numeric() {
            return this == TARIFF || this == INDEXATION || this == VOLUME;
        }
    }

    /** The outcome of {@link #preview}: every data row below the header, parsed or ignored, and all problems. */
    public record Preview(List<Line> lines, List<Ignored> ignored, List<Problem> problems) {

        /** A data row and its tariff line; the line is null when the row has a problem. */
        public record Line(int row, TariffLine line) {
        }

        /** A row that is not imported, and why; {@code text} is the code or description of a totals row. */
        public record Ignored(int row, Reason reason, String text) {
        }

        public enum Reason {
            /** Nothing in the mapped columns (only notes elsewhere in the row, or spaces). */
            EMPTY,
            /** The code or description starts with "Totaal", "Total" or "Subtotaal". */
            TOTAL;

            public String labelKey() {
                return switch (this) {
                    case EMPTY -> "quote.import.ignored.empty";
                    case TOTAL -> "quote.import.ignored.total";
                };
            }
        }

        public Preview {
            lines = List.copyOf(lines);
            ignored = List.copyOf(ignored);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The lines of the rows without a problem, top to bottom. */
        public List<TariffLine> tariffLines() {
            return lines.stream().map(Line::line).filter(l -> l != null).toList();
        }
    }

    /** The outcome of {@link #parse}: all lines and no problems, or no lines and every problem. */
    public record Result(List<TariffLine> lines, List<Problem> problems) {
        public Result {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private TariffSheet() {
    }

    // ---------------------------------------------------------------------------------------- reading

    /** The names of the workbook's sheets, in workbook order (hidden sheets included). */
    public static List<String> sheets(Path file) throws TariffSheetException {
        String name = fileName(file);
        try (ReadableWorkbook wb = open(file)) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            // the reader parses untrusted XML; whatever it trips over means the file is damaged
            throw notXlsx(name, e);
        }
    }

    /**
     * Reads a sheet's non-empty rows. Stops with a problem when the sheet is not there or has more than
     * {@code maxRows} non-empty rows.
     */
    public static SheetTable read(Path file, String sheet, int maxRows) throws TariffSheetException {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
        String name = fileName(file);
        try (ReadableWorkbook wb = open(file)) {
            Sheet s = wb.getSheets().filter(x -> x.getName().equals(sheet)).findFirst().orElse(null);
            if (s == null) {
                throw new TariffSheetException(Problem.at(name, 0, null, "quote.import.sheetNotFound", name, sheet), null);
            }
            List<SheetTable.Row> rows = new ArrayList<>();
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = s.openStream()) {
                Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
                while (it.hasNext()) {
                    org.dhatim.fastexcel.reader.Row r = it.next();
                    List<SheetTable.Cell> cells = new ArrayList<>();
                    for (org.dhatim.fastexcel.reader.Cell c : r) {
                        SheetTable.Cell cell = c == null ? null : cell(c);
                        if (cell != null && !cell.isBlank()) {
                            cells.add(cell);
                        }
                    }
                    if (cells.isEmpty()) {
                        continue;
                    }
                    if (rows.size() == maxRows) {
                        throw new TariffSheetException(Problem.at(name, r.getRowNum(), sheet, "quote.import.tooManyRows",
                                sheet, maxRows), null);
                    }
                    rows.add(new SheetTable.Row(r.getRowNum(), cells));
                }
            }
            rows.sort(Comparator.comparingInt(SheetTable.Row::number));
            return new SheetTable(name, sheet, rows);
        } catch (IOException | RuntimeException e) {
            // as in sheets(): a damaged part of the file shows up as any kind of runtime exception
            throw notXlsx(name, e);
        }
    }

    private static ReadableWorkbook open(Path file) throws TariffSheetException {
        String name = fileName(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new TariffSheetException(Problem.at(name, 0, null, "quote.import.fileNotFound", name), e);
        } catch (IOException e) {
            throw new TariffSheetException(Problem.at(name, 0, null, "quote.import.unreadable", name,
                    String.valueOf(e.getMessage())), e);
        }
        if (head.length == 0) {
            throw new TariffSheetException(Problem.at(name, 0, null, "quote.import.emptyFile", name), null);
        }
        if (head.length == 8 && ReadableWorkbook.isOLE2Header(head)) {
            // an Excel 97-2003 .xls, or an .xlsx encrypted with a password (both are OLE2 containers)
            throw new TariffSheetException(Problem.at(name, 0, null, "quote.import.oldOrEncrypted", name), null);
        }
        if (head.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new TariffSheetException(Problem.at(name, 0, null, "quote.import.notXlsx", name), null);
        }
        try {
            return new ReadableWorkbook(file.toFile(), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw notXlsx(name, e);
        }
    }

    private static TariffSheetException notXlsx(String name, Exception e) {
        return new TariffSheetException(Problem.at(name, 0, null, "quote.import.notXlsx", name), e);
    }

    private static String fileName(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    /** One cell of the reader as a table cell; null for an empty one. */
    private static SheetTable.Cell cell(org.dhatim.fastexcel.reader.Cell c) {
        int row = c.getAddress().getRow() + 1;
        String column = ColumnMapping.letter(c.getAddress().getColumn());
        String ref = column + row;
        // the reader also names Excel's built-in formats (9 = "0%", 10 = "0.00%") that have no code in the file
        String format = c.getDataFormatString();
        boolean percent = format != null && format.contains("%");
        Object value = c.getValue();
        String raw = c.getRawValue();
        SheetTable.Kind kind;
        String text;
        boolean date = isDateFormat(c.getDataFormatId(), format);
        switch (c.getType()) {
            case NUMBER -> {
                kind = date ? SheetTable.Kind.DATE : SheetTable.Kind.NUMBER;
                text = date ? dateText(c, raw) : raw;
            }
            case STRING -> {
                kind = SheetTable.Kind.TEXT;
                text = value == null ? raw : value.toString();
            }
            case BOOLEAN -> {
                kind = SheetTable.Kind.BOOLEAN;
                text = Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            }
            case ERROR -> {
                kind = SheetTable.Kind.ERROR;
                text = raw;
            }
            case FORMULA -> {
                if (raw == null) {
                    kind = SheetTable.Kind.FORMULA_WITHOUT_VALUE;
                    text = "=" + c.getFormula();
                } else if (value instanceof BigDecimal) {
                    kind = date ? SheetTable.Kind.DATE : SheetTable.Kind.NUMBER;
                    text = date ? dateText(c, raw) : raw;
                } else if (value instanceof Boolean b) {
                    kind = SheetTable.Kind.BOOLEAN;
                    text = b ? "TRUE" : "FALSE";
                } else {
                    text = value == null ? raw : value.toString();
                    kind = ERROR_CODES.contains(text) ? SheetTable.Kind.ERROR : SheetTable.Kind.TEXT;
                }
            }
            default -> {
                return null;
            }
        }
        return new SheetTable.Cell(ref, row, column, kind, text, percent);
    }

    /** Excel's built-in date and time formats (no format code in the file for these). */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32,
            33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    /**
     * True for a number format that shows a date or time: a built-in date format, or a format code with
     * day, month, year, hour or second letters outside quoted text, {@code [...]} parts and escapes.
     * Package-private for tests.
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && BUILT_IN_DATES.contains(id)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String code = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "")
                .replaceAll("_.", "");
        return code.chars().anyMatch(ch -> "dDmMyYhHsS".indexOf(ch) >= 0) && !code.equalsIgnoreCase("general");
    }

    /** The date a date cell shows ({@code 2026-02-28}, or with the time when there is one); the raw number if it is none. */
    private static String dateText(org.dhatim.fastexcel.reader.Cell c, String raw) {
        try {
            java.time.LocalDateTime d = c.asDate();
            if (d == null) {
                return raw;
            }
            return d.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString();
        } catch (RuntimeException e) {
            return raw;
        }
    }

    // ---------------------------------------------------------------------------------------- mapping

    /**
     * Guesses the mapping: the header is the first row (of the top {@value #HEADER_SEARCH}) in which at
     * least two cells name a field (Dutch or English), else the first row of at least two cells that are
     * mostly text, else none (0). Each field gets the left-most column whose header names it. The
     * indexation is taken as a fraction when every plain number in its column lies strictly between -1
     * and 1 and at least one is not zero.
     */
    public static ColumnMapping suggest(SheetTable t) {
        int header = 0;
        Map<Field, String> columns = new EnumMap<>(Field.class);
        List<SheetTable.Row> top = t.rows().subList(0, Math.min(HEADER_SEARCH, t.rows().size()));
        for (SheetTable.Row r : top) {
            Map<Field, String> found = headerFields(r);
            if (found.size() >= 2) {
                header = r.number();
                columns = found;
                break;
            }
        }
        if (header == 0) {
            for (SheetTable.Row r : top) {
                long text = r.cells().stream().filter(c -> c.kind() == SheetTable.Kind.TEXT).count();
                if (r.cells().size() >= 2 && text * 2 > r.cells().size()) {
                    header = r.number();
                    break;
                }
            }
        }
        boolean fraction = columns.containsKey(Field.INDEXATION)
                && looksLikeFractions(t, header, columns.get(Field.INDEXATION));
        return new ColumnMapping(header, columns.get(Field.CODE), columns.get(Field.DESCRIPTION),
                columns.get(Field.TARIFF), columns.get(Field.INDEXATION), columns.get(Field.VOLUME), fraction, null);
    }

    private static Map<Field, String> headerFields(SheetTable.Row r) {
        Map<Field, String> found = new EnumMap<>(Field.class);
        for (SheetTable.Cell c : r.cells()) {
            if (c.kind() != SheetTable.Kind.TEXT) {
                continue;
            }
            Field f = headerField(c.text());
            if (f != null) {
                found.putIfAbsent(f, c.column());
            }
        }
        return found;
    }

    /** The field a column header names, or null. Package-private for tests. */
    static Field headerField(String header) {
        String h = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        boolean tariffWord = h.contains("tarief") || h.contains("tariff") || h.contains("prijs") || h.contains("price");
        if (h.contains("omschrijving") || h.contains("description")
                || Set.of("naam", "name", "prestatienaam", "benaming").contains(h)) {
            return Field.DESCRIPTION;
        }
        if (h.contains("volume") || h.contains("aantal") || h.contains("quantity")) {
            return Field.VOLUME;
        }
        if (h.contains("index") && !tariffWord) {
            return Field.INDEXATION;
        }
        if (tariffWord) {
            return Field.TARIFF;
        }
        if (h.contains("code") || h.equals("prestatie")) {
            return Field.CODE;
        }
        return null;
    }

    private static boolean looksLikeFractions(SheetTable t, int header, String column) {
        boolean any = false;
        boolean nonZero = false;
        for (SheetTable.Row r : t.rows()) {
            if (r.number() <= header || isTotal(r)) {
                continue;
            }
            SheetTable.Cell c = r.cell(column);
            BigDecimal v = null;
            if (c.kind() == SheetTable.Kind.NUMBER) {
                v = decimal(c.text());
            } else if (c.kind() == SheetTable.Kind.TEXT) {
                TextNumber n = textNumber(c.text());
                v = n == null || n.percent() || n.ambiguous() ? null : n.value();
            }
            if (v == null) {
                continue;
            }
            if (v.abs().compareTo(BigDecimal.ONE) >= 0) {
                return false;
            }
            any = true;
            nonZero |= v.signum() != 0;
        }
        return any && nonZero;
    }

    private static boolean isTotal(SheetTable.Row r) {
        for (SheetTable.Cell c : r.cells()) {
            if (c.kind() == SheetTable.Kind.TEXT && isTotal(c.text())) {
                return true;
            }
        }
        return false;
    }

    static boolean isTotal(String text) {
        return TOTAL.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** What is wrong with a mapping for this table (nothing: an empty list). */
    public static List<Problem> validate(SheetTable t, ColumnMapping m) {
        String file = t.file();
        List<Problem> p = new ArrayList<>();
        Map<String, Field> used = new HashMap<>();
        for (Field f : Field.values()) {
            String col = f.column(m);
            if (col == null) {
                continue;
            }
            if (ColumnMapping.index(col) < 0) {
                p.add(Problem.at(file, 0, col, "quote.import.mapping.badColumn", col));
            } else if (used.putIfAbsent(col, f) != null && p.stream().noneMatch(x -> col.equals(x.column()))) {
                p.add(Problem.at(file, 0, col, "quote.import.mapping.duplicateColumn", col));
            }
        }
        if (m.code() == null && m.description() == null) {
            p.add(Problem.at(file, 0, null, "quote.import.mapping.nameMissing"));
        }
        if (m.tariff() == null) {
            p.add(Problem.at(file, 0, null, "quote.import.mapping.tariffMissing"));
        }
        if (m.volume() == null) {
            p.add(Problem.at(file, 0, null, "quote.import.mapping.volumeMissing"));
        }
        if (m.indexation() == null && m.defaultIndexationPct() == null) {
            p.add(Problem.at(file, 0, null, "quote.import.mapping.indexationMissing"));
        }
        if (m.headerRow() < 0 || m.headerRow() > t.lastRow()) {
            p.add(Problem.at(file, m.headerRow(), null, "quote.import.mapping.headerRow", m.headerRow(), t.lastRow()));
        }
        return List.copyOf(p);
    }

    // ---------------------------------------------------------------------------------------- parsing

    /**
     * Parses every row below the header: a tariff line per row (null where the row has a problem), the
     * rows ignored (empty in the mapped columns, totals) and all problems. An invalid mapping or an empty
     * sheet gives only those problems.
     */
    public static Preview preview(SheetTable t, ColumnMapping m) {
        try {
            return previewChecked(t, m);
        } catch (RuntimeException e) {
            // a rule that trips over a cell must not lose the buyer's work: the sheet is refused with the reason
            return new Preview(List.of(), List.of(),
                    List.of(Problem.at(t.file(), 0, t.sheet(), "import.file.unexpected", TextFiles.reason(e))));
        }
    }

    private static Preview previewChecked(SheetTable t, ColumnMapping m) {
        if (t.isEmpty()) {
            return new Preview(List.of(), List.of(),
                    List.of(Problem.at(t.file(), 0, t.sheet(), "quote.import.emptySheet", t.sheet())));
        }
        List<Problem> problems = new ArrayList<>(validate(t, m));
        if (!problems.isEmpty()) {
            return new Preview(List.of(), List.of(), problems);
        }
        List<Preview.Line> lines = new ArrayList<>();
        List<Preview.Ignored> ignored = new ArrayList<>();
        for (SheetTable.Row r : t.rows()) {
            if (r.number() <= m.headerRow()) {
                continue;
            }
            Map<Field, SheetTable.Cell> cells = new EnumMap<>(Field.class);
            for (Field f : Field.values()) {
                String col = f.column(m);
                if (col != null) {
                    cells.put(f, r.cell(col));
                }
            }
            if (cells.values().stream().allMatch(SheetTable.Cell::isBlank)) {
                ignored.add(new Preview.Ignored(r.number(), Preview.Reason.EMPTY, ""));
                continue;
            }
            String totalText = totalText(cells);
            if (totalText != null) {
                ignored.add(new Preview.Ignored(r.number(), Preview.Reason.TOTAL, totalText));
                continue;
            }
            lines.add(new Preview.Line(r.number(), line(t, m, r.number(), cells, problems)));
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(Problem.at(t.file(), m.headerRow(), t.sheet(), "quote.import.noLines", t.sheet(), m.headerRow()));
        }
        return new Preview(lines, ignored, problems);
    }

    /** The tariff lines when the sheet has no problem at all; otherwise no lines and every problem. */
    public static Result parse(SheetTable t, ColumnMapping m) {
        Preview p = preview(t, m);
        return p.ok() ? new Result(p.tariffLines(), List.of()) : new Result(List.of(), p.problems());
    }

    private static String totalText(Map<Field, SheetTable.Cell> cells) {
        for (Field f : List.of(Field.CODE, Field.DESCRIPTION)) {
            SheetTable.Cell c = cells.get(f);
            if (c != null && c.kind() == SheetTable.Kind.TEXT && isTotal(c.text())) {
                return c.text().strip();
            }
        }
        return null;
    }

    private static TariffLine line(SheetTable t, ColumnMapping m, int row, Map<Field, SheetTable.Cell> cells,
                                   List<Problem> problems) {
        int before = problems.size();
        String code = text(t, m, cells.get(Field.CODE), problems);
        String description = text(t, m, cells.get(Field.DESCRIPTION), problems);
        BigDecimal tariff = number(t, m, Field.TARIFF, cells.get(Field.TARIFF), problems);
        BigDecimal indexation = number(t, m, Field.INDEXATION, cells.get(Field.INDEXATION), problems);
        BigDecimal volume = number(t, m, Field.VOLUME, cells.get(Field.VOLUME), problems);
        if (indexation == null && blank(cells.get(Field.INDEXATION))) {
            indexation = m.defaultIndexationPct();
        }
        SheetTable.Cell tariffCell = cells.get(Field.TARIFF);
        if (tariffCell.isBlank()) {
            problems.add(cellProblem(t, m, tariffCell, "quote.import.cell.missingTariff", ""));
        }
        SheetTable.Cell volumeCell = cells.get(Field.VOLUME);
        if (volumeCell.isBlank()) {
            problems.add(cellProblem(t, m, volumeCell, "quote.import.cell.missingVolume", ""));
        }
        if (blank(cells.get(Field.CODE)) && blank(cells.get(Field.DESCRIPTION))) {
            SheetTable.Cell c = cells.containsKey(Field.CODE) ? cells.get(Field.CODE) : cells.get(Field.DESCRIPTION);
            problems.add(Problem.at(t.file(), row, t.where(c), "quote.import.cell.unnamed", row));
        }
        return problems.size() == before ? new TariffLine(code, description, tariff, indexation, volume) : null;
    }

    private static boolean blank(SheetTable.Cell c) {
        return c == null || c.isBlank();
    }

    private static String text(SheetTable t, ColumnMapping m, SheetTable.Cell c, List<Problem> problems) {
        if (blank(c)) {
            return "";
        }
        return switch (c.kind()) {
            case FORMULA_WITHOUT_VALUE -> bad(t, m, c, "quote.import.cell.formulaWithoutValue", problems);
            case ERROR -> bad(t, m, c, "quote.import.cell.error", problems);
            case NUMBER -> {
                BigDecimal d = decimal(c.text());
                yield d == null ? c.text() : plain(d);
            }
            default -> {
                if (c.text().length() > MAX_TEXT) {
                    yield bad(t, m, c, "quote.import.cell.tooLong", problems);
                }
                if (looksLikeFormula(c.text().strip())) {
                    yield bad(t, m, c, "quote.import.cell.formula", problems);
                }
                yield c.text().strip();
            }
        };
    }

    /** Text a spreadsheet would run as a formula when it is copied: it starts with =, +, - or @. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private static String bad(SheetTable t, ColumnMapping m, SheetTable.Cell c, String key, List<Problem> problems) {
        problems.add(cellProblem(t, m, c, key, key.endsWith("tooLong") ? MAX_TEXT : shown(c.text())));
        return "";
    }

    /**
     * A number cell of a field, or null when it is empty or has a problem (added to the list). The value
     * is rounded half-up to {@link #DECIMALS} decimals after any conversion from fraction to percent.
     */
    private static BigDecimal number(SheetTable t, ColumnMapping m, Field f, SheetTable.Cell c, List<Problem> problems) {
        if (blank(c)) {
            return null;
        }
        NumberValue v = numberValue(c, f, m.indexationAsFraction());
        if (v.problemKey() != null) {
            Object arg = v.problemKey().endsWith("tooLong") ? MAX_TEXT : shown(c.text());
            problems.add(cellProblem(t, m, c, v.problemKey(), arg));
            return null;
        }
        return v.value();
    }

    /** A number read from a cell for a field: the value, or the message key of what is wrong with it. */
    record NumberValue(BigDecimal value, String problemKey) {
        static NumberValue of(BigDecimal v) {
            return new NumberValue(v, null);
        }

        static NumberValue problem(String key) {
            return new NumberValue(null, key);
        }
    }

    /**
     * The rules of docs/quote-import.md for one non-empty cell in a number column. Package-private so
     * the rules can be tested cell by cell.
     */
    static NumberValue numberValue(SheetTable.Cell c, Field f, boolean indexationAsFraction) {
        String notNumber = switch (f) {
            case TARIFF -> "quote.import.cell.notAmount";
            case VOLUME -> "quote.import.cell.notVolume";
            default -> "quote.import.cell.notPercent";
        };
        BigDecimal v;
        boolean percent;
        switch (c.kind()) {
            case FORMULA_WITHOUT_VALUE -> {
                return NumberValue.problem("quote.import.cell.formulaWithoutValue");
            }
            case ERROR -> {
                return NumberValue.problem("quote.import.cell.error");
            }
            case BOOLEAN -> {
                return NumberValue.problem("quote.import.cell.boolean");
            }
            case DATE -> {
                return NumberValue.problem("quote.import.cell.date");
            }
            case NUMBER -> {
                v = decimal(c.text());
                if (v == null) {
                    return NumberValue.problem(notNumber);
                }
                // Excel stores 3.5% as 0.035; a cell it shows as a percentage is a fraction whatever the flag
                percent = false;
                if (f == Field.INDEXATION && c.percentFormat()) {
                    v = v.multiply(HUNDRED);
                    percent = true;
                }
            }
            case TEXT -> {
                if (c.text().length() > MAX_TEXT) {
                    return NumberValue.problem("quote.import.cell.tooLong");
                }
                TextNumber n = textNumber(c.text());
                if (n == null || (n.euro() && f != Field.TARIFF) || (n.percent() && f != Field.INDEXATION)) {
                    return NumberValue.problem(notNumber);
                }
                if (n.ambiguous()) {
                    return NumberValue.problem("quote.import.cell.ambiguous");
                }
                v = n.value();
                percent = n.percent();
            }
            default -> {
                return NumberValue.of(null);
            }
        }
        if (f == Field.INDEXATION && !percent && indexationAsFraction) {
            v = v.multiply(HUNDRED);
        }
        BigDecimal stripped = v.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > QuoteValidator.MAX_DIGITS) {
            return NumberValue.problem("quote.import.cell.tooLarge");
        }
        v = round(v);
        if (f == Field.VOLUME && v.signum() < 0) {
            return NumberValue.problem("quote.import.cell.negativeVolume");
        }
        return NumberValue.of(v);
    }

    /** Half-up to {@link #DECIMALS} decimals, trailing zeros removed (but 1200 stays 1200, not 1.2E+3). */
    static BigDecimal round(BigDecimal v) {
        BigDecimal r = v.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /**
     * The number a cell stores, or null when it is none or cannot be one a tariff table holds (longer than
     * {@value #MAX_NUMBER_TEXT} characters, or an exponent beyond a thousand).
     */
    private static BigDecimal decimal(String s) {
        String t = s.strip();
        if (t.length() > MAX_NUMBER_TEXT) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(t);
            return Math.abs((long) d.scale()) > 1000 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Longest text read as a number (Excel stores at most 17 significant digits). */
    private static final int MAX_NUMBER_TEXT = 60;

    private static String plain(BigDecimal d) {
        BigDecimal r = d.stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /**
     * A number written as text. {@code ambiguous}: one dot followed by exactly three digits after a
     * non-zero whole part ({@code 1.234}) could be Dutch thousands or an English decimal point.
     */
    record TextNumber(BigDecimal value, boolean percent, boolean euro, boolean ambiguous) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DUTCH_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");

    /**
     * Reads {@code € 1.234,56}, {@code 1234,56}, {@code -1,2}, {@code 3,5%}, {@code 3,5 %}, {@code 1234.56},
     * {@code 1,234.56}; null when the text is no number ({@code n.v.t.}, {@code ?}, {@code 12,3,4}).
     */
    static TextNumber textNumber(String text) {
        if (text.length() > MAX_NUMBER_TEXT) {
            return null;
        }
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ')
                .replace('\u2212', '-').strip();
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean signed = false;
        boolean negative = false;
        boolean euro = false;
        // at most one sign and one currency symbol, in either order: -€ 12,50, € -12,50, 12,50 €
        for (int i = 0; i < 2; i++) {
            if (!signed && (s.startsWith("-") || s.startsWith("+"))) {
                signed = true;
                negative = s.startsWith("-");
                s = s.substring(1).strip();
            }
            if (!euro && (s.startsWith("€") || s.toUpperCase(Locale.ROOT).startsWith("EUR"))) {
                euro = true;
                s = s.substring(s.startsWith("€") ? 1 : 3).strip();
            }
        }
        if (!euro && s.endsWith("€")) {
            euro = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (euro && percent) {
            return null;
        }
        String plain;
        boolean ambiguous = false;
        if (DIGITS.matcher(s).matches()) {
            plain = s;
        } else if (DECIMAL_COMMA.matcher(s).matches()) {
            plain = s.replace(',', '.');
        } else if (AMBIGUOUS.matcher(s).matches()) {
            plain = s;
            ambiguous = true;
        } else if (DECIMAL_POINT.matcher(s).matches()) {
            plain = s;
        } else if (DUTCH_GROUPED.matcher(s).matches()) {
            plain = s.replace(".", "").replace(',', '.');
        } else if (ENGLISH_GROUPED.matcher(s).matches()) {
            plain = s.replace(",", "");
        } else {
            return null;
        }
        BigDecimal v = new BigDecimal(plain);
        return new TextNumber(negative ? v.negate() : v, percent, euro, ambiguous);
    }

    // ---------------------------------------------------------------------------------------- problems

    /** A problem with a cell: {0} where ({@code Tarieven!C7}), {1} the value (or limit), {2} the column. */
    private static Problem cellProblem(SheetTable t, ColumnMapping m, SheetTable.Cell c, String key, Object value) {
        return Problem.at(t.file(), c.row(), t.where(c), key, t.where(c), value, columnLabel(t, m, c.column()));
    }

    /** The column as the buyer knows it: its header text, or its letter when there is no header. */
    static String columnLabel(SheetTable t, ColumnMapping m, String column) {
        if (m.headerRow() > 0) {
            SheetTable.Cell h = t.cell(m.headerRow(), column);
            if (h.kind() == SheetTable.Kind.TEXT && !h.text().isBlank()) {
                return shown(h.text().strip());
            }
        }
        return column;
    }

    private static String shown(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN - 1) + "…";
    }
}
