package nl.inkoopwerkbank.io.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table for a spreadsheet or CSV file: a named sheet with typed columns and rows of values. A value is
 * a {@code String}, an {@code Integer}/{@code Long}, a {@code BigDecimal}, a {@code LocalDate} or
 * null, and must fit its column's kind; percentages are given as they are read (38.2 means 38,2%).
 */
public record TableData(String name, List<Column> columns, List<List<Object>> rows) {

    public enum Kind { TEXT, INTEGER, DECIMAL, MONEY, PERCENT, DATE }

    public record Column(String header, Kind kind, int width) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public TableData {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": row " + (r + 1) + " has " + row.size()
                        + " values for " + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                check(columns.get(c), row.get(c), name, r);
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    private static void check(Column col, Object v, String table, int row) {
        if (v == null) {
            return;
        }
        boolean ok = switch (col.kind()) {
            case TEXT -> v instanceof String;
            case INTEGER -> v instanceof Integer || v instanceof Long;
            case DECIMAL, MONEY, PERCENT -> v instanceof BigDecimal;
            case DATE -> v instanceof LocalDate;
        };
        if (!ok) {
            throw new IllegalArgumentException(table + ": row " + (row + 1) + ", column '" + col.header()
                    + "' expects " + col.kind() + " but got " + v.getClass().getSimpleName());
        }
    }
}
