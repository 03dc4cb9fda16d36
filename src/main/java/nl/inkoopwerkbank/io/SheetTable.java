package nl.inkoopwerkbank.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The non-empty rows of one sheet as read from the file, cell by cell, uninterpreted: what the column
 * mapping preview shows and what {@link TariffSheet#preview} parses. Rows and cells without content are
 * left out; {@link #cell} answers an {@link Kind#EMPTY} cell for them.
 */
public final class SheetTable {

    /** What a cell holds. A formula cell counts as the kind of its stored result. */
    public enum Kind {
        NUMBER, TEXT, BOOLEAN,
        /** A formula whose result was never stored (written by a program, not saved by Excel). */
        FORMULA_WITHOUT_VALUE,
        /** An error value such as {@code #DIV/0!} or {@code #REF!}, typed or the result of a formula. */
        ERROR,
        /** A number Excel shows as a date or time; the text is the date ({@code 2026-02-28}). */
        DATE,
        EMPTY
    }

    /**
     * One cell: its reference ({@code C7}), row (1-based), column letters, kind and text. The text of a
     * number is the decimal text stored in the file ({@code 102.35000000000001}), never a double; of a
     * boolean {@code TRUE}/{@code FALSE}; of an error its code; of a formula without value the formula.
     * {@code percentFormat}: Excel shows the number as a percentage (stored 0.035, shown 3.5%).
     */
    public record Cell(String ref, int row, String column, Kind kind, String text, boolean percentFormat) {
        public Cell {
            text = text == null ? "" : text;
        }

        static Cell empty(int row, String column) {
            return new Cell(column + row, row, column, Kind.EMPTY, "", false);
        }

        /** True for an empty cell and for text that is only spaces. */
        public boolean isBlank() {
            return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isBlank());
        }
    }

    /** A row with its cells left to right. */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in a column, or an empty one. */
        public Cell cell(String column) {
            for (Cell c : cells) {
                if (c.column().equals(column)) {
                    return c;
                }
            }
            return Cell.empty(number, column);
        }
    }

    private final String file;
    private final String sheet;
    private final List<Row> rows;
    private final Map<Integer, Row> byNumber = new TreeMap<>();

    public SheetTable(String file, String sheet, List<Row> rows) {
        this.file = file;
        this.sheet = sheet;
        this.rows = List.copyOf(rows);
        for (Row r : this.rows) {
            byNumber.put(r.number(), r);
        }
    }

    /** The file name (not the path), as problems name it. */
    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    /** The non-empty rows, top to bottom. */
    public List<Row> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The number of the last non-empty row, 0 for an empty sheet. */
    public int lastRow() {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number();
    }

    /** The cell at a row and column; an {@link Kind#EMPTY} cell where the sheet has nothing. */
    public Cell cell(int row, String column) {
        Row r = byNumber.get(row);
        return r == null ? Cell.empty(row, column) : r.cell(column);
    }

    /** Every column letter that has a non-empty cell, left to right (for the column choosers). */
    public List<String> columns() {
        TreeSet<Integer> idx = new TreeSet<>();
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                idx.add(ColumnMapping.index(c.column()));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i : idx) {
            out.add(ColumnMapping.letter(i));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * How a cell is named in problems: {@code Tarieven!C7}, or {@code 'Tarieven 2027'!C7} when the sheet
     * name needs quotes in an Excel formula.
     */
    public String where(Cell c) {
        return sheetPrefix() + c.ref();
    }

    String sheetPrefix() {
        boolean plain = sheet.matches("[\\p{L}_][\\p{L}\\p{N}_.]*");
        return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
    }
}
