package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as aligned text columns, the first row as header with a rule under it. */
final class Table {
    private Table() {
    }

    static void print(PrintWriter out, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r[i] == null ? 0 : r[i].length());
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String v = rows.get(n)[i] == null ? "" : rows.get(n)[i];
                sb.append(v);
                if (i < cols - 1) {
                    sb.append(" ".repeat(width[i] - v.length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
            if (n == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                out.println("-".repeat(Math.max(0, total - 2)));
            }
        }
    }
}
